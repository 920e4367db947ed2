//! Products of a customer and the subscription verdict, over the demo seed:
//! every subscription situation of the seed document, with its code.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use cpor_core::api::v1::{CustomerProductsResponse, Problem, SubscriptionCheckResponse};
use cpor_core::roles::{PartnerRole, PurchaseChannel, RoleAvailability, RoleClosedReason};
use cpor_core::ErrorCode;
use serde_json::{json, Value};

const CONTOSO: &str = "6a1f3c52-0b7e-4d2a-9f14-3c8e5b7d2a10";
const FABRIKAM: &str = "b2c4e6f8-1a3b-4c5d-8e7f-901a2b3c4d5e";
const TAILSPIN: &str = "0d9e8f7a-6b5c-4d3e-a2f1-e0d9c8b7a6f5";
const BUECHER: &str = "c7d8e9f0-a1b2-4c3d-9e4f-5a6b7c8d9e0f";

mod common;
use common::TestApp;

async fn test_app() -> TestApp {
    TestApp::new().await
}

async fn send(app: &TestApp, req: Request<Body>) -> (StatusCode, Value) {
    let reply = app.send_as_admin(req).await;
    (reply.status, reply.json())
}

async fn products(app: &TestApp, tenant: &str, area: &str) -> (StatusCode, Value) {
    let uri = format!("/api/customers/{tenant}/products?solution_area={area}");
    send(app, Request::get(uri).body(Body::empty()).unwrap()).await
}

async fn check(
    app: &TestApp,
    tenant: &str,
    product: &str,
    subscription: Option<&str>,
) -> Result<Option<String>, Problem> {
    let body = json!({"tenant_id": tenant, "product_id": product, "subscription_id": subscription});
    let req = Request::post("/api/checks/subscription")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .unwrap();
    let (status, value) = send(app, req).await;
    if status == StatusCode::OK {
        let r: SubscriptionCheckResponse = serde_json::from_value(value).unwrap();
        Ok(r.subscription_id.map(|s| s.to_string()))
    } else {
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{value}");
        Err(serde_json::from_value(value).unwrap())
    }
}

fn code(result: Result<Option<String>, Problem>) -> Result<Option<String>, ErrorCode> {
    result.map_err(|p| p.error_code().unwrap())
}

#[tokio::test]
async fn a_volume_licensing_customer_has_every_business_applications_role_open() {
    let app = test_app().await;
    let (status, body) = products(&app, CONTOSO, "business_applications").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let r: CustomerProductsResponse = serde_json::from_value(body).unwrap();
    assert_eq!(r.purchase_channel, PurchaseChannel::VolumeLicensing);
    assert!(r.roles.iter().all(|o| o.availability == RoleAvailability::Open));
    assert_eq!(r.roles.len(), 3);
    let ids: Vec<&str> = r.products.iter().map(|p| p.product.id.as_str()).collect();
    assert_eq!(ids, ["d365-customer-service", "d365-field-service", "d365-sales"]);
    let sales = r.products.iter().find(|p| p.product.id == "d365-sales").unwrap();
    assert!(sales.subscription_required, "two Sales subscriptions: the partner must say which");
    assert_eq!(sales.subscriptions.len(), 2);
    let service = r.products.iter().find(|p| p.product.id == "d365-customer-service").unwrap();
    assert!(!service.subscription_required);
    assert_eq!(service.subscriptions[0].provisioned_on.unwrap().to_string(), "2026-11-22");
}

#[tokio::test]
async fn a_csp_customer_has_the_business_applications_roles_closed_with_the_reason() {
    let app = test_app().await;
    let (_, body) = products(&app, FABRIKAM, "business_applications").await;
    let r: CustomerProductsResponse = serde_json::from_value(body).unwrap();
    assert_eq!(r.purchase_channel, PurchaseChannel::Csp);
    for option in &r.roles {
        assert_eq!(option.availability, RoleAvailability::Closed(RoleClosedReason::BoughtThroughCsp));
    }
    let (_, body) = products(&app, FABRIKAM, "modern_work_and_security").await;
    let r: CustomerProductsResponse = serde_json::from_value(body).unwrap();
    assert_eq!(r.roles.len(), 1);
    assert_eq!(r.roles[0].role, PartnerRole::UseOrConsume);
    assert_eq!(r.roles[0].availability, RoleAvailability::Open);
}

#[tokio::test]
async fn products_refuse_bad_input_with_problems() {
    let app = test_app().await;
    let (status, body) = products(&app, "nope", "business_applications").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["code"], "tenant_id_character");
    let (status, body) = products(&app, "11111111-2222-4333-8444-555555555555", "business_applications").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["code"], "unknown_tenant");
    let (status, body) = products(&app, CONTOSO, "gardening").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["code"], "malformed_request");
}

