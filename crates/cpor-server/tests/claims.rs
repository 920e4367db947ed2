//! Claims: drafts, idempotent creation, edits with If-Match, submission
//! with every rule re-checked, exclusivity and arbitration enforced in the
//! database under concurrency, withdrawal, listing, and isolation between
//! partner organisations.

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{get, sales_claim, TestApp};
use serde_json::{json, Value};

const CONTOSO: &str = "6a1f3c52-0b7e-4d2a-9f14-3c8e5b7d2a10";
const SALES_1: &str = "5a1e5000-0000-4000-8000-00000000c001";

fn post(uri: &str, key: Option<&str>, body: &Value) -> Request<Body> {
    let mut b = Request::post(uri).header(header::CONTENT_TYPE, "application/json");
    if let Some(k) = key {
        b = b.header("idempotency-key", k);
    }
    b.body(Body::from(body.to_string())).unwrap()
}

fn put(uri: &str, etag: Option<&str>, body: &Value) -> Request<Body> {
    let mut b = Request::put(uri).header(header::CONTENT_TYPE, "application/json");
    if let Some(e) = etag {
        b = b.header(header::IF_MATCH, e);
    }
    b.body(Body::from(body.to_string())).unwrap()
}

/// Creates a draft as `user`; returns its id and ETag.
async fn draft(app: &TestApp, user: &str, body: &Value) -> (String, String) {
    let key = format!("create-{}", rand_suffix());
    let reply = app.send_as(user, post("/api/claims", Some(&key), body)).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&reply.body));
    let id = reply.json()["id"].as_str().unwrap().to_owned();
    (id, reply.headers[header::ETAG].to_str().unwrap().to_owned())
}

/// Uploads a proof-of-execution document to the draft (once).
async fn with_proof(app: &TestApp, user: &str, id: &str) {
    let files = app.send_as(user, common::get(&format!("/api/claims/{id}"))).await;
    if files.json()["files"].as_array().is_some_and(|f| f.is_empty()) {
        let reply = app.send_as(user, common::upload_request(id, b"acknowledgement.pdf", common::PDF)).await;
        assert_eq!(reply.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&reply.body));
    }
}

fn rand_suffix() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    format!("{}-{}", std::process::id(), N.fetch_add(1, Ordering::Relaxed))
}

async fn submit(app: &TestApp, user: &str, id: &str) -> common::Reply {
    with_proof(app, user, id).await;
    let key = format!("submit-{}", rand_suffix());
    app.send_as(user, post(&format!("/api/claims/{id}/submit"), Some(&key), &json!({}))).await
}

