//! Authentication and roles through the router: every API call needs a
//! valid bearer token; only the three partner admin roles may use the claim
//! flow; demo sign-in exists only in demo mode; each organisation sees only
//! its own programs. (Tokens of real issuers: `identity.rs`.)

mod common;

use axum::http::{header, StatusCode};
use common::{get, json_post, TestApp};
use serde_json::json;

#[tokio::test]
async fn no_or_bad_token_is_401_with_a_problem() {
    let app = TestApp::new().await;
    let reply = app.send(get("/api/partner-programs")).await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    assert_eq!(reply.json()["code"], "unauthenticated");
    assert!(reply.headers[header::WWW_AUTHENTICATE].to_str().unwrap().starts_with("Bearer"));
    for bad in ["Bearer nonsense", "Basic dXNlcjpwYXNz", "Bearer a.b.c"] {
        let mut req = get("/api/partner-programs");
        req.headers_mut().insert(header::AUTHORIZATION, bad.parse().unwrap());
        let reply = app.send(req).await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{bad}");
    }
}

#[tokio::test]
async fn a_partner_user_without_an_admin_role_gets_403_naming_the_roles() {
    let app = TestApp::new().await;
    for uri in [
        "/api/partner-programs",
        "/api/customers/6a1f3c52-0b7e-4d2a-9f14-3c8e5b7d2a10/products?solution_area=business_applications",
    ] {
        let reply = app.send_as("user-diego", get(uri)).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{uri}");
        let body = reply.json();
        assert_eq!(body["code"], "role_required");
        assert_eq!(
            body["detail"],
            "Customer associations need one of these roles: Global admin, Billing admin, Incentives admin. Ask your global admin to give you one."
        );
    }
    let body = json!({"tenant_id": "6a1f3c52-0b7e-4d2a-9f14-3c8e5b7d2a10", "domain": "contoso.com"});
    let reply = app.send_as("user-diego", json_post("/api/checks/customer", &body)).await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    // Who-am-I still answers, so the app can explain.
    let me = app.send_as("user-diego", get("/api/me")).await.json();
    assert_eq!(me["can_claim"], false);
    assert_eq!(me["role"], "other_partner_role");
}

#[tokio::test]
async fn reviewers_cannot_use_the_create_flow() {
    let app = TestApp::new().await;
    let reply = app.send_as("user-isaiah", get("/api/partner-programs")).await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    assert_eq!(reply.json()["code"], "role_required");
    let me = app.send_as("user-isaiah", get("/api/me")).await.json();
    assert_eq!(me["can_review"], true);
    assert_eq!(me["can_claim"], false);
}

#[tokio::test]
async fn each_claiming_role_may_claim_and_sees_only_its_organisation() {
    let app = TestApp::new().await;
    for (user, program) in [("user-megan", "4810225"), ("user-lee", "4810225"), ("user-alex", "6100342")] {
        let reply = app.send_as(user, get("/api/partner-programs")).await;
        assert_eq!(reply.status, StatusCode::OK, "{user}");
        let ids: Vec<String> =
            reply.json()["programs"].as_array().unwrap().iter().map(|p| p["id"].as_str().unwrap().to_owned()).collect();
        assert!(ids.contains(&program.to_owned()), "{user}: {ids:?}");
        let other = if program.starts_with('6') { "4810225" } else { "6100342" };
        assert!(!ids.contains(&other.to_owned()), "{user} sees another organisation's program");
    }
}

#[tokio::test]
async fn demo_sign_in_issues_tokens_that_work() {
    let app = TestApp::new().await;
    let users = app.send(get("/api/demo/users")).await.json();
    let roles: Vec<&str> = users["users"].as_array().unwrap().iter().map(|u| u["role"].as_str().unwrap()).collect();
    for role in ["global_admin", "billing_admin", "incentives_admin", "other_partner_role", "reviewer"] {
        assert!(roles.contains(&role), "no demo user with role {role}");
    }
    let signed = app.send(json_post("/api/demo/sign-in", &json!({"user_id": "user-alex"}))).await.json();
    assert_eq!(signed["user"]["id"], "user-alex");
    let mut req = get("/api/me");
    let bearer = format!("Bearer {}", signed["token"].as_str().unwrap());
    req.headers_mut().insert(header::AUTHORIZATION, bearer.parse().unwrap());
    assert_eq!(app.send(req).await.json()["name"], "Alex Wilber");
    // An empty body signs in as the default demo user.
    let req = axum::http::Request::post("/api/demo/sign-in").body(axum::body::Body::empty()).unwrap();
    assert_eq!(app.send(req).await.json()["user"]["id"], "user-megan");
    let reply = app.send(json_post("/api/demo/sign-in", &json!({"user_id": "nobody"}))).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let reply = app.send(json_post("/api/demo/sign-in", &json!({"user": "x"}))).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn without_demo_mode_there_is_no_sign_in() {
    let app = TestApp::with_demo(false).await;
    assert_eq!(app.send(get("/api/demo/users")).await.status, StatusCode::NOT_FOUND);
    let reply = app.send(json_post("/api/demo/sign-in", &json!({}))).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert_eq!(reply.json()["code"], "not_found");
    // Tokens of the trusted issuer still work.
    assert_eq!(app.send_as("user-megan", get("/api/me")).await.status, StatusCode::OK);
}
