//! The Unicode corpus shared with the browser's tests
//! (`crates/cpor-core/tests/unicode-corpus.json`), run with the server's
//! services (the `idna` and `unicode-normalization` crates): the rules give
//! every entry the same verdict here as in the browser. And through the
//! API: a customer domain typed in full-width letters names the tenant's
//! domain.

mod common;

use common::{json_post, TestApp};
use cpor_core::text::ClaimName;
use cpor_core::CustomerDomain;
use serde_json::{json, Value};

const CORPUS: &str = include_str!("../../cpor-core/tests/unicode-corpus.json");

fn verdict<T: ToString, E>(parsed: Result<T, E>, code: impl Fn(&E) -> cpor_core::ErrorCode) -> String {
    match parsed {
        Ok(v) => v.to_string(),
        Err(e) => format!("!{}", code(&e)),
    }
}

#[test]
fn the_shared_corpus_gets_its_verdicts_from_the_servers_unicode() {
    cpor_core::unicode::install(&cpor_core::unicode::Native);
    let corpus: Value = serde_json::from_str(CORPUS).unwrap();
    let mut wrong = Vec::new();
    for entry in corpus["domains"].as_array().unwrap() {
        let (input, expected) = (entry[0].as_str().unwrap(), entry[1].as_str().unwrap());
        let got = verdict(CustomerDomain::parse(input), |e| e.code());
        if got != expected {
            wrong.push(format!("domain {input:?}: {got}, not {expected}"));
        }
    }
    for entry in corpus["texts"].as_array().unwrap() {
        let (input, expected) = (entry[0].as_str().unwrap(), entry[1].as_str().unwrap());
        let got = verdict(ClaimName::parse(input), |e| e.code());
        if got != expected {
            wrong.push(format!("text {input:?}: {got:?}, not {expected:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[tokio::test]
async fn a_full_width_domain_names_the_tenants_domain() {
    let app = TestApp::new().await;
    let check = json!({"tenant_id": "6a1f3c52-0b7e-4d2a-9f14-3c8e5b7d2a10", "domain": "\u{FF43}\u{FF4F}\u{FF4E}\u{FF54}\u{FF4F}\u{FF53}\u{FF4F}\u{FF0E}\u{FF43}\u{FF4F}\u{FF4D}"});
    let reply = app.send_as_admin(json_post("/api/checks/customer", &check)).await;
    assert_eq!(reply.status, axum::http::StatusCode::OK, "{}", String::from_utf8_lossy(&reply.body));
    assert_eq!(reply.json()["domain"], "contoso.com");
    let combining = json!({"tenant_id": "{C7D8E9F0-A1B2-4C3D-9E4F-5A6B7C8D9E0F}", "domain": "bu\u{0308}cher.ch"});
    let reply = app.send_as_admin(json_post("/api/checks/customer", &combining)).await;
    assert_eq!(reply.json()["customer_name"], "B\u{FC}cher AG", "{}", String::from_utf8_lossy(&reply.body));
}
