//! The API driven through `oneshot` against a real SQLite file: customer
//! checks (match, mismatch, unknown tenant, malformed input), partner
//! programs, and the problem+json shape of every refusal.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use cpor_core::api::v1::{CustomerCheckResponse, PartnerProgramsResponse, Problem};
use cpor_core::{CustomerDomain, ErrorCode, TenantId};
use serde_json::{json, Value};

const CONTOSO: &str = "6a1f3c52-0b7e-4d2a-9f14-3c8e5b7d2a10";
const UNKNOWN: &str = "11111111-2222-4333-8444-555555555555";

mod common;
use common::TestApp;

async fn test_app() -> TestApp {
    TestApp::new().await
}

async fn send(app: &TestApp, req: Request<Body>) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let reply = app.send_as_admin(req).await;
    (reply.status, reply.headers, reply.body)
}

fn check(body: Value) -> Request<Body> {
    Request::post("/api/checks/customer")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .unwrap()
}

async fn problem(app: &TestApp, req: Request<Body>) -> (StatusCode, Problem) {
    let (status, headers, body) = send(app, req).await;
    assert!(status.is_client_error(), "expected 4xx, got {status}: {}", String::from_utf8_lossy(&body));
    assert_eq!(headers[header::CONTENT_TYPE], "application/problem+json");
    let p: Problem = serde_json::from_slice(&body).unwrap();
    assert_eq!(p.status, status.as_u16());
    assert_eq!(p.kind, format!("urn:cpor:problem:{}", p.code));
    assert!(p.request_id.is_some());
    assert!(headers.contains_key("x-request-id"));
    (status, p)
}

#[tokio::test]
async fn matching_domain_is_confirmed_with_the_customer_name() {
    let app = test_app().await;
    for domain in ["contoso.onmicrosoft.com", "contoso.com"] {
        let (status, headers, body) = send(&app, check(json!({"tenant_id": CONTOSO, "domain": domain}))).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(headers[header::CACHE_CONTROL], "no-store");
        let r: CustomerCheckResponse = serde_json::from_slice(&body).unwrap();
        assert_eq!(r.customer_name, "Contoso Ltd");
        assert_eq!(r.domain.as_str(), domain);
    }
}