#[tokio::test]
async fn a_draft_is_created_once_per_idempotency_key() {
    let app = TestApp::new().await;
    let body = json!({"claim_name": "Contoso", "tenant_id": "6a1f3c52"});
    let first = app.send_as_admin(post("/api/claims", Some("k-1"), &body)).await;
    assert_eq!(first.status, StatusCode::CREATED);
    let id = first.json()["id"].as_str().unwrap().to_owned();
    assert_eq!(first.headers[header::LOCATION], format!("/api/claims/{id}").as_str());
    assert_eq!(first.headers[header::ETAG], "\"v1\"");
    assert_eq!(first.json()["status"], "editing");
    assert_eq!(first.json()["input"]["tenant_id"], "6a1f3c52", "a draft keeps what was typed");

    let again = app.send_as_admin(post("/api/claims", Some("k-1"), &body)).await;
    assert_eq!(again.status, StatusCode::CREATED);
    assert_eq!(again.json()["id"], id.as_str());

    let other = app.send_as_admin(post("/api/claims", Some("k-1"), &json!({"claim_name": "Other"}))).await;
    assert_eq!(other.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(other.json()["code"], "idempotency_key_reused");

    let missing = app.send_as_admin(post("/api/claims", None, &body)).await;
    assert_eq!(missing.status, StatusCode::BAD_REQUEST);
    assert_eq!(missing.json()["code"], "idempotency_key_required");

    let unknown = app.send_as_admin(post("/api/claims", Some("k-2"), &json!({"status": "approved"}))).await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(unknown.json()["code"], "malformed_request");
}

/// A new draft records its answer in the statement that writes it. When
/// its key has an answer by then (another server answered it first), the
/// store says so, nothing of the draft stays once the transaction is
/// dropped, and the first answer is the one kept; with a free key the
/// draft and its answer commit together.
#[tokio::test]
async fn a_draft_whose_key_was_answered_meanwhile_is_not_written() {
    use cpor_server::store::{Acting, Answer, NewClaim, StoredReply};
    let app = TestApp::new().await;
    let first = app.send_as("user-megan", post("/api/claims", Some("k-raced"), &json!({"claim_name": "First"}))).await;
    assert_eq!(first.status, StatusCode::CREATED);

    let store = &app.state.store;
    let input = cpor_core::api::v1::ClaimInput { claim_name: "Raced".into(), ..Default::default() };
    let acting =
        Acting { id: "user-megan".into(), name: "Megan Bowen".into(), actor: cpor_core::lifecycle::Actor::Partner };
    let reply = StoredReply { request_hash: "h".into(), status: 201, body: "{}".into(), etag: None, location: None };
    let draft = |id| NewClaim {
        id,
        organisation_id: "org-northwind",
        created_by: "user-megan",
        input: &input,
        customer_tenant_id: None,
        today: cpor_core::Date::parse("2026-11-24").unwrap(),
        at: 1,
    };
    let mut tx = store.write().await.unwrap();
    let answer = Answer { user: "user-megan", key: "k-raced", reply: &reply };
    assert!(!tx.insert_claim(&draft("clm-raced"), &acting, Some(answer)).await.unwrap(), "the key was answered");
    drop(tx);
    let again = app.send_as("user-megan", post("/api/claims", Some("k-raced"), &json!({"claim_name": "First"}))).await;
    assert_eq!(again.json()["id"], first.json()["id"], "the first answer stands");

    let mut tx = store.write().await.unwrap();
    let answer = Answer { user: "user-megan", key: "k-free", reply: &reply };
    assert!(tx.insert_claim(&draft("clm-free"), &acting, Some(answer)).await.unwrap());
    tx.commit().await.unwrap();
    // The raced draft's rollback went through the writer before this
    // commit: had it not happened, the draft would have committed with it.
    let raced: Vec<(String,)> =
        sqlx::query_as("SELECT id FROM claims WHERE id = 'clm-raced'").fetch_all(&app.db).await.unwrap();
    assert!(raced.is_empty(), "nothing of the raced draft stays");
    let stored = store.read().await.unwrap().stored_reply("user-megan", "k-free").await.unwrap();
    assert_eq!(stored, Some(reply));
    let history: Vec<(String,)> = sqlx::query_as("SELECT action FROM claim_history WHERE claim_id = 'clm-free'")
        .fetch_all(&app.db)
        .await
        .unwrap();
    assert_eq!(history, [("created".to_owned(),)]);
}

/// The answer to a new draft is made before the draft is written (from
/// what it will be and the reference data): it must be exactly what
/// reading the claim back shows, with a known customer, a program, products
/// and a customer typed loosely alike.
#[tokio::test]
async fn a_new_drafts_answer_is_what_reading_it_back_shows() {
    let app = TestApp::new().await;
    let loose = json!({"claim_name": "Loose", "tenant_id": "{6A1F3C52-0B7E-4D2A-9F14-3C8E5B7D2A10}"});
    for (n, body) in [sales_claim("4810225"), loose, json!({})].iter().enumerate() {
        let created = app.send_as("user-megan", post("/api/claims", Some(&format!("echo-{n}")), body)).await;
        assert_eq!(created.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&created.body));
        let id = created.json()["id"].as_str().unwrap().to_owned();
        let read = app.send_as("user-megan", get(&format!("/api/claims/{id}"))).await;
        assert_eq!(read.status, StatusCode::OK);
        assert_eq!(created.json(), read.json(), "draft {n}");
        assert_eq!(created.headers[header::ETAG], read.headers[header::ETAG]);
        assert_eq!(created.headers[header::LOCATION], read.headers[header::LOCATION]);
    }
    let created = app.send_as("user-megan", get("/api/claims?per_page=100")).await.json();
    let loose = created["items"].as_array().unwrap().iter().find(|c| c["claim_name"] == "Loose").unwrap().clone();
    assert_eq!(loose["customer_name"], "Contoso Ltd", "the customer found from the ID as typed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_requests_with_one_key_make_one_claim() {
    let app = std::sync::Arc::new(TestApp::new().await);
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..20 {
        let app = app.clone();
        set.spawn(async move {
            let reply = app.send_as_admin(post("/api/claims", Some("same-key"), &json!({"claim_name": "Once"}))).await;
            (reply.status, reply.json()["id"].as_str().map(str::to_owned))
        });
    }
    let mut ids = std::collections::HashSet::new();
    while let Some(result) = set.join_next().await {
        let (status, id) = result.unwrap();
        assert!(status == StatusCode::CREATED || status == StatusCode::CONFLICT, "{status}");
        ids.extend(id);
    }
    assert_eq!(ids.len(), 1, "every success names the same claim");
    let (count,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM claims WHERE claim_name = 'Once'").fetch_one(&app.db).await.unwrap();
    assert_eq!(count, 1);
}

#[tokio::test]
async fn another_organisations_claims_are_not_found() {
    let app = TestApp::new().await;
    let (id, etag) = draft(&app, "user-megan", &sales_claim("4810225")).await;
    let uri = format!("/api/claims/{id}");
    for reply in [
        app.send_as("user-alex", get(&uri)).await,
        app.send_as("user-alex", put(&uri, Some(&etag), &sales_claim("6100342"))).await,
        submit(&app, "user-alex", &id).await,
        app.send_as("user-alex", post(&format!("{uri}/withdraw"), None, &json!({"reason": "mine now"}))).await,
    ] {
        assert_eq!(reply.status, StatusCode::NOT_FOUND);
        assert_eq!(reply.json()["code"], "claim_not_found");
    }
    let theirs = app.send_as("user-alex", get("/api/claims")).await.json();
    assert!(theirs["items"].as_array().unwrap().iter().all(|c| c["id"] != id.as_str()));
    assert_eq!(app.send_as("user-lee", get(&uri)).await.status, StatusCode::OK, "same organisation");
    assert_eq!(app.send_as("user-diego", get(&uri)).await.status, StatusCode::FORBIDDEN, "no admin role");
}

#[tokio::test]
async fn edits_need_the_current_etag() {
    let app = TestApp::new().await;
    let (id, etag) = draft(&app, "user-megan", &json!({"claim_name": "First"})).await;
    let uri = format!("/api/claims/{id}");
    let reply = app.send_as_admin(put(&uri, None, &json!({"claim_name": "Second"}))).await;
    assert_eq!(reply.status, StatusCode::PRECONDITION_REQUIRED);
    assert_eq!(reply.json()["code"], "precondition_required");
    let reply = app.send_as_admin(put(&uri, Some(&etag), &json!({"claim_name": "Second"}))).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.headers[header::ETAG], "\"v2\"");
    assert_eq!(reply.json()["claim_name"], "Second");
    let stale = app.send_as_admin(put(&uri, Some(&etag), &json!({"claim_name": "Third"}))).await;
    assert_eq!(stale.status, StatusCode::PRECONDITION_FAILED);
    assert_eq!(stale.json()["code"], "stale_claim");
    let (history,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM claim_history WHERE claim_id = $1 AND field = 'claim_name'")
            .bind(&id)
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(history, 1);
}

#[tokio::test]
async fn an_incomplete_claim_lists_every_problem() {
    let app = TestApp::new().await;
    let (id, _) = draft(&app, "user-megan", &json!({"claim_name": "Half done", "tenant_id": CONTOSO})).await;
    let reply = submit(&app, "user-megan", &id).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body = reply.json();
    assert_eq!(body["code"], "claim_incomplete");
    let paths: Vec<&str> = body["problems"].as_array().unwrap().iter().map(|p| p["path"].as_str().unwrap()).collect();
    assert_eq!(paths[..3], ["partner_program_id", "domain", "solution_area"]);
    assert!(paths.contains(&"customer_contact.email"));
    // Refusals are not stored: the corrected claim submits with any key.
    assert_eq!(app.send_as_admin(get(&format!("/api/claims/{id}"))).await.json()["status"], "editing");
}

#[tokio::test]
async fn a_claim_without_proof_of_execution_is_refused_whatever_the_browser_said() {
    let app = TestApp::new().await;
    let (id, _) = draft(&app, "user-megan", &sales_claim("4810225")).await;
    let key = format!("submit-{}", rand_suffix());
    let reply = app.send_as("user-megan", post(&format!("/api/claims/{id}/submit"), Some(&key), &json!({}))).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body = reply.json();
    assert_eq!(body["code"], "claim_incomplete");
    assert_eq!(
        body["problems"],
        json!([{"path": "proof_of_execution", "code": "poe_missing", "message": cpor_core::Text::from(cpor_core::poe::POE_MISSING).to_string()}])
    );
    // With a document it goes through.
    assert_eq!(submit(&app, "user-megan", &id).await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_product_listed_twice_is_a_problem_of_the_claim_not_a_conflict() {
    let app = TestApp::new().await;
    let mut twice = sales_claim("4810225");
    twice["products"] = json!([
        {"product_id": "d365-sales", "subscription_id": SALES_1},
        {"product_id": "d365-sales", "subscription_id": SALES_1}
    ]);
    let (id, _) = draft(&app, "user-megan", &twice).await;
    let reply = submit(&app, "user-megan", &id).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", String::from_utf8_lossy(&reply.body));
    let body = reply.json();
    assert_eq!(body["code"], "claim_incomplete");
    assert_eq!(body["problems"][0]["path"], "products.1");
    assert_eq!(body["problems"][0]["code"], "product_repeated");
}

#[tokio::test]
async fn a_complete_claim_is_submitted_with_its_review_clock() {
    let app = TestApp::new().await;
    let (id, _) = draft(&app, "user-megan", &sales_claim("4810225")).await;
    let reply = submit(&app, "user-megan", &id).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", String::from_utf8_lossy(&reply.body));
    let body = reply.json();
    assert_eq!(body["status"], "submitted");
    assert_eq!(body["next_deadline"], "2026-12-01", "review starts within 5 business days of Tuesday 24 November");
    assert_eq!(body["in_arbitration"], false);
    assert_eq!(body["editable"], json!(["partner_program_id", "products", "contacts", "proof_of_execution"]));
    // Submitting twice is refused; locked answers stay locked.
    assert_eq!(submit(&app, "user-megan", &id).await.status, StatusCode::CONFLICT);
    let etag = reply.headers[header::ETAG].to_str().unwrap().to_owned();
    let uri = format!("/api/claims/{id}");
    let mut renamed = sales_claim("4810225");
    renamed["claim_name"] = json!("Renamed");
    let locked = app.send_as_admin(put(&uri, Some(&etag), &renamed)).await;
    assert_eq!(locked.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(locked.json()["code"], "field_locked");
    let mut new_contact = sales_claim("4810226");
    new_contact["customer_contact"]["email"] = json!("it@contoso.com");
    let edited = app.send_as_admin(put(&uri, Some(&etag), &new_contact)).await;
    assert_eq!(edited.status, StatusCode::OK, "{}", String::from_utf8_lossy(&edited.body));
}

#[tokio::test]
async fn submission_rechecks_the_program_the_role_and_each_subscription() {
    let app = TestApp::new().await;
    let cases: [(Value, &str); 5] = [
        (sales_claim("6100342"), "program_not_in_organisation"),
        (
            {
                let mut c = sales_claim("4810225");
                c["domain"] = json!("fabrikam.com");
                c
            },
            "domain_tenant_mismatch",
        ),
        (
            {
                let mut c = sales_claim("4810225");
                c["products"] = json!([{"product_id": "d365-sales"}]);
                c
            },
            "subscription_required",
        ),
        (
            {
                let mut c = sales_claim("4810225");
                c["products"] = json!([{"product_id": "d365-customer-service"}]);
                c
            },
            "subscription_provisioned_recently",
        ),
        (
            {
                let mut c = sales_claim("4810225");
                c["tenant_id"] = json!("b2c4e6f8-1a3b-4c5d-8e7f-901a2b3c4d5e");
                c["domain"] = json!("fabrikam.com");
                c["products"] = json!([{"product_id": "d365-sales"}]);
                c
            },
            "role_closed",
        ),
    ];
    for (body, code) in cases {
        let (id, _) = draft(&app, "user-megan", &body).await;
        let reply = submit(&app, "user-megan", &id).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{code}: {}", String::from_utf8_lossy(&reply.body));
        assert_eq!(reply.json()["code"], code);
    }
}

#[tokio::test]
async fn a_second_partner_on_the_same_subscription_opens_one_arbitration() {
    let app = TestApp::new().await;
    let (mine, _) = draft(&app, "user-megan", &sales_claim("4810225")).await;
    assert_eq!(submit(&app, "user-megan", &mine).await.status, StatusCode::OK);
    let (theirs, _) = draft(&app, "user-alex", &sales_claim("6100342")).await;
    let reply = submit(&app, "user-alex", &theirs).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.json()["in_arbitration"], true);
    assert_eq!(app.send_as_admin(get(&format!("/api/claims/{mine}"))).await.json()["in_arbitration"], true);
    let (arbitrations,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM arbitrations").fetch_one(&app.db).await.unwrap();
    assert_eq!(arbitrations, 1);
    // The same organisation can't hold the same subscription twice.
    let (again, _) = draft(&app, "user-lee", &sales_claim("4810225")).await;
    let reply = submit(&app, "user-lee", &again).await;
    assert_eq!(reply.status, StatusCode::CONFLICT);
    assert_eq!(reply.json()["code"], "already_claimed");
}

#[tokio::test]
async fn withdrawing_needs_a_reason_and_releases_the_subscription() {
    let app = TestApp::new().await;
    let (id, _) = draft(&app, "user-megan", &sales_claim("4810225")).await;
    assert_eq!(submit(&app, "user-megan", &id).await.status, StatusCode::OK);
    let uri = format!("/api/claims/{id}/withdraw");
    let reply = app.send_as_admin(post(&uri, None, &json!({"reason": "  "}))).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.json()["code"], "reason_required");
    let reply = app.send_as_admin(post(&uri, None, &json!({"reason": "Customer moved to another partner"}))).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.json()["status"], "withdrawn");
    assert_eq!(reply.json()["next_deadline"], Value::Null);
    let (again, _) = draft(&app, "user-megan", &sales_claim("4810225")).await;
    assert_eq!(submit(&app, "user-megan", &again).await.status, StatusCode::OK);
    let reply = app.send_as_admin(post(&uri, None, &json!({"reason": "twice"}))).await;
    assert_eq!(reply.status, StatusCode::CONFLICT);
    assert_eq!(reply.json()["code"], "wrong_status");
}

#[tokio::test]
async fn the_list_pages_filters_searches_and_sorts_by_due_date() {
    let app = TestApp::new().await;
    for i in 0..5 {
        draft(&app, "user-megan", &json!({"claim_name": format!("Draft {i}"), "domain": "contoso.com"})).await;
    }
    let (submitted, _) = draft(&app, "user-megan", &sales_claim("4810225")).await;
    submit(&app, "user-megan", &submitted).await;
    // Six new claims, and the seeded eligible claim on Tailspin Finance.
    let page = app.send_as_admin(get("/api/claims?per_page=4")).await.json();
    assert_eq!(page["total"], 7);
    assert_eq!(page["items"].as_array().unwrap().len(), 4);
    assert_eq!(page["items"][0]["id"], submitted.as_str(), "the one with a deadline comes first");
    let page2 = app.send_as_admin(get("/api/claims?per_page=4&page=2")).await.json();
    assert_eq!(page2["items"].as_array().unwrap().len(), 3);
    let filtered = app.send_as_admin(get("/api/claims?status=submitted")).await.json();
    assert_eq!(filtered["total"], 1);
    let searched = app.send_as_admin(get("/api/claims?q=draft%203")).await.json();
    assert_eq!(searched["total"], 1);
    assert_eq!(searched["items"][0]["claim_name"], "Draft 3");
    let wildcard = app.send_as_admin(get("/api/claims?q=%25")).await.json();
    assert_eq!(wildcard["total"], 0, "% is searched for literally");
    let by_area = app.send_as_admin(get("/api/claims?solution_area=business_applications")).await.json();
    assert_eq!(by_area["total"], 2);
    let bad = app.send_as_admin(get("/api/claims?status=lost")).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert_eq!(bad.json()["code"], "malformed_request");
}

/// 50 partner organisations each submit 4 claims at once on the same
/// subscription: each organisation holds it once, and exactly one
/// arbitration opens.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_partners_racing_on_one_subscription_make_one_arbitration() {
    let app = std::sync::Arc::new(TestApp::new().await);
    let mut claims = Vec::new();
    common::binary::add_organisations(&app.db, 50).await;
    for n in 0..50 {
        let (user, program) = (format!("user-race-{n}"), common::binary::race_program(n));
        for _ in 0..4 {
            let (id, _) = draft(&app, &user, &sales_claim(&program)).await;
            claims.push((user.clone(), id));
        }
    }
    let mut set = tokio::task::JoinSet::new();
    for (user, id) in claims {
        let app = app.clone();
        set.spawn(async move { submit(&app, &user, &id).await.status });
    }
    let (mut ok, mut already) = (0, 0);
    while let Some(status) = set.join_next().await {
        match status.unwrap() {
            StatusCode::OK => ok += 1,
            StatusCode::CONFLICT => already += 1,
            other => panic!("unexpected {other}"),
        }
    }
    assert_eq!((ok, already), (50, 150));
    let (arbitrations,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM arbitrations").fetch_one(&app.db).await.unwrap();
    assert_eq!(arbitrations, 1);
    let key = format!("subscription:{CONTOSO}:{SALES_1}");
    let (live,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM claim_keys WHERE live = 1 AND claim_key = $1")
        .bind(&key)
        .fetch_one(&app.db)
        .await
        .unwrap();
    assert_eq!(live, 50);
    let (contested,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM claims WHERE status = 'submitted' AND in_arbitration = 1")
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(contested, 50);
}

#[tokio::test]
async fn an_expired_subscription_is_reclaimed_with_its_new_id() {
    let app = TestApp::new().await;
    // Seeded: Northwind's eligible claim on Tailspin's Finance subscription,
    // which has since expired and been renewed.
    let reply = app.send_as_admin(post("/api/claims/CL-SEED00000002/reclaim", Some("reclaim-1"), &json!({}))).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&reply.body));
    let draft = reply.json();
    assert_eq!(draft["status"], "editing");
    assert_eq!(draft["input"]["products"][0]["subscription_id"], "f1a2ce00-0000-4000-8000-00000000a002");
    assert_eq!(draft["input"]["claim_name"], "Tailspin Finance adoption");
    let again = app.send_as_admin(post("/api/claims/CL-SEED00000002/reclaim", Some("reclaim-1"), &json!({}))).await;
    assert_eq!(again.json()["id"], draft["id"], "a retried reclaim makes no second draft");

    let (id, _) = draft_of(&app).await;
    let reply = app.send_as_admin(post(&format!("/api/claims/{id}/reclaim"), Some("reclaim-2"), &json!({}))).await;
    assert_eq!(reply.status, StatusCode::CONFLICT);
    assert_eq!(reply.json()["code"], "reclaim_not_needed");
}

async fn draft_of(app: &TestApp) -> (String, String) {
    draft(app, "user-megan", &sales_claim("4810225")).await
}

#[tokio::test]
async fn a_product_held_by_another_partner_is_flagged_before_submit() {
    let app = TestApp::new().await;
    // Seeded: Adatum holds Contoso's Microsoft 365 E5.
    let uri = format!("/api/customers/{CONTOSO}/products?solution_area=modern_work_and_security");
    let find =
        |v: &Value, id: &str| v["products"].as_array().unwrap().iter().find(|p| p["product"]["id"] == id).cloned();
    let northwind = app.send_as_admin(get(&uri)).await.json();
    assert_eq!(find(&northwind, "m365-e5").unwrap()["competition"], "arbitration");
    assert_eq!(find(&northwind, "m365-teams").unwrap()["competition"], "free");
    let adatum = app.send_as("user-alex", get(&uri)).await.json();
    assert_eq!(find(&adatum, "m365-e5").unwrap()["competition"], "already_claimed_by_you");
    let check = app
        .send_as_admin(post("/api/checks/subscription", None, &json!({"tenant_id": CONTOSO, "product_id": "m365-e5"})))
        .await
        .json();
    assert_eq!(check["competition"], "arbitration");
}

#[tokio::test]
async fn a_claim_reads_with_its_customer_program_and_dates_and_its_history_with_names() {
    let app = TestApp::new().await;
    let (id, etag) = draft_of(&app).await;
    let reply = app.send_as_admin(get(&format!("/api/claims/{id}"))).await;
    // What the server writes, the browser's types read back.
    let claim: cpor_core::api::v1::ClaimDetail = serde_json::from_slice(&reply.body).unwrap();
    assert_eq!(claim.summary.customer_name, "Contoso Ltd");
    assert!(claim.summary.updated_at > 0 && claim.created_at > 0);
    let program = claim.program.expect("the claim's program");
    assert_eq!((program.id.as_str(), program.name.is_empty()), ("4810225", false));
    assert_eq!(claim.submitted_on, None);

    let mut changed = sales_claim("4810225");
    changed["products"] = json!([{"product_id": "d365-sales", "subscription_id": SALES_1},
                                 {"product_id": "d365-customer-service"}]);
    changed["claim_name"] = json!("Contoso Sales and Service");
    let edited = app.send_as_admin(put(&format!("/api/claims/{id}"), Some(&etag), &changed)).await;
    assert_eq!(edited.status, StatusCode::OK, "{}", String::from_utf8_lossy(&edited.body));
    let history = app.send_as_admin(get(&format!("/api/claims/{id}/history"))).await.json();
    let entries = history["entries"].as_array().unwrap();
    assert!(entries.iter().all(|e| e["actor_name"] == "Megan Bowen"), "{history}");
    let products = entries.iter().find(|e| e["field"] == "products").expect("a products line");
    assert_eq!(
        products["new_value"],
        format!("Dynamics 365 Sales (subscription {SALES_1}), Dynamics 365 Customer Service").as_str(),
        "products by name"
    );
    let page = app.send_as_admin(get("/api/claims?q=contoso%20ltd")).await.json();
    assert!(page["items"].as_array().unwrap().iter().any(|c| c["id"] == id.as_str()), "searchable by customer name");
}

#[tokio::test]
async fn a_draft_can_be_deleted_with_its_files_but_a_submitted_claim_cannot() {
    let app = TestApp::new().await;
    let (id, _) = draft_of(&app).await;
    with_proof(&app, "user-megan", &id).await;
    assert_eq!(app.state.files.list().await.unwrap().len(), 1);
    let delete = |id: &str| Request::delete(format!("/api/claims/{id}")).body(Body::empty()).unwrap();
    assert_eq!(app.send_as("user-alex", delete(&id)).await.status, StatusCode::NOT_FOUND, "another organisation's");
    assert_eq!(app.send_as_admin(delete(&id)).await.status, StatusCode::NO_CONTENT);
    assert_eq!(app.send_as_admin(get(&format!("/api/claims/{id}"))).await.status, StatusCode::NOT_FOUND);
    assert!(app.state.files.list().await.unwrap().is_empty(), "its files are gone too");
    assert_eq!(app.send_as_admin(delete(&id)).await.status, StatusCode::NOT_FOUND);

    let (id, _) = draft_of(&app).await;
    assert_eq!(submit(&app, "user-megan", &id).await.status, StatusCode::OK);
    let refused = app.send_as_admin(delete(&id)).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert_eq!(refused.json()["code"], "wrong_status");
}

#[tokio::test]
async fn list_pages_past_any_list_are_refused_not_overflowed() {
    let app = TestApp::new().await;
    let huge = app.send_as_admin(get(&format!("/api/claims?page={}&per_page=100", u32::MAX))).await;
    assert_eq!(huge.status, StatusCode::BAD_REQUEST);
    assert_eq!(huge.json()["code"], "page_out_of_range");
    let far = app.send_as_admin(get("/api/claims?page=40000000&per_page=100")).await;
    assert_eq!(far.status, StatusCode::OK);
    assert_eq!(far.json()["items"], json!([]));
}
