//! Serving the built app: precompressed (brotli, gzip) static files from
//! `dist/`, the SPA page for app routes, the demo host page (a partner
//! dashboard embedding the app) for its routes under `/dashboard`, cache
//! headers that let fingerprinted files live forever, and the security
//! headers every response carries, including a strict Content-Security-Policy
//! (no inline script or style, Trusted Types enforced).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderName, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::Router;
use tower::ServiceExt as _;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::error::{finish_responses, panic_response, request_id};

/// The built app, ready to serve.
#[derive(Clone)]
pub struct WebApp {
    dist: PathBuf,
    index: Page,
    /// The demo host page (`dist/public/embed-demo.html`), when built.
    demo_host: Option<Page>,
    csp: HeaderValue,
    frame_options: Option<HeaderValue>,
}

/// Where the demo host page lives in `dist/`.
const DEMO_HOST_FILE: &str = "public/embed-demo.html";
/// The path prefix of the demo host page's own routes (the app's routes
/// live under `/dashboard/associations`).
const DEMO_HOST_PREFIX: &str = "/dashboard";

impl WebApp {
    /// Loads `dist/index.html` (and the demo host page, if built), refusing
    /// a page with an inline script: the policy allows none.
    pub fn load(dist: &Path) -> Result<Self, String> {
        let index_path = dist.join("index.html");
        let index = std::fs::read(&index_path)
            .map_err(|e| format!("{}: {e}; build the app first with `scripts/build.sh`", index_path.display()))?;
        refuse_inline_scripts(&index_path, &index)?;
        let demo_path = dist.join(DEMO_HOST_FILE);
        let demo_host = match std::fs::read(&demo_path) {
            Ok(page) => {
                refuse_inline_scripts(&demo_path, &page)?;
                Some(Page::new(page))
            }
            Err(_) => None,
        };
        let mut web = Self {
            dist: dist.to_owned(),
            index: Page::new(index),
            demo_host,
            csp: HeaderValue::from_static(""),
            frame_options: None,
        };
        web.set_frame_ancestors(DEFAULT_FRAME_ANCESTORS)?;
        Ok(web)
    }

    /// Sets who may frame the app's pages (the CSP `frame-ancestors` sources,
    /// like `'self' https://partner.example.com`; `'none'` for nobody).
    pub fn with_frame_ancestors(mut self, sources: &str) -> Result<Self, String> {
        self.set_frame_ancestors(sources)?;
        Ok(self)
    }

    fn set_frame_ancestors(&mut self, sources: &str) -> Result<(), String> {
        let sources = check_frame_ancestors(sources)?;
        self.csp = HeaderValue::from_str(&content_security_policy(&sources))
            .map_err(|e| format!("content security policy: {e}"))?;
        // The older header says the same to browsers without frame-ancestors.
        self.frame_options = match sources.as_str() {
            "'none'" => Some(HeaderValue::from_static("DENY")),
            "'self'" => Some(HeaderValue::from_static("SAMEORIGIN")),
            _ => None,
        };
        Ok(())
    }

    /// The Content-Security-Policy of the app's pages.
    pub fn csp(&self) -> &HeaderValue {
        &self.csp
    }

    /// The service answering every non-API path.
    pub fn service(self) -> Router {
        let files = ServeDir::new(&self.dist).precompressed_br().precompressed_gzip();
        let csp = self.csp.clone();
        let frame_options = self.frame_options.clone();
        let router = Router::new()
            .fallback(move |req: Request| {
                let web = self.clone();
                let files = files.clone();
                async move {
                    let path = req.uri().path();
                    if is_app_route(path) {
                        return match (&web.demo_host, is_demo_host_route(path)) {
                            (Some(demo), true) => demo.answer(&req),
                            (None, true) => (StatusCode::NOT_FOUND, "Not found").into_response(),
                            (_, false) => web.index.answer(&req),
                        };
                    }
                    match files.oneshot(req).await {
                        Ok(res) if res.status() != StatusCode::NOT_FOUND => res.map(Body::new),
                        _ => (StatusCode::NOT_FOUND, "Not found").into_response(),
                    }
                }
            })
            .layer(SetResponseHeaderLayer::overriding(header::CONTENT_SECURITY_POLICY, csp));
        match frame_options {
            Some(value) => router.layer(SetResponseHeaderLayer::overriding(header::X_FRAME_OPTIONS, value)),
            None => router,
        }
    }
}

/// A page of the app with its entity tag: it is served `no-cache`, so a
/// browser asks again on every visit and gets a 304 while it is the same
/// (the files it names carry their hash and come from the cache). The tag
/// is weak: the same page is sent compressed or not.
#[derive(Clone)]
struct Page {
    html: Arc<[u8]>,
    etag: HeaderValue,
}

impl Page {
    fn new(html: Vec<u8>) -> Self {
        use sha2::Digest as _;
        let digest = sha2::Sha256::digest(&html);
        let hex: String = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
        let etag =
            HeaderValue::from_str(&format!("W/\"{hex}\"")).unwrap_or_else(|_| HeaderValue::from_static("W/\"\""));
        Self { html: html.into(), etag }
    }