/// Tenant, product, subscription ID entered, and the verdict.
type Situation = (&'static str, &'static str, Option<&'static str>, Result<Option<&'static str>, ErrorCode>);

#[tokio::test]
async fn every_subscription_situation_of_the_seed() {
    let app = test_app().await;
    let table: [Situation; 16] = [
        (CONTOSO, "d365-sales", None, Err(ErrorCode::SubscriptionRequired)),
        (
            CONTOSO,
            "d365-sales",
            Some("5a1e5000-0000-4000-8000-00000000c001"),
            Ok(Some("5a1e5000-0000-4000-8000-00000000c001")),
        ),
        (
            CONTOSO,
            "d365-sales",
            Some("{5A1E5000-0000-4000-8000-00000000C002}"),
            Ok(Some("5a1e5000-0000-4000-8000-00000000c002")),
        ),
        (CONTOSO, "d365-sales", Some("contoso.com"), Err(ErrorCode::SubscriptionIdMalformed)),
        (CONTOSO, "d365-sales", Some("e5e5e5e5-0000-4000-8000-00000000c005"), Err(ErrorCode::SubscriptionNotDynamics)),
        (CONTOSO, "d365-sales", Some("5a1e5000-0000-4000-8000-00000000f001"), Err(ErrorCode::ProductNotOnTenant)),
        (CONTOSO, "d365-customer-service", None, Err(ErrorCode::SubscriptionProvisionedRecently)),
        (CONTOSO, "d365-field-service", None, Err(ErrorCode::SubscriptionNotProvisioned)),
        (CONTOSO, "d365-finance", None, Err(ErrorCode::ProductNotOnTenant)),
        (FABRIKAM, "d365-sales", None, Err(ErrorCode::SubscriptionCsp)),
        (TAILSPIN, "d365-finance", Some("f1a2ce00-0000-4000-8000-00000000a001"), Err(ErrorCode::SubscriptionExpired)),
        (
            TAILSPIN,
            "d365-finance",
            Some("f1a2ce00-0000-4000-8000-00000000a002"),
            Ok(Some("f1a2ce00-0000-4000-8000-00000000a002")),
        ),
        (TAILSPIN, "d365-sales", None, Err(ErrorCode::SubscriptionSuspended)),
        (BUECHER, "d365-business-central", None, Ok(Some("bc0bc0bc-0000-4000-8000-00000000b001"))),
        // Bought through CSP, while the customer's other Dynamics 365 purchase was Web-Direct.
        (BUECHER, "d365-sales", None, Err(ErrorCode::SubscriptionCsp)),
        (CONTOSO, "m365-teams", None, Ok(None)),
    ];
    for (tenant, product, sub, expected) in table {
        let got = code(check(&app, tenant, product, sub).await);
        assert_eq!(got, expected.map(|s| s.map(str::to_owned)), "{tenant} {product} {sub:?}");
    }
}

#[tokio::test]
async fn refusals_carry_their_specific_words_and_dates() {
    let app = test_app().await;
    let p = check(&app, CONTOSO, "d365-customer-service", None).await.unwrap_err();
    assert_eq!(p.claimable_from.unwrap().to_string(), "2026-11-29");
    assert!(p.detail.ends_with("You can claim it from 29 November 2026."), "{}", p.detail);
    assert!(p.support_url.is_none());
    let p = check(&app, TAILSPIN, "d365-finance", Some("f1a2ce00-0000-4000-8000-00000000a001")).await.unwrap_err();
    assert!(p.detail.contains("f1a2ce00-0000-4000-8000-00000000a002"), "{}", p.detail);
    let p = check(&app, FABRIKAM, "d365-sales", None).await.unwrap_err();
    assert!(p.support_url.is_some(), "the partner can't fix a CSP purchase alone");
    let p = check(&app, CONTOSO, "nope", None).await.unwrap_err();
    assert_eq!(p.error_code(), Some(ErrorCode::UnknownProduct));
}

#[tokio::test]
async fn a_recently_provisioned_subscription_becomes_claimable_on_its_date() {
    let app = test_app().await;
    app.clock.advance(4);
    assert_eq!(
        code(check(&app, CONTOSO, "d365-customer-service", None).await),
        Err(ErrorCode::SubscriptionProvisionedRecently)
    );
    app.clock.advance(1);
    assert_eq!(
        code(check(&app, CONTOSO, "d365-customer-service", None).await),
        Ok(Some("c5c5c5c5-0000-4000-8000-00000000c003".to_owned()))
    );
}
