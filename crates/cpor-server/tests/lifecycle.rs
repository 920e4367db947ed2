//! The review lifecycle through the API: reviewers' decisions, the partner's
//! answers, comments and history, the clocks (moved by the demo clock), the
//! customer's opt-out link, disputes and arbitration.

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{get, TestApp};
use serde_json::{json, Value};

const CONTOSO: &str = "6a1f3c52-0b7e-4d2a-9f14-3c8e5b7d2a10";
const REVIEWER: &str = "user-isaiah";

fn complete(program: &str) -> Value {
    json!({
        "partner_program_id": program,
        "tenant_id": CONTOSO,
        "domain": "contoso.com",
        "solution_area": "modern_work_and_security",
        "partner_role": "use_or_consume",
        "products": [{"product_id": "m365-teams"}],
        "claim_name": "Contoso Teams adoption",
        "customer_contact": {"name": "Adele Vance", "title": "IT director", "email": "adele@contoso.com"},
        "partner_contact": {"name": "Megan Bowen", "email": "megan@northwind.example"}
    })
}

fn post(uri: &str, key: Option<&str>, body: &Value) -> Request<Body> {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    let mut b = Request::post(uri).header(header::CONTENT_TYPE, "application/json");
    match key {
        Some(k) => b = b.header("idempotency-key", k),
        // Comments create something: each gets a key of its own.
        None if uri.ends_with("/comments") => {
            b = b.header("idempotency-key", format!("comment-{}", N.fetch_add(1, Ordering::Relaxed)))
        }
        None => {}
    }
    b.body(Body::from(body.to_string())).unwrap()
}

/// A submitted claim of `user` for `program`; returns its id.
async fn submitted(app: &TestApp, user: &str, program: &str) -> String {
    let key = format!("{user}-{program}");
    let reply = app.send_as(user, post("/api/claims", Some(&format!("c-{key}")), &complete(program))).await;
    assert_eq!(reply.status, StatusCode::CREATED);
    let id = reply.json()["id"].as_str().unwrap().to_owned();
    let reply = app.send_as(user, common::upload_request(&id, b"acknowledgement.pdf", common::PDF)).await;
    assert_eq!(reply.status, StatusCode::CREATED);
    let reply =
        app.send_as(user, post(&format!("/api/claims/{id}/submit"), Some(&format!("s-{id}")), &json!({}))).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", String::from_utf8_lossy(&reply.body));
    id
}

async fn review(app: &TestApp, id: &str, step: &str, body: Value) -> common::Reply {
    app.send_as(REVIEWER, post(&format!("/api/review/claims/{id}/{step}"), None, &body)).await
}

async fn status_of(app: &TestApp, id: &str) -> Value {
    app.send_as(REVIEWER, get(&format!("/api/review/claims/{id}"))).await.json()["claim"]["status"].clone()
}

async fn advance(app: &TestApp, days: i32) -> Value {
    let reply = app.send_as(REVIEWER, post("/api/demo/clock", None, &json!({"days": days}))).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", String::from_utf8_lossy(&reply.body));
    reply.json()
}