#[tokio::test]
async fn server_parses_exactly_as_the_browser_does() {
    let app = test_app().await;
    let raw_tenant = " {6A1F3C52-0B7E-4D2A-9F14-3C8E5B7D2A10} ";
    let raw_domain = "HTTPS://Contoso.OnMicrosoft.com./";
    let (status, _, body) = send(&app, check(json!({"tenant_id": raw_tenant, "domain": raw_domain}))).await;
    assert_eq!(status, StatusCode::OK);
    let r: CustomerCheckResponse = serde_json::from_slice(&body).unwrap();
    assert_eq!(r.tenant_id, TenantId::parse(raw_tenant).unwrap());
    assert_eq!(r.domain, CustomerDomain::parse(raw_domain).unwrap());
    // An internationalised domain, typed in Unicode, matches its stored
    // Punycode form.
    let (status, _, _) =
        send(&app, check(json!({"tenant_id": "c7d8e9f0-a1b2-4c3d-9e4f-5a6b7c8d9e0f", "domain": "BÜCHER.ch"}))).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn mismatch_says_the_two_do_not_belong_together() {
    let app = test_app().await;
    let (status, p) = problem(&app, check(json!({"tenant_id": CONTOSO, "domain": "fabrikam.com"}))).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(p.error_code(), Some(ErrorCode::DomainTenantMismatch));
    assert_eq!(p.detail, format!("fabrikam.com doesn't belong to the tenant {CONTOSO}."));
    assert!(p.fix.contains("Contact your customer"));
    assert_eq!(p.support_url, None);
}

#[tokio::test]
async fn unknown_tenant_says_so_with_a_support_link() {
    let app = test_app().await;
    let (status, p) = problem(&app, check(json!({"tenant_id": UNKNOWN, "domain": "contoso.com"}))).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(p.error_code(), Some(ErrorCode::UnknownTenant));
    assert!(p.support_url.is_some());
}

#[tokio::test]
async fn malformed_values_get_their_cpor_core_code() {
    let app = test_app().await;
    let cases = [
        (
            json!({"tenant_id": "6a1f3c52-0b7e-4d2a-9f14-3c8e5b7d2a1", "domain": "contoso.com"}),
            ErrorCode::TenantIdLength,
        ),
        (json!({"tenant_id": "", "domain": "contoso.com"}), ErrorCode::TenantIdEmpty),
        (json!({"tenant_id": "contoso.com", "domain": "contoso.com"}), ErrorCode::TenantIdLooksLikeDomain),
        (json!({"tenant_id": CONTOSO, "domain": "contoso"}), ErrorCode::DomainIncomplete),
        (json!({"tenant_id": CONTOSO, "domain": "admin@contoso.com"}), ErrorCode::DomainLooksLikeEmail),
        (json!({"tenant_id": CONTOSO, "domain": "-contoso.com"}), ErrorCode::DomainHyphen),
        (json!({"tenant_id": CONTOSO, "domain": "a".repeat(5000)}), ErrorCode::DomainTooLong),
    ];
    for (body, code) in cases {
        let (status, p) = problem(&app, check(body.clone())).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert_eq!(p.error_code(), Some(code), "{body}");
        assert_eq!(p.field, code.field());
    }
}

#[tokio::test]
async fn broken_requests_get_4xx_problems_never_5xx() {
    let app = test_app().await;
    let raw = |ct: &str, body: String| {
        Request::post("/api/checks/customer").header(header::CONTENT_TYPE, ct).body(Body::from(body)).unwrap()
    };
    let cases = [
        (raw("application/json", "{not json".into()), StatusCode::BAD_REQUEST, ErrorCode::MalformedRequest),
        (
            raw("application/json", json!({"tenant_id": 1, "domain": "x"}).to_string()),
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::MalformedRequest,
        ),
        (
            raw("application/json", json!({"tenant_id": CONTOSO}).to_string()),
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::MalformedRequest,
        ),
        (
            raw("application/json", json!({"tenant_id": CONTOSO, "domain": "contoso.com", "admin": true}).to_string()),
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::MalformedRequest,
        ),
        (
            raw("text/plain", json!({"tenant_id": CONTOSO, "domain": "contoso.com"}).to_string()),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ErrorCode::UnsupportedMediaType,
        ),
        (
            raw("application/json", format!("{{\"tenant_id\":\"{}\",\"domain\":\"x\"}}", "a".repeat(100_000))),
            StatusCode::PAYLOAD_TOO_LARGE,
            ErrorCode::PayloadTooLarge,
        ),
        (
            Request::get("/api/checks/customer").body(Body::empty()).unwrap(),
            StatusCode::METHOD_NOT_ALLOWED,
            ErrorCode::MethodNotAllowed,
        ),
        (Request::get("/api/nothing-here").body(Body::empty()).unwrap(), StatusCode::NOT_FOUND, ErrorCode::NotFound),
    ];
    for (req, expected_status, code) in cases {
        let what = format!("{} {}", req.method(), req.uri());
        let (status, p) = problem(&app, req).await;
        assert_eq!(status, expected_status, "{what}");
        assert_eq!(p.error_code(), Some(code), "{what}");
    }
}

#[tokio::test]
async fn partner_programs_of_the_callers_organisation_enrolled_first() {
    let app = test_app().await;
    let (status, _, body) = send(&app, Request::get("/api/partner-programs").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    let r: PartnerProgramsResponse = serde_json::from_slice(&body).unwrap();
    let ids: Vec<&str> = r.programs.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["4810226", "4810225", "5922019", "4810227"]);
    assert!(r.programs.iter().any(|p| !p.enrolled), "the demo needs a non-enrolled program");
    assert!(r.programs.iter().any(|p| p.partner_type == "FRP FastTrack"));
    // Another organisation's programs never show.
    assert!(!ids.contains(&"6100342"));
}

#[tokio::test]
async fn every_response_carries_security_headers() {
    let app = test_app().await;
    let (_, headers, _) = send(&app, Request::get("/api/partner-programs").body(Body::empty()).unwrap()).await;
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["referrer-policy"], "no-referrer");
    assert!(headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap().contains("default-src 'none'"));
}
