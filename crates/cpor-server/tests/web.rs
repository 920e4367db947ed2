//! Serving the built app: the page and app routes with their CSP and
//! no-cache, fingerprinted files cached forever, precompressed variants
//! chosen by Accept-Encoding, and 404 for missing files.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};

use cpor_server::auth::{Auth, RoleMapping, Verifier};
use cpor_server::clock::Clock;
use cpor_server::limits::WriteRate;
use cpor_server::store::{FileStore, Location, Store};
use cpor_server::web::WebApp;
use cpor_server::{app, AppState};
use http_body_util::BodyExt;
use tower::ServiceExt;

const INDEX: &str =
    "<!doctype html><html><head><script type=module src=/boot-0123456789abcdef.js></script></head><body></body></html>";
const DEMO_HOST: &str =
    "<!doctype html><html><head><script type=module src=/public/embed-demo.js></script></head></html>";

async fn serve(dir: &std::path::Path, req: Request<Body>) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let store = Store::open(&Location::Sqlite(dir.join("test.db"))).await.unwrap();
    let web = WebApp::load(&dir.join("dist")).unwrap();
    let auth = Auth {
        verifier: Verifier::new(Vec::new(), reqwest::Client::new(), 60, std::time::Duration::from_secs(30)),
        roles: RoleMapping::default(),
        demo: None,
        demo_user: None,
        demo_token_ttl_secs: 60,
    };
    let files = FileStore::local(dir.join("poe-files")).unwrap();
    let router = app(AppState::new(store, files, auth, Clock::system(), WriteRate::default()), Some(web));
    let res = router.oneshot(req).await.unwrap();
    let (status, headers) = (res.status(), res.headers().clone());
    (status, headers, res.into_body().collect().await.unwrap().to_bytes().to_vec())
}

fn dist() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let dist = dir.path().join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), INDEX).unwrap();
    std::fs::write(dist.join("app-0123456789abcdef.js"), "export default 1;").unwrap();
    std::fs::write(dist.join("app-0123456789abcdef.js.br"), b"brotli bytes").unwrap();
    std::fs::write(dist.join("app-0123456789abcdef.js.gz"), b"gzip bytes").unwrap();
    dir
}

#[tokio::test]
async fn the_page_and_app_routes_carry_the_strict_policy() {
    let dir = dist();
    for path in ["/", "/claims/42"] {
        let (status, headers, body) = serve(dir.path(), Request::get(path).body(Body::empty()).unwrap()).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert_eq!(String::from_utf8(body).unwrap(), INDEX);
        assert_eq!(headers[header::CACHE_CONTROL], "no-cache");
        let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval';"), "{csp}");
        assert!(csp.contains("object-src 'none'") && csp.contains("base-uri 'none'"));
        assert!(csp.contains("frame-ancestors 'self'") && csp.contains("require-trusted-types-for 'script'"));
        assert!(!csp.contains("unsafe-inline") && !csp.contains("sha256-"));
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert_eq!(headers["x-frame-options"], "SAMEORIGIN");
    }
}

#[tokio::test]
async fn the_demo_host_serves_its_deep_links_under_the_policy() {
    let dir = dist();
    std::fs::create_dir_all(dir.path().join("dist/public")).unwrap();
    std::fs::write(dir.path().join("dist/public/embed-demo.html"), DEMO_HOST).unwrap();
    for path in ["/dashboard", "/dashboard/associations", "/dashboard/associations/claims/CL-42"] {
        let (status, headers, body) = serve(dir.path(), Request::get(path).body(Body::empty()).unwrap()).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert_eq!(String::from_utf8(body).unwrap(), DEMO_HOST, "{path}");
        let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(csp.contains("trusted-types default") && !csp.contains("unsafe-inline"), "{csp}");
    }
    // Outside /dashboard, the standalone page.
    let (_, _, body) = serve(dir.path(), Request::get("/claims/CL-42").body(Body::empty()).unwrap()).await;
    assert_eq!(String::from_utf8(body).unwrap(), INDEX);
    // The hosts' loader is never cached stale: it names the current build.
    std::fs::write(dir.path().join("dist/cpor-embed.js"), "export {};").unwrap();
    let (status, headers, _) = serve(dir.path(), Request::get("/cpor-embed.js").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CACHE_CONTROL], "no-cache");
}