    fn answer(&self, req: &Request) -> Response {
        let same = req
            .headers()
            .get_all(header::IF_NONE_MATCH)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .any(|tag| {
                // Weak comparison (RFC 9110): the opaque tags match.
                let opaque = |t: &str| t.trim().trim_start_matches("W/").to_owned();
                tag.trim() == "*" || opaque(tag) == opaque(self.etag.to_str().unwrap_or_default())
            });
        let mut res = if same {
            StatusCode::NOT_MODIFIED.into_response()
        } else {
            let mut res = Body::from(self.html.to_vec()).into_response();
            res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
            res
        };
        res.headers_mut().insert(header::ETAG, self.etag.clone());
        res
    }
}

/// A route of the demo host page: `/dashboard` and every path under it (the
/// dashboard's own pages and the app's routes under its base path, so a
/// reload of `/dashboard/associations/claims/<id>` lands on that claim).
fn is_demo_host_route(path: &str) -> bool {
    path == DEMO_HOST_PREFIX || path.starts_with("/dashboard/")
}

/// A path the app's router handles (no file extension in its last segment).
fn is_app_route(path: &str) -> bool {
    let last = path.rsplit('/').next().unwrap_or("");
    !last.contains('.')
}

/// Refuses a page with an inline script (a `<script>` without `src`): the
/// policy has no `'unsafe-inline'`, so it would not run.
fn refuse_inline_scripts(path: &Path, html: &[u8]) -> Result<(), String> {
    match first_inline_script(&String::from_utf8_lossy(html)) {
        Some(script) => Err(format!(
            "{}: has an inline script ({script}\u{2026}), which the Content-Security-Policy blocks; build with \
             scripts/build.sh, whose post-build step moves Trunk's bootstrap into an external file",
            path.display()
        )),
        None => Ok(()),
    }
}

/// The opening of the first inline script of `html`, if any.
pub fn first_inline_script(html: &str) -> Option<String> {
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let open_end = after.find('>')?;
        let open_tag = &after[..open_end];
        let body = &after[open_end + 1..];
        let close = body.find("</script>").unwrap_or(body.len());
        if !open_tag.contains(" src=") {
            return Some(body[..close].chars().take(40).collect());
        }
        rest = &body[close..];
    }
    None
}

/// Who may frame the app's pages unless the server is told otherwise.
pub const DEFAULT_FRAME_ANCESTORS: &str = "'self'";

/// Checks a `frame-ancestors` source list: `'none'` alone, or `'self'`
/// and `http(s)://` origins (wildcard subdomains allowed).
pub fn check_frame_ancestors(sources: &str) -> Result<String, String> {
    let list: Vec<&str> = sources.split_whitespace().collect();
    let ok = |s: &str| {
        s == "'self'"
            || ((s.starts_with("https://") || s.starts_with("http://"))
                && s.len() > "https://".len()
                && s.bytes().all(|b| b.is_ascii_alphanumeric() || b".-:/*[]".contains(&b)))
    };
    match list.as_slice() {
        ["'none'"] => Ok("'none'".to_owned()),
        [] => Err("frame ancestors: give 'none', 'self' or origins like https://partner.example.com".to_owned()),
        _ => match list.iter().find(|s| !ok(s)) {
            Some(bad) => Err(format!(
                "frame ancestors: {bad} is not 'self' or an http(s) origin like https://partner.example.com \
                 ('none' stands alone)"
            )),
            None => Ok(list.join(" ")),
        },
    }
}

/// The policy of the app's pages: same-origin everything, WebAssembly
/// allowed, no inline script or style, no plugins, no base tag, Trusted
/// Types enforced (with the one `default` policy the app's loader
/// installs), framing only by `frame_ancestors`.
pub fn content_security_policy(frame_ancestors: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; \
         font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
         frame-ancestors {frame_ancestors}; require-trusted-types-for 'script'; trusted-types default"
    )
}

/// Whether a file carries a content hash, so it can be cached forever:
/// Trunk's `name-<16 hex>.ext`, or anything in the app code's folder
/// `code-<16 hex>/` (scripts/build-app.mjs: its files name one another, so
/// the folder carries the hash of them all).
fn is_fingerprinted(path: &str) -> bool {
    let hashed = |stem: &str, prefix: Option<&str>| {
        stem.rsplit_once('-').is_some_and(|(name, hash)| {
            prefix.is_none_or(|p| name == p) && hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit())
        })
    };
    let mut segments = path.trim_start_matches('/').split('/');
    let first = segments.next().unwrap_or("");
    if let Some(last) = segments.next_back() {
        // A file, not an app route (which would get the page).
        return hashed(first, Some("code")) && last.contains('.');
    }
    let stem = first.split('.').next().unwrap_or("");
    hashed(stem.strip_suffix("_bg").unwrap_or(stem), None)
}