#[tokio::test]
async fn the_whole_lifecycle_to_eligibility() {
    let app = TestApp::new().await;
    let id = submitted(&app, "user-megan", "4810225").await;

    let queue = app.send_as(REVIEWER, get("/api/review/queue")).await.json();
    assert_eq!(queue["items"][0]["id"], id.as_str());
    assert_eq!(queue["items"][0]["organisation"], "Northwind Solutions");
    assert_eq!(queue["items"][0]["sla"], "on_time");

    assert_eq!(review(&app, &id, "start", json!({})).await.status, StatusCode::OK);
    let asked = review(
        &app,
        &id,
        "request-information",
        json!({"reasons": ["poe_not_acknowledged", "poe_date_missing_or_old"], "comment": "Please add the signed SOW."}),
    )
    .await;
    assert_eq!(asked.status, StatusCode::OK);

    let claim = app.send_as_admin(get(&format!("/api/claims/{id}"))).await.json();
    assert_eq!(claim["status"], "partner_action_required");
    assert_eq!(claim["information_request"], json!(["poe_not_acknowledged", "poe_date_missing_or_old"]));
    assert_eq!(claim["next_deadline"], "2026-12-01");
    let thread = app.send_as_admin(get(&format!("/api/claims/{id}/comments"))).await.json();
    let request_id = thread["comments"][0]["id"].clone();
    assert_eq!(thread["pinned"], request_id);
    assert_eq!(thread["comments"][0]["side"], "reviewer");

    let reply = app
        .send_as_admin(post(
            &format!("/api/claims/{id}/comments"),
            None,
            &json!({"body": "Signed SOW added.", "reply_to": request_id}),
        ))
        .await;
    assert_eq!(reply.status, StatusCode::CREATED);
    let resubmitted = app
        .send_as_admin(post(&format!("/api/claims/{id}/resubmit"), None, &json!({"comment": "See the new PoE."})))
        .await;
    assert_eq!(resubmitted.status, StatusCode::OK);
    assert_eq!(resubmitted.json()["status"], "under_review");

    let approved = review(&app, &id, "approve", json!({})).await.json();
    assert_eq!(approved["claim"]["status"], "approved");
    assert!(approved["opt_out_url"].as_str().unwrap().starts_with("/opt-out/"), "the demo shows the customer's link");

    assert_eq!(advance(&app, 7).await["moved"], 0, "the customer may still opt out on day 7");
    assert_eq!(advance(&app, 1).await["moved"], 1);
    assert_eq!(status_of(&app, &id).await, "eligible");

    let history = app.send_as_admin(get(&format!("/api/claims/{id}/history"))).await.json();
    let statuses: Vec<String> = history["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["field"] == "status")
        .map(|e| format!("{}->{}", e["old_value"].as_str().unwrap(), e["new_value"].as_str().unwrap()))
        .collect();
    assert_eq!(
        statuses,
        [
            "editing->submitted",
            "submitted->under_review",
            "under_review->partner_action_required",
            "partner_action_required->under_review",
            "under_review->approved",
            "approved->eligible",
        ]
    );
    let actors: Vec<&str> =
        history["entries"].as_array().unwrap().iter().map(|e| e["actor_role"].as_str().unwrap()).collect();
    assert!(actors.contains(&"reviewer") && actors.contains(&"partner") && actors.contains(&"clock"));
}

#[tokio::test]
async fn no_partner_response_in_five_business_days_rejects_the_claim() {
    let app = TestApp::new().await;
    let id = submitted(&app, "user-megan", "4810225").await;
    review(&app, &id, "start", json!({})).await;
    review(&app, &id, "request-information", json!({"reasons": ["poe_missing"], "comment": "No PoE attached."})).await;
    // Requested Tuesday 24 November: due Tuesday 1 December.
    assert_eq!(advance(&app, 7).await["moved"], 0);
    assert_eq!(advance(&app, 1).await["moved"], 1);
    let claim = app.send_as_admin(get(&format!("/api/claims/{id}"))).await.json();
    assert_eq!(claim["status"], "rejected");
    assert_eq!(claim["rejection"], "no_partner_response");
    assert_eq!(claim["dispute_until"], "2027-01-01");
}

#[tokio::test]
async fn a_rejection_can_be_disputed_within_thirty_days() {
    let app = TestApp::new().await;
    let id = submitted(&app, "user-megan", "4810225").await;
    review(&app, &id, "start", json!({})).await;
    let rejected =
        review(&app, &id, "reject", json!({"reason": "poe_insufficient", "comment": "PoE is from 2023."})).await;
    assert_eq!(rejected.json()["claim"]["rejection"], "poe_insufficient");
    let uri = format!("/api/claims/{id}/dispute");
    let empty = app.send_as_admin(post(&uri, None, &json!({"comment": " "}))).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(empty.json()["code"], "reason_required");
    advance(&app, 30).await;
    let disputed = app.send_as_admin(post(&uri, None, &json!({"comment": "The 2026 SOW is attached."}))).await;
    assert_eq!(disputed.status, StatusCode::OK, "{}", String::from_utf8_lossy(&disputed.body));
    assert_eq!(disputed.json()["status"], "disputed");
    assert_eq!(review(&app, &id, "approve", json!({})).await.json()["claim"]["status"], "approved");

    let late = submitted(&app, "user-alex", "6100342").await;
    let alex = |b| app.send_as("user-alex", b);
    app.send_as(
        REVIEWER,
        post(&format!("/api/review/claims/{late}/reject"), None, &json!({"reason": "poe_insufficient"})),
    )
    .await;
    advance(&app, 31).await;
    let reply = alex(post(&format!("/api/claims/{late}/dispute"), None, &json!({"comment": "Too late?"}))).await;
    assert_eq!(reply.status, StatusCode::CONFLICT);
    assert_eq!(reply.json()["code"], "window_closed");
}

#[tokio::test]
async fn the_customer_can_decline_through_the_link_within_seven_days() {
    let app = TestApp::new().await;
    let id = submitted(&app, "user-megan", "4810225").await;
    review(&app, &id, "start", json!({})).await;
    let link = review(&app, &id, "approve", json!({})).await.json()["opt_out_url"].as_str().unwrap().to_owned();
    let api = format!("/api{link}");
    let shown = app.send(get(&api)).await.json();
    assert_eq!(shown["partner"], "Northwind Solutions");
    assert_eq!(shown["products"], json!(["Microsoft Teams"]));
    assert_eq!(shown["open_until"], "2026-12-01");
    assert_eq!(shown["declined"], false);
    let declined = app.send(post(&api, None, &json!({}))).await;
    assert_eq!(declined.status, StatusCode::OK);
    assert_eq!(declined.json()["declined"], true);
    assert_eq!(app.send(post(&api, None, &json!({}))).await.status, StatusCode::OK, "declining twice is harmless");
    let claim = app.send_as_admin(get(&format!("/api/claims/{id}"))).await.json();
    assert_eq!(claim["status"], "rejected");
    assert_eq!(claim["rejection"], "customer_declined");
    let dispute =
        app.send_as_admin(post(&format!("/api/claims/{id}/dispute"), None, &json!({"comment": "But…"}))).await;
    assert_eq!(dispute.json()["code"], "not_disputable");
    for bad in ["/api/opt-out/nope", "/api/opt-out/0000000000000000000000000000000000000000000000000000000000000000"] {
        assert_eq!(app.send(get(bad)).await.status, StatusCode::NOT_FOUND);
    }
}

#[tokio::test]
async fn arbitration_approves_one_and_tells_the_others_why() {
    let app = TestApp::new().await;
    let mine = submitted(&app, "user-megan", "4810225").await;
    let theirs = submitted(&app, "user-alex", "6100342").await;
    let view = app.send_as(REVIEWER, get(&format!("/api/review/claims/{mine}"))).await.json();
    assert_eq!(view["claim"]["in_arbitration"], true);
    assert_eq!(view["competing"][0]["id"], theirs.as_str());
    assert_eq!(view["competing"][0]["organisation"], "Adatum Partners");
    let decided =
        review(&app, &theirs, "win-arbitration", json!({"comment": "Adatum's PoE is signed and recent."})).await;
    assert_eq!(decided.status, StatusCode::OK, "{}", String::from_utf8_lossy(&decided.body));
    assert_eq!(decided.json()["claim"]["status"], "approved");
    let lost = app.send_as_admin(get(&format!("/api/claims/{mine}"))).await.json();
    assert_eq!(lost["status"], "rejected");
    assert_eq!(lost["rejection"], "competing_claim_approved");
    assert_eq!(lost["in_arbitration"], false);
    let told = app.send_as_admin(get(&format!("/api/claims/{mine}/comments"))).await.json();
    assert!(told["comments"][0]["body"].as_str().unwrap().contains("Adatum's PoE is signed and recent."));
    let again = review(&app, &theirs, "win-arbitration", json!({"comment": "again"})).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn competing_claims_show_the_day_each_was_first_submitted_by_the_servers_clock() {
    let app = TestApp::new().await;
    let mine = submitted(&app, "user-megan", "4810225").await;
    assert_eq!(advance(&app, 3).await["today"], "2026-11-27");
    let theirs = submitted(&app, "user-alex", "6100342").await;
    let view = app.send_as(REVIEWER, get(&format!("/api/review/claims/{mine}"))).await.json();
    assert_eq!(view["submitted_on"], "2026-11-24");
    assert_eq!(view["competing"][0]["id"], theirs.as_str());
    assert_eq!(view["competing"][0]["submitted_on"], "2026-11-27");
    // An information request and the answer do not make it a later claim.
    assert_eq!(review(&app, &mine, "start", json!({})).await.status, StatusCode::OK);
    let ask = json!({"reasons": ["poe_not_acknowledged"], "comment": "Which page is signed?"});
    let asked = review(&app, &mine, "request-information", ask).await;
    assert_eq!(asked.status, StatusCode::OK, "{}", String::from_utf8_lossy(&asked.body));
    advance(&app, 1).await;
    let answer = json!({"comment": "Page 2."});
    let answered = app.send_as("user-megan", post(&format!("/api/claims/{mine}/resubmit"), None, &answer)).await;
    assert_eq!(answered.status, StatusCode::OK, "{}", String::from_utf8_lossy(&answered.body));
    let view = app.send_as(REVIEWER, get(&format!("/api/review/claims/{theirs}"))).await.json();
    assert_eq!(view["competing"][0]["submitted_on"], "2026-11-24");
}

#[tokio::test]
async fn each_side_only_reaches_what_it_may() {
    let app = TestApp::new().await;
    let id = submitted(&app, "user-megan", "4810225").await;
    let reply = app.send_as_admin(post(&format!("/api/review/claims/{id}/approve"), None, &json!({}))).await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    assert_eq!(app.send_as_admin(get("/api/review/queue")).await.status, StatusCode::FORBIDDEN);
    let uri = format!("/api/claims/{id}/comments");
    let reply = app.send_as("user-alex", post(&uri, None, &json!({"body": "hello"}))).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert_eq!(app.send_as("user-alex", get(&format!("/api/claims/{id}/history"))).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.send_as("user-diego", get(&uri)).await.status, StatusCode::FORBIDDEN);
    // Reviewers read and write every claim's thread; HTML stays text.
    let html = "<script>alert('x')</script> <b>bold</b>";
    assert_eq!(app.send_as(REVIEWER, post(&uri, None, &json!({"body": html}))).await.status, StatusCode::CREATED);
    assert_eq!(app.send_as_admin(get(&uri)).await.json()["comments"][0]["body"], html);
    let control = app.send_as_admin(post(&uri, None, &json!({"body": "bell\u{7}"}))).await;
    assert_eq!(control.json()["code"], "text_character");
    let long = app.send_as_admin(post(&uri, None, &json!({"body": "x".repeat(4001)}))).await;
    assert_eq!(long.json()["code"], "text_too_long");
    // The demo clock exists only in demo mode, moves only for someone
    // signed in, and only forward.
    let clock = || post("/api/demo/clock", None, &json!({"days": 1}));
    assert_eq!(app.send(clock()).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        app.send_as_admin(post("/api/demo/clock", None, &json!({"days": 0}))).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let plain = TestApp::with_demo(false).await;
    let refused = plain.send_as_admin(clock()).await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    assert_eq!(refused.json()["code"], "not_found", "a problem body, not the app's page");
}

fn put(uri: &str, etag: &str, body: &Value) -> Request<Body> {
    Request::put(uri)
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::IF_MATCH, etag)
        .body(Body::from(body.to_string()))
        .unwrap()
}

fn offers(claim: &Value) -> Vec<&str> {
    claim["offers"].as_array().unwrap().iter().map(|o| o.as_str().unwrap()).collect()
}

#[tokio::test]
async fn the_claim_offers_exactly_what_its_rules_allow() {
    let app = TestApp::new().await;
    let id = submitted(&app, "user-megan", "4810225").await;
    let claim = app.send_as_admin(get(&format!("/api/claims/{id}"))).await.json();
    assert_eq!(offers(&claim), ["edit", "withdraw"]);
    review(&app, &id, "start", json!({})).await;
    let claim = app.send_as_admin(get(&format!("/api/claims/{id}"))).await.json();
    assert_eq!(offers(&claim), ["withdraw"]);
    let asked = review(&app, &id, "request-information", json!({"reasons": ["poe_missing"], "comment": "PoE?"})).await;
    assert_eq!(asked.status, StatusCode::OK, "{}", String::from_utf8_lossy(&asked.body));
    let claim = app.send_as_admin(get(&format!("/api/claims/{id}"))).await.json();
    assert_eq!(offers(&claim), ["edit", "resubmit", "withdraw"]);
    // Seeded: an eligible claim whose subscription expired and was renewed.
    let seeded = app.send_as_admin(get("/api/claims/CL-SEED00000002")).await.json();
    assert!(offers(&seeded).contains(&"reclaim"), "{seeded}");
}

#[tokio::test]
async fn a_dispute_can_rest_on_updated_proof_alone() {
    let app = TestApp::new().await;
    let id = submitted(&app, "user-megan", "4810225").await;
    review(&app, &id, "reject", json!({"reason": "poe_insufficient"})).await;
    let uri = format!("/api/claims/{id}/dispute");
    let empty = app.send_as_admin(post(&uri, None, &json!({}))).await;
    assert_eq!(empty.json()["code"], "reason_required");
    // Updated proof is accepted while the dispute window is open ...
    let file = app.send_as_admin(common::upload_request(&id, b"signed-sow-2026.pdf", common::PDF)).await;
    assert_eq!(file.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&file.body));
    let disputed = app.send_as_admin(post(&uri, None, &json!({}))).await;
    assert_eq!(disputed.status, StatusCode::OK, "{}", String::from_utf8_lossy(&disputed.body));
    assert_eq!(disputed.json()["status"], "disputed");
    // ... and refused once the claim is decided for good.
    review(&app, &id, "approve", json!({})).await;
    let late = app.send_as_admin(common::upload_request(&id, b"more.pdf", common::PDF)).await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    assert_eq!(late.json()["code"], "field_locked");
}

#[tokio::test]
async fn a_submitted_claim_is_edited_within_its_rules_and_checked_again() {
    let app = TestApp::new().await;
    let id = submitted(&app, "user-megan", "4810225").await;
    let uri = format!("/api/claims/{id}");
    let reply = app.send_as_admin(get(&uri)).await;
    let etag = reply.headers[header::ETAG].to_str().unwrap().to_owned();
    let mut input = reply.json()["input"].clone();

    // A locked answer stays locked.
    let mut renamed = input.clone();
    renamed["claim_name"] = json!("Another name");
    let reply = app.send_as_admin(put(&uri, &etag, &renamed)).await;
    assert_eq!(reply.json()["code"], "field_locked");

    // A product the customer doesn't have is refused, as at submission.
    let mut wrong = input.clone();
    wrong["products"] = json!([{"product_id": "m365-teams"}, {"product_id": "d365-sales"}]);
    let reply = app.send_as_admin(put(&uri, &etag, &wrong)).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", String::from_utf8_lossy(&reply.body));

    // An incomplete contact is listed like at submission.
    let mut blank = input.clone();
    blank["customer_contact"]["email"] = json!("");
    let reply = app.send_as_admin(put(&uri, &etag, &blank)).await;
    assert_eq!(reply.json()["code"], "claim_incomplete");

    // Adding a product: saved, and its exclusivity key recorded.
    input["products"] = json!([{"product_id": "m365-teams"}, {"product_id": "m365-e5"}]);
    input["partner_contact"]["email"] = json!("megan.bowen@northwind.example");
    let reply = app.send_as_admin(put(&uri, &etag, &input)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", String::from_utf8_lossy(&reply.body));
    let keys: Vec<(String,)> = sqlx::query_as("SELECT claim_key FROM claim_keys WHERE claim_id = $1 AND live = 1")
        .bind(&id)
        .fetch_all(&app.db)
        .await
        .unwrap();
    assert_eq!(keys.len(), 2, "{keys:?}");
    let history = app.send_as_admin(get(&format!("/api/claims/{id}/history"))).await.json();
    let fields: Vec<&str> = history["entries"].as_array().unwrap().iter().filter_map(|e| e["field"].as_str()).collect();
    assert!(fields.contains(&"products") && fields.contains(&"partner_contact.email"), "{fields:?}");
}

#[tokio::test]
async fn moving_off_a_contested_subscription_settles_the_arbitration() {
    let app = TestApp::new().await;
    let sales = |program: &str, subscription: &str| {
        let mut input = complete(program);
        input["solution_area"] = json!("business_applications");
        input["partner_role"] = json!("build_intent_advisor");
        input["products"] = json!([{"product_id": "d365-sales", "subscription_id": subscription}]);
        input["technical_contact"] = json!({"name": "Grace Hopper", "title": "IT lead", "email": "grace@contoso.com"});
        input
    };
    const C001: &str = "5a1e5000-0000-4000-8000-00000000c001";
    const C002: &str = "5a1e5000-0000-4000-8000-00000000c002";
    let mut ids = Vec::new();
    for (user, program) in [("user-megan", "4810225"), ("user-alex", "6100342")] {
        let reply = app.send_as(user, post("/api/claims", Some(&format!("c-{user}")), &sales(program, C001))).await;
        assert_eq!(reply.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&reply.body));
        let id = reply.json()["id"].as_str().unwrap().to_owned();
        app.send_as(user, common::upload_request(&id, b"acknowledgement.pdf", common::PDF)).await;
        let reply =
            app.send_as(user, post(&format!("/api/claims/{id}/submit"), Some(&format!("s-{id}")), &json!({}))).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", String::from_utf8_lossy(&reply.body));
        ids.push((user, id));
    }
    let flag = |v: Value| v["in_arbitration"].as_bool().unwrap();
    let (megan, alex) = (ids[0].1.clone(), ids[1].1.clone());
    assert!(flag(app.send_as("user-alex", get(&format!("/api/claims/{alex}"))).await.json()));

    // Megan's claim was for the other Sales subscription all along.
    let reply = app.send_as_admin(get(&format!("/api/claims/{megan}"))).await;
    let etag = reply.headers[header::ETAG].to_str().unwrap().to_owned();
    let reply = app.send_as_admin(put(&format!("/api/claims/{megan}"), &etag, &sales("4810225", C002))).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", String::from_utf8_lossy(&reply.body));
    assert!(!flag(reply.json()));
    assert!(!flag(app.send_as("user-alex", get(&format!("/api/claims/{alex}"))).await.json()));
    let (open,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM arbitrations WHERE claim_key LIKE $1 AND decided = 0")
        .bind(format!("%{C001}"))
        .fetch_one(&app.db)
        .await
        .unwrap();
    assert_eq!(open, 0);

    // Contested again, then one side withdraws: the other is no longer in
    // arbitration.
    let reply = app.send_as_admin(get(&format!("/api/claims/{megan}"))).await;
    let etag = reply.headers[header::ETAG].to_str().unwrap().to_owned();
    let reply = app.send_as_admin(put(&format!("/api/claims/{megan}"), &etag, &sales("4810225", C001))).await;
    assert!(flag(reply.json()));
    assert!(flag(app.send_as("user-alex", get(&format!("/api/claims/{alex}"))).await.json()));
    let withdraw = post(&format!("/api/claims/{megan}/withdraw"), None, &json!({"reason": "Claimed by mistake."}));
    assert_eq!(app.send_as_admin(withdraw).await.status, StatusCode::OK);
    assert!(!flag(app.send_as("user-alex", get(&format!("/api/claims/{alex}"))).await.json()));
}

#[tokio::test]
async fn status_changes_retried_with_their_key_are_replayed_not_refused() {
    let app = TestApp::new().await;
    let id = submitted(&app, "user-megan", "4810225").await;
    let keyed = |step: &str, key: &str, body: Value| post(&format!("/api/review/claims/{id}/{step}"), Some(key), &body);
    assert_eq!(app.send_as(REVIEWER, keyed("start", "start-1", json!({}))).await.status, StatusCode::OK);
    let reject = json!({"reason": "poe_insufficient", "comment": "The SOW isn't signed."});
    let first = app.send_as(REVIEWER, keyed("reject", "reject-1", reject.clone())).await;
    let again = app.send_as(REVIEWER, keyed("reject", "reject-1", reject)).await;
    assert_eq!((first.status, again.status), (StatusCode::OK, StatusCode::OK));
    assert_eq!(first.json(), again.json(), "the recorded answer");
    let other = app.send_as(REVIEWER, keyed("reject", "reject-1", json!({"reason": "poe_insufficient"}))).await;
    assert_eq!(other.json()["code"], "idempotency_key_reused");

    // A dispute resting on updated proof alone, retried after its answer
    // was lost, is replayed (its own status line is now the latest).
    let reply = app.send_as_admin(common::upload_request(&id, b"signed-sow.pdf", common::PDF)).await;
    assert_eq!(reply.status, StatusCode::CREATED);
    let dispute = || post(&format!("/api/claims/{id}/dispute"), Some("dispute-1"), &json!({}));
    let first = app.send_as_admin(dispute()).await;
    assert_eq!(first.status, StatusCode::OK, "{}", String::from_utf8_lossy(&first.body));
    let again = app.send_as_admin(dispute()).await;
    assert_eq!((again.status, again.json()), (StatusCode::OK, first.json()));
    let comments = app.send_as_admin(get(&format!("/api/claims/{id}/comments"))).await.json();
    assert_eq!(comments["comments"].as_array().unwrap().len(), 1, "the rejection's comment only: {comments}");
}