#[test]
fn a_page_with_an_inline_script_is_refused() {
    let dir = dist();
    std::fs::write(dir.path().join("dist/index.html"), "<script type=module>import '/x.js'</script>").unwrap();
    let err = WebApp::load(&dir.path().join("dist")).err().unwrap();
    assert!(err.contains("inline script") && err.contains("scripts/build.sh"), "{err}");
}

#[test]
fn frame_ancestors_are_configurable_and_checked() {
    let dir = dist();
    let web = WebApp::load(&dir.path().join("dist")).unwrap();
    let web = web.with_frame_ancestors("https://partner.example.com").unwrap();
    assert!(web.csp().to_str().unwrap().contains("frame-ancestors https://partner.example.com;"));
    assert!(web.with_frame_ancestors("*; script-src *").is_err());
}

#[tokio::test]
async fn fingerprinted_files_are_immutable_and_precompressed() {
    let dir = dist();
    let req = |enc: &str| {
        Request::get("/app-0123456789abcdef.js").header(header::ACCEPT_ENCODING, enc).body(Body::empty()).unwrap()
    };
    let (status, headers, body) = serve(dir.path(), req("gzip, deflate, br")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_ENCODING], "br");
    assert_eq!(body, b"brotli bytes");
    assert_eq!(headers[header::CACHE_CONTROL], "public, max-age=31536000, immutable");
    let (_, headers, body) = serve(dir.path(), req("gzip")).await;
    assert_eq!(headers[header::CONTENT_ENCODING], "gzip");
    assert_eq!(body, b"gzip bytes");
    let (_, headers, body) = serve(dir.path(), req("identity")).await;
    assert!(headers.get(header::CONTENT_ENCODING).is_none());
    assert_eq!(body, b"export default 1;");
}

#[tokio::test]
async fn the_page_is_revalidated_and_the_app_code_folder_is_immutable() {
    let dir = dist();
    let (status, headers, _) = serve(dir.path(), Request::get("/").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    let etag = headers[header::ETAG].to_str().unwrap().to_owned();
    assert!(etag.starts_with("W/\"") && etag.len() > 10, "{etag}");
    // The same page again: 304, no body, still no-cache.
    let again = Request::get("/new").header(header::IF_NONE_MATCH, &etag).body(Body::empty()).unwrap();
    let (status, headers, body) = serve(dir.path(), again).await;
    assert_eq!(status, StatusCode::NOT_MODIFIED);
    assert!(body.is_empty());
    assert_eq!(headers[header::CACHE_CONTROL], "no-cache");
    // Another build's tag: the page itself.
    let other = Request::get("/").header(header::IF_NONE_MATCH, "\"0123\"").body(Body::empty()).unwrap();
    let (status, _, body) = serve(dir.path(), other).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(String::from_utf8(body).unwrap(), INDEX);
    // The app's code folder carries the build's hash.
    std::fs::create_dir_all(dir.path().join("dist/code-0123456789abcdef")).unwrap();
    std::fs::write(dir.path().join("dist/code-0123456789abcdef/split_new_claim.wasm"), b"\0asm").unwrap();
    let part = Request::get("/code-0123456789abcdef/split_new_claim.wasm").body(Body::empty()).unwrap();
    let (status, headers, _) = serve(dir.path(), part).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CACHE_CONTROL], "public, max-age=31536000, immutable");
}

#[tokio::test]
async fn missing_files_are_404_not_the_page() {
    let dir = dist();
    let (status, headers, _) =
        serve(dir.path(), Request::get("/missing-0123456789abcdef.js").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
}

#[test]
fn a_missing_build_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    let err = WebApp::load(dir.path()).err().unwrap();
    assert!(err.contains("scripts/build.sh"), "{err}");
}