/// The Cache-Control a path gets.
fn cache_control(path: &str) -> &'static str {
    if path == "/api" || path.starts_with("/api/") {
        "no-store"
    } else if is_fingerprinted(path) {
        "public, max-age=31536000, immutable"
    } else if is_app_route(path) || path.ends_with(".html") || path == "/cpor-embed.js" {
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
const SECURITY_HEADERS: [(&str, &str); 4] = [
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
    ("cross-origin-opener-policy", "same-origin"),
    ("permissions-policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
];

/// The app's files for host pages on the allowed origins (`origins`, see
/// `--allowed-origin`): a CORS request from one of them (the embedding
/// module and what it imports, the WebAssembly, the stylesheet the module
/// adds with `crossorigin`) is answered with that origin allowed and the
/// file shared across origins. Everything else, and every request from
/// another origin, stays same-origin. The API answers its own CORS.
async fn share_with_host_pages(State(origins): State<Arc<Vec<String>>>, req: Request, next: Next) -> Response {
    let path = req.uri().path();
    let api = path == "/api" || path.starts_with("/api/");
    let origin = req.headers().get(header::ORIGIN).cloned();
    let mut res = next.run(req).await;
    let allowed = origin.filter(|o| origins.iter().any(|a| a.as_bytes() == o.as_bytes()));
    let headers = res.headers_mut();
    if !api && !origins.is_empty() {
        headers.append(header::VARY, HeaderValue::from_static("origin"));
    }
    match allowed {
        Some(origin) if !api => {
            headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            headers.insert(CROSS_ORIGIN_RESOURCE_POLICY.clone(), HeaderValue::from_static("cross-origin"));
        }
        _ => {
            headers.insert(CROSS_ORIGIN_RESOURCE_POLICY.clone(), HeaderValue::from_static("same-origin"));
        }
    }
    res
}

static CROSS_ORIGIN_RESOURCE_POLICY: HeaderName = HeaderName::from_static("cross-origin-resource-policy");

/// Wraps the router in what every response needs: problem bodies and
/// random request ids, panic safety, cache and security headers (the app's
/// files shared with host pages on `allowed_origins`), compression of what
/// is not precompressed.
pub fn with_common_layers(router: Router, allowed_origins: Arc<Vec<String>>) -> Router {
    let mut router = router
        .layer(CatchPanicLayer::custom(panic_response))
        .layer(middleware::from_fn(finish_responses))
        .layer(middleware::from_fn(request_id))
        .layer(middleware::from_fn(set_cache_control))
        .layer(middleware::from_fn_with_state(allowed_origins, share_with_host_pages));
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
        assert!(is_fingerprinted("/code-0123456789abcdef/split_new_claim.wasm"));
        assert!(is_fingerprinted("/code-0123456789abcdef/__wasm_split.js"));
        assert!(!is_fingerprinted("/code-0123456789abcdef/"));
        assert!(!is_fingerprinted("/code-0123456789abcdef/claims"));
        assert!(!is_fingerprinted("/public/code-0123456789abcdef/x.js"));
        assert!(!is_fingerprinted("/code-nothex0123456789/x.js"));
        assert!(is_fingerprinted("/style-0123456789abcdef.css"));
        assert!(!is_fingerprinted("/index.html"));
        assert!(!is_fingerprinted("/public/poe-template.docx"));
        assert_eq!(cache_control("/"), "no-cache");
        assert_eq!(cache_control("/claims/42"), "no-cache");
        assert_eq!(cache_control("/api/partner-programs"), "no-store");
    }

    #[test]
    fn inline_scripts_are_found_and_external_ones_ignored() {
        assert_eq!(first_inline_script("<script src=\"/a.js\"></script><p>"), None);
        assert_eq!(first_inline_script("<script type=module src=/boot.js></script>"), None);
        let html = "<script src=\"/a.js\"></script><script type=\"module\">go()</script>";
        assert_eq!(first_inline_script(html).as_deref(), Some("go()"));
        let err = refuse_inline_scripts(Path::new("dist/index.html"), html.as_bytes()).unwrap_err();
        assert!(err.contains("dist/index.html") && err.contains("inline script"), "{err}");
    }

    #[test]
    fn the_policy_is_strict_and_frame_ancestors_are_checked() {
        let csp = content_security_policy("'self'");
        assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval';"));
        assert!(csp.contains("require-trusted-types-for 'script'; trusted-types default"));
        assert!(!csp.contains("unsafe-inline"));
        assert_eq!(check_frame_ancestors("'none'").unwrap(), "'none'");
        assert_eq!(
            check_frame_ancestors(" 'self'  https://*.partner.example ").unwrap(),
            "'self' https://*.partner.example"
        );
        assert!(check_frame_ancestors("'none' 'self'").is_err());
        assert!(check_frame_ancestors("").is_err());
        assert!(check_frame_ancestors("https://x; script-src *").unwrap_err().contains("https://x;"));
        assert!(is_demo_host_route("/dashboard/associations/claims/C-1"));
        assert!(!is_demo_host_route("/dashboards"));
    }
}
