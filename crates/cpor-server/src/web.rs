//! Serving the built app: precompressed (brotli, gzip) static files from
//! `dist/`, the SPA page for app routes, cache headers that let fingerprinted
//! files live forever, and the security headers every response carries,
//! including a Content-Security-Policy without `unsafe-inline`.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderName, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::Router;
use base64::Engine as _;
use sha2::{Digest, Sha256};
use tower::ServiceExt as _;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::error::{finish_responses, panic_response};

/// The built app, ready to serve.
#[derive(Clone)]
pub struct WebApp {
    dist: PathBuf,
    index: Arc<[u8]>,
    csp: HeaderValue,
}

impl WebApp {
    /// Loads `dist/index.html` and derives the page's Content-Security-Policy
    /// from it.
    pub fn load(dist: &Path) -> Result<Self, String> {
        let index_path = dist.join("index.html");
        let index = std::fs::read(&index_path)
            .map_err(|e| format!("{}: {e}; build the app first with `trunk build --release`", index_path.display()))?;
        let html = String::from_utf8_lossy(&index);
        let csp = HeaderValue::from_str(&content_security_policy(&inline_script_hashes(&html)))
            .map_err(|e| format!("content security policy: {e}"))?;
        Ok(Self { dist: dist.to_owned(), index: index.into(), csp })
    }

    /// The Content-Security-Policy of the app's pages.
    pub fn csp(&self) -> &HeaderValue {
        &self.csp
    }

    /// The service answering every non-API path.
    pub fn service(self) -> Router {
        let files = ServeDir::new(&self.dist).precompressed_br().precompressed_gzip();
        let csp = self.csp.clone();
        Router::new()
            .fallback(move |req: Request| {
                let web = self.clone();
                let files = files.clone();
                async move {
                    if is_app_route(req.uri().path()) {
                        return web.page();
                    }
                    match files.oneshot(req).await {
                        Ok(res) if res.status() != StatusCode::NOT_FOUND => res.map(Body::new),
                        _ => (StatusCode::NOT_FOUND, "Not found").into_response(),
                    }
                }
            })
            .layer(SetResponseHeaderLayer::overriding(header::CONTENT_SECURITY_POLICY, csp))
    }

    fn page(&self) -> Response {
        let mut res = Body::from(self.index.to_vec()).into_response();
        res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
        res
    }
}

/// A path the app's router handles (no file extension in its last segment).
fn is_app_route(path: &str) -> bool {
    let last = path.rsplit('/').next().unwrap_or("");
    !last.contains('.')
}

/// Base64 SHA-256 hashes of the page's inline scripts (Trunk's module
/// bootstrap), so the policy can allow exactly them and nothing else inline.
pub fn inline_script_hashes(html: &str) -> Vec<String> {
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else {
            break;
        };
        let open_tag = &after[..open_end];
        let body_and_rest = &after[open_end + 1..];
        let Some(close) = body_and_rest.find("</script>") else {
            break;
        };
        if !open_tag.contains(" src=") {
            let digest = Sha256::digest(&body_and_rest.as_bytes()[..close]);
            hashes.push(base64::engine::general_purpose::STANDARD.encode(digest));
        }
        rest = &body_and_rest[close..];
    }
    hashes
}

/// The policy: same-origin everything, WebAssembly allowed, inline scripts
/// only by hash, no inline styles, no plugins, no base tag, no framing by
/// other origins.
pub fn content_security_policy(script_hashes: &[String]) -> String {
    let hashes: String = script_hashes.iter().map(|h| format!(" 'sha256-{h}'")).collect();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self'; img-src 'self' data:; \
         font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'"
    )
}

/// Whether a file name carries Trunk's content hash (`name-<16 hex>.ext`),
/// so it can be cached forever.
fn is_fingerprinted(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or("");
    let stem = name.split('.').next().unwrap_or("");
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, hash)| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The Cache-Control a path gets.
fn cache_control(path: &str) -> &'static str {
    if path == "/api" || path.starts_with("/api/") {
        "no-store"
    } else if is_fingerprinted(path) {
        "public, max-age=31536000, immutable"
    } else if is_app_route(path) || path.ends_with(".html") {
        "no-cache"
    } else {
        "public, max-age=3600"
    }
}

async fn set_cache_control(req: Request, next: Next) -> Response {
    let value = cache_control(req.uri().path());
    let mut res = next.run(req).await;
    if res.status().is_success() || res.status() == StatusCode::NOT_MODIFIED {
        res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    } else {
        res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    res
}

/// Headers every response carries, whatever it is.
const SECURITY_HEADERS: [(&str, &str); 6] = [
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
    ("cross-origin-opener-policy", "same-origin"),
    ("cross-origin-resource-policy", "same-origin"),
    ("permissions-policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
    ("x-frame-options", "SAMEORIGIN"),
];

/// Wraps the router in what every response needs: problem bodies and
/// request ids, panic safety, cache and security headers, compression of
/// what is not precompressed.
pub fn with_common_layers(router: Router) -> Router {
    let mut router = router
        .layer(CatchPanicLayer::custom(panic_response))
        .layer(middleware::from_fn(finish_responses))
        .layer(middleware::from_fn(set_cache_control));
    for (name, value) in SECURITY_HEADERS {
        router = router
            .layer(SetResponseHeaderLayer::overriding(HeaderName::from_static(name), HeaderValue::from_static(value)));
    }
    // API responses get a policy too: they are never meant to run anything.
    router
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'"),
        ))
        .layer(CompressionLayer::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprinted_names_are_recognised() {
        assert!(is_fingerprinted("/cpor-claims-0123456789abcdef_bg.wasm"));
        assert!(is_fingerprinted("/cpor-claims-0123456789abcdef.js"));
        assert!(is_fingerprinted("/style-0123456789abcdef.css"));
        assert!(!is_fingerprinted("/index.html"));
        assert!(!is_fingerprinted("/public/poe-template.docx"));
        assert_eq!(cache_control("/"), "no-cache");
        assert_eq!(cache_control("/claims/42"), "no-cache");
        assert_eq!(cache_control("/api/partner-programs"), "no-store");
    }

    #[test]
    fn inline_scripts_are_hashed_and_external_ones_ignored() {
        let html = "<script src=\"/a.js\"></script><script type=\"module\">go()</script>";
        let hashes = inline_script_hashes(html);
        assert_eq!(hashes.len(), 1);
        let expected = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(b"go()"));
        assert_eq!(hashes[0], expected);
        let csp = content_security_policy(&hashes);
        assert!(csp.contains(&format!("'sha256-{expected}'")));
        assert!(!csp.contains("unsafe-inline"));
    }
}
