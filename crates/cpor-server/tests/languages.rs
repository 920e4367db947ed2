//! Refusals in the reader's language: every detail a person reads, and each
//! answer problem of an incomplete claim, follows the request's
//! `Accept-Language`, with its values (IDs, names, dates, counts) in the
//! sentence; without the header the English stays as it was.

mod common;

use std::num::NonZeroU32;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::binary::{client, Api, Binary};
use common::{get, sales_claim, Reply, TestApp};
use cpor_server::limits::WriteRate;
use serde_json::{json, Value};

const CONTOSO: &str = "6a1f3c52-0b7e-4d2a-9f14-3c8e5b7d2a10";
const FABRIKAM: &str = "b2c4e6f8-1a3b-4c5d-8e7f-901a2b3c4d5e";
const UNKNOWN: &str = "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0";
const REVIEWER: &str = "user-isaiah";

fn key() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    format!("lang-{}-{}", std::process::id(), N.fetch_add(1, Ordering::Relaxed))
}

/// A JSON POST with a fresh Idempotency-Key, in `lang` when given.
fn post(uri: &str, body: &Value, lang: Option<&str>) -> Request<Body> {
    let mut b = Request::post(uri).header(header::CONTENT_TYPE, "application/json").header("idempotency-key", key());
    if let Some(lang) = lang {
        b = b.header(header::ACCEPT_LANGUAGE, lang);
    }
    b.body(Body::from(body.to_string())).unwrap()
}

/// `req` asking for `lang`.
fn in_lang(mut req: Request<Body>, lang: &str) -> Request<Body> {
    req.headers_mut().insert(header::ACCEPT_LANGUAGE, lang.parse().unwrap());
    req
}

/// The refusal's code and detail, checking its language header.
fn refusal(reply: &Reply, status: StatusCode, lang: &str) -> (String, String) {
    assert_eq!(reply.status, status, "{}", String::from_utf8_lossy(&reply.body));
    assert_eq!(reply.headers[header::CONTENT_LANGUAGE], lang);
    let body = reply.json();
    (body["code"].as_str().unwrap().to_owned(), body["detail"].as_str().unwrap().to_owned())
}

/// Creates a draft of `user` with `body`; its id.
async fn draft(app: &TestApp, user: &str, body: &Value) -> String {
    let reply = app.send_as(user, post("/api/claims", body, None)).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&reply.body));
    reply.json()["id"].as_str().unwrap().to_owned()
}

async fn with_proof(app: &TestApp, user: &str, id: &str) {
    let reply = app.send_as(user, common::upload_request(id, b"acknowledgement.pdf", common::PDF)).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&reply.body));
}

async fn submit(app: &TestApp, user: &str, id: &str, lang: Option<&str>) -> Reply {
    app.send_as(user, post(&format!("/api/claims/{id}/submit"), &json!({}), lang)).await
}

/// Megan's complete Sales claim with its proof, submitted; its id.
async fn submitted_sales_claim(app: &TestApp) -> String {
    let id = draft(app, "user-megan", &sales_claim("4810225")).await;
    with_proof(app, "user-megan", &id).await;
    assert_eq!(submit(app, "user-megan", &id, None).await.status, StatusCode::OK);
    id
}

#[tokio::test]
async fn checks_are_refused_in_the_readers_language_with_the_ids_in_the_sentence() {
    let app = TestApp::new().await;
    let check = |tenant: &str, domain: &str| json!({"tenant_id": tenant, "domain": domain});

    let en = app.send_as_admin(post("/api/checks/customer", &check(UNKNOWN, "contoso.com"), None)).await;
    let (code, detail) = refusal(&en, StatusCode::UNPROCESSABLE_ENTITY, "en");
    assert_eq!(
        (code.as_str(), detail),
        ("unknown_tenant", format!("There's no customer tenant with the ID {UNKNOWN}."))
    );
    let de = app.send_as_admin(post("/api/checks/customer", &check(UNKNOWN, "contoso.com"), Some("de-DE"))).await;
    let (code, detail) = refusal(&de, StatusCode::UNPROCESSABLE_ENTITY, "de");
    assert_eq!(
        (code.as_str(), detail),
        ("unknown_tenant", format!("Es gibt keinen Kundenmandanten mit der ID {UNKNOWN}."))
    );
    assert_eq!(de.json()["title"], "Wir haben keinen Kundenmandanten mit dieser ID gefunden.");

    let ja = app.send_as_admin(post("/api/checks/customer", &check(CONTOSO, "fabrikam.com"), Some("ja-JP,ja"))).await;
    let (code, detail) = refusal(&ja, StatusCode::UNPROCESSABLE_ENTITY, "ja");
    assert_eq!(
        (code.as_str(), detail),
        ("domain_tenant_mismatch", format!("fabrikam.com はテナント {CONTOSO} に属していません。"))
    );

    let body = json!({"tenant_id": CONTOSO, "product_id": "no-such-product"});
    let de = app.send_as_admin(post("/api/checks/subscription", &body, Some("de"))).await;
    let (code, detail) = refusal(&de, StatusCode::UNPROCESSABLE_ENTITY, "de");
    assert_eq!(
        (code.as_str(), detail.as_str()),
        ("unknown_product", "Das Produkt „no-such-product“ ist nicht im Katalog.")
    );
}

#[tokio::test]
async fn who_may_do_what_is_said_in_the_readers_language() {
    let app = TestApp::new().await;
    let de = app.send_as("user-diego", in_lang(get("/api/partner-programs"), "de")).await;
    let (code, detail) = refusal(&de, StatusCode::FORBIDDEN, "de");
    assert_eq!(code, "role_required");
    assert_eq!(
        detail,
        "Für Kundenzuordnungen benötigen Sie eine dieser Rollen: Globaler Administrator, Abrechnungsadministrator, \
         Incentives-Administrator. Bitten Sie Ihren globalen Administrator, Ihnen eine davon zuzuweisen."
    );
    let de = app.send_as(REVIEWER, post("/api/claims", &json!({}), Some("de"))).await;
    assert_eq!(refusal(&de, StatusCode::FORBIDDEN, "de").1, "Prüfer bewerten Ansprüche, erstellen aber keine.");
    let ja = app.send_as_admin(in_lang(get("/api/review/queue"), "ja")).await;
    assert_eq!(
        refusal(&ja, StatusCode::FORBIDDEN, "ja").1,
        "この操作を実行できるのは、Microsoft のレビュー担当者だけです。"
    );
    let ja = app.send(in_lang(get("/api/me"), "ja")).await;
    let (code, detail) = refusal(&ja, StatusCode::UNAUTHORIZED, "ja");
    assert_eq!(
        (code.as_str(), detail.as_str()),
        ("unauthenticated", "続行するにはサインインしてください。リクエストにベアラー トークンがありません。")
    );
    let en = app.send(get("/api/me")).await;
    assert_eq!(refusal(&en, StatusCode::UNAUTHORIZED, "en").1, "Sign in to continue: the request has no bearer token.");
}

#[tokio::test]
async fn a_claim_already_held_is_a_conflict_in_the_readers_language() {
    let app = TestApp::new().await;
    submitted_sales_claim(&app).await;
    let again = draft(&app, "user-lee", &sales_claim("4810225")).await;
    with_proof(&app, "user-lee", &again).await;
    let de = submit(&app, "user-lee", &again, Some("de-CH, de;q=0.9, en;q=0.8")).await;
    let (code, detail) = refusal(&de, StatusCode::CONFLICT, "de");
    assert_eq!(
        (code.as_str(), detail.as_str()),
        ("already_claimed", "Ihr Unternehmen hat für diesen Kunden bereits einen aktiven Anspruch auf dieses Produkt.")
    );
    let en = submit(&app, "user-lee", &again, None).await;
    assert_eq!(
        refusal(&en, StatusCode::CONFLICT, "en").1,
        "Your company already has a live claim on this product for this customer."
    );
}

#[tokio::test]
async fn an_incomplete_claims_problems_are_each_worded_in_the_readers_language() {
    let app = TestApp::new().await;
    let id = draft(&app, "user-megan", &json!({"claim_name": "Half done", "tenant_id": CONTOSO})).await;
    let en = submit(&app, "user-megan", &id, None).await;
    let de = submit(&app, "user-megan", &id, Some("de")).await;
    let ja = submit(&app, "user-megan", &id, Some("ja")).await;
    let problems = |reply: &Reply| reply.json()["problems"].as_array().unwrap().clone();
    let (en_problems, de_problems, ja_problems) = (problems(&en), problems(&de), problems(&ja));
    let n = en_problems.len();
    assert!(n > 5, "{en_problems:?}");

    let (code, detail) = refusal(&en, StatusCode::UNPROCESSABLE_ENTITY, "en");
    assert_eq!(
        (code.as_str(), detail),
        ("claim_incomplete", format!("{n} answers need attention before this claim can be submitted."))
    );
    assert_eq!(
        refusal(&de, StatusCode::UNPROCESSABLE_ENTITY, "de").1,
        format!("{n} Angaben müssen noch korrigiert werden, bevor dieser Anspruch eingereicht werden kann.")
    );
    assert_eq!(
        refusal(&ja, StatusCode::UNPROCESSABLE_ENTITY, "ja").1,
        format!("この申請を送信するには、{n} 件の回答を修正する必要があります。")
    );

    // The same problems, in the same order, with the same paths and codes:
    // only each message is in the reader's language.
    for (lang, worded) in [("de", &de_problems), ("ja", &ja_problems)] {
        assert_eq!(worded.len(), n, "{lang}");
        for (e, w) in en_problems.iter().zip(worded) {
            assert_eq!((&e["path"], &e["code"]), (&w["path"], &w["code"]), "{lang}");
            let (e, w) = (e["message"].as_str().unwrap(), w["message"].as_str().unwrap());
            assert!(!w.is_empty() && w != e, "{lang}: {w:?} is the English {e:?}");
        }
    }
    let message = |problems: &[Value], path: &str| {
        problems.iter().find(|p| p["path"] == path).map(|p| p["message"].as_str().unwrap().to_owned()).unwrap()
    };
    assert_eq!(message(&en_problems, "domain"), "Enter the customer domain.");
    assert_eq!(message(&de_problems, "domain"), "Geben Sie die Domäne des Kunden ein.");
    assert_eq!(message(&ja_problems, "domain"), "顧客のドメインを入力してください。");
    assert_eq!(message(&de_problems, "solution_area"), "Wählen Sie den Lösungsbereich aus.");
    assert_eq!(
        message(&de_problems, "proof_of_execution"),
        "Fügen Sie mindestens ein Dokument als Ausführungsnachweis hinzu."
    );
    assert_eq!(message(&de_problems, "customer_contact.email"), "Geben Sie die E-Mail-Adresse des Kundenkontakts ein.");
}

#[tokio::test]
async fn rules_refusing_a_submission_are_worded_with_their_names_and_dates() {
    let app = TestApp::new().await;
    // Fabrikam bought through CSP: the Business Applications role is closed.
    let mut csp = sales_claim("4810225");
    csp["tenant_id"] = json!(FABRIKAM);
    csp["domain"] = json!("fabrikam.com");
    csp["products"] = json!([{"product_id": "d365-sales"}]);
    let id = draft(&app, "user-megan", &csp).await;
    with_proof(&app, "user-megan", &id).await;
    let de = submit(&app, "user-megan", &id, Some("de")).await;
    let (code, detail) = refusal(&de, StatusCode::UNPROCESSABLE_ENTITY, "de");
    assert_eq!(code, "role_closed");
    assert_eq!(
        detail,
        "Nicht verfügbar: Dieser Kunde hat über CSP gekauft. Rollen für Business Applications gelten nur für Käufe \
         über einen Volumenlizenzvertrag oder Web-Direct; CSP-Zuordnungen sind ein anderes Programm."
    );

    // A subscription provisioned days ago: the product's name, then the
    // rule's sentence with its date, each in the reader's language.
    let mut recent = sales_claim("4810225");
    recent["products"] = json!([{"product_id": "d365-customer-service"}]);
    let id = draft(&app, "user-megan", &recent).await;
    with_proof(&app, "user-megan", &id).await;
    let en = submit(&app, "user-megan", &id, None).await;
    let (code, english) = refusal(&en, StatusCode::UNPROCESSABLE_ENTITY, "en");
    assert_eq!(code, "subscription_provisioned_recently");
    let (product, _) = english.split_once(": ").unwrap();
    assert!(english.ends_with("You can claim it from 29 November 2026."), "{english}");
    let de = submit(&app, "user-megan", &id, Some("de")).await;
    let (_, detail) = refusal(&de, StatusCode::UNPROCESSABLE_ENTITY, "de");
    assert_eq!(
        detail,
        format!(
            "{product}: Dieses Abonnement wurde vor weniger als 7 Tagen bereitgestellt. Sie können es ab dem \
             29. November 2026 beanspruchen."
        )
    );
    let ja = submit(&app, "user-megan", &id, Some("ja")).await;
    let (_, detail) = refusal(&ja, StatusCode::UNPROCESSABLE_ENTITY, "ja");
    assert_eq!(
        detail,
        format!(
            "{product}: このサブスクリプションは、プロビジョニングされてから 7 日経っていません。2026年11月29日から申請できます。"
        )
    );
    assert_eq!(de.json()["claimable_from"], "2026-11-29");
}

#[tokio::test]
async fn editing_and_deleting_refusals_name_the_status_in_the_readers_language() {
    let app = TestApp::new().await;
    let id = submitted_sales_claim(&app).await;
    let delete = |lang: &'static str| {
        let req = Request::delete(format!("/api/claims/{id}")).body(Body::empty()).unwrap();
        app.send_as_admin(in_lang(req, lang))
    };
    let (code, detail) = refusal(&delete("de").await, StatusCode::CONFLICT, "de");
    assert_eq!(code, "wrong_status");
    assert_eq!(
        detail,
        "Nur Entwürfe können gelöscht werden; dieser Anspruch hat den Status „Eingereicht“. Ziehen Sie ihn stattdessen \
         zurück."
    );
    let (_, detail) = refusal(&delete("en").await, StatusCode::CONFLICT, "en");
    assert_eq!(detail, "Only drafts can be deleted; this claim's status is “Submitted”. Withdraw it instead.");

    // The customer and the claim name are locked once submitted: both named.
    let claim = app.send_as_admin(get(&format!("/api/claims/{id}"))).await;
    let etag = claim.headers[header::ETAG].to_str().unwrap().to_owned();
    let mut changed = sales_claim("4810225");
    changed["claim_name"] = json!("Another name");
    changed["domain"] = json!("contoso.onmicrosoft.com");
    let put = |lang: &'static str| {
        let req = Request::put(format!("/api/claims/{id}"))
            .header(header::CONTENT_TYPE, "application/json")
            .header(header::IF_MATCH, &etag)
            .header(header::ACCEPT_LANGUAGE, lang)
            .body(Body::from(changed.to_string()))
            .unwrap();
        app.send_as_admin(req)
    };
    let (code, detail) = refusal(&put("en").await, StatusCode::UNPROCESSABLE_ENTITY, "en");
    assert_eq!(code, "field_locked");
    assert_eq!(detail, "These answers can't change once submitted: customer, claim name.");
    let (_, detail) = refusal(&put("ja").await, StatusCode::UNPROCESSABLE_ENTITY, "ja");
    assert_eq!(detail, "次の回答は送信後に変更できません: 顧客、申請名");
}

#[tokio::test]
async fn an_unknown_opt_out_link_is_explained_in_the_customers_language() {
    let app = TestApp::new().await;
    let link = "/api/opt-out/nope";
    let (code, detail) = refusal(&app.send(get(link)).await, StatusCode::NOT_FOUND, "en");
    assert_eq!((code.as_str(), detail.as_str()), ("not_found", "This link isn't valid. Check it in your email."));
    let (_, detail) = refusal(&app.send(in_lang(get(link), "de")).await, StatusCode::NOT_FOUND, "de");
    assert_eq!(detail, "Dieser Link ist ungültig. Prüfen Sie ihn in Ihrer E-Mail.");
    let (_, detail) = refusal(&app.send(in_lang(get(link), "fr-CA")).await, StatusCode::NOT_FOUND, "fr");
    assert_eq!(detail, "Ce lien n'est pas valide. Vérifiez-le dans votre e-mail.");
    let (_, detail) = refusal(&app.send(in_lang(get(link), "ja")).await, StatusCode::NOT_FOUND, "ja");
    assert_eq!(detail, "このリンクは無効です。メールでリンクを確認してください。");
}

#[tokio::test]
async fn too_many_changes_says_how_long_to_wait_in_the_readers_language() {
    let one = NonZeroU32::new(1).unwrap();
    let app = TestApp::with(true, WriteRate { per_second: one, burst: one }).await;
    assert_eq!(app.send_as_admin(post("/api/claims", &json!({}), None)).await.status, StatusCode::CREATED);
    let de = app.send_as_admin(post("/api/claims", &json!({}), Some("de"))).await;
    let (code, detail) = refusal(&de, StatusCode::TOO_MANY_REQUESTS, "de");
    assert_eq!(code, "too_many_requests");
    let wait = de.headers[header::RETRY_AFTER].to_str().unwrap().to_owned();
    let unit = if wait == "1" { "Sekunde" } else { "Sekunden" };
    assert_eq!(detail, format!("Zu viele Änderungen auf einmal. Versuchen Sie es in {wait} {unit} erneut."));
    let en = app.send_as_admin(post("/api/claims", &json!({}), None)).await;
    let (_, detail) = refusal(&en, StatusCode::TOO_MANY_REQUESTS, "en");
    let wait = en.headers[header::RETRY_AFTER].to_str().unwrap().to_owned();
    let unit = if wait == "1" { "second" } else { "seconds" };
    assert_eq!(detail, format!("Too many changes at once. Try again in {wait} {unit}."));
}

#[tokio::test]
async fn a_missing_reason_names_what_is_missing_in_the_readers_language() {
    let app = TestApp::new().await;
    let id = submitted_sales_claim(&app).await;
    let withdraw = |lang: Option<&str>| {
        app.send_as_admin(post(&format!("/api/claims/{id}/withdraw"), &json!({"reason": " "}), lang))
    };
    let (code, detail) = refusal(&withdraw(Some("de")).await, StatusCode::UNPROCESSABLE_ENTITY, "de");
    assert_eq!(code, "reason_required");
    assert_eq!(detail, "„Grund“ fehlt: Schreiben Sie ein paar Worte dazu.");
    let (_, detail) = refusal(&withdraw(None).await, StatusCode::UNPROCESSABLE_ENTITY, "en");
    assert_eq!(detail, "The reason is missing: write a few words.");
}

/// The real server binary words its refusals in Japanese when asked, and
/// keeps its English otherwise.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_binary_answers_in_the_asked_language() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Binary::new(dir.path()).args(&["--demo"]);
    server.start_with(&["--fresh"]);
    let base = server.base();
    let api = Api::new(&base, 20);
    let http = client(20);
    let check = |lang: &'static str| {
        let http = http.clone();
        let (base, api) = (base.clone(), api.clone());
        async move {
            let res = http
                .post(format!("{base}/api/checks/customer"))
                .header("authorization", api.bearer("user-megan").await.unwrap())
                .header("accept-language", lang)
                .json(&json!({"tenant_id": UNKNOWN, "domain": "contoso.com"}))
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), 422);
            assert_eq!(res.headers()["content-language"], lang.split(['-', ',']).next().unwrap());
            res.json::<Value>().await.unwrap()
        }
    };
    let ja = check("ja-JP,ja;q=0.9,en-US;q=0.8").await;
    assert_eq!(ja["code"], "unknown_tenant");
    assert_eq!(ja["detail"], format!("ID が {UNKNOWN} の顧客テナントはありません。"));
    assert_eq!(ja["title"], "この ID の顧客テナントが見つかりません。");
    let en = check("en").await;
    assert_eq!(en["detail"], format!("There's no customer tenant with the ID {UNKNOWN}."));
    let res = http.get(format!("{base}/api/opt-out/nope")).header("accept-language", "ja").send().await.unwrap();
    assert_eq!(res.status(), 404);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["detail"], "このリンクは無効です。メールでリンクを確認してください。");
}

#[tokio::test]
async fn a_closed_opt_out_window_gives_its_date_in_the_customers_language() {
    let app = TestApp::new().await;
    let id = submitted_sales_claim(&app).await;
    let review = |step: &str| app.send_as(REVIEWER, post(&format!("/api/review/claims/{id}/{step}"), &json!({}), None));
    assert_eq!(review("start").await.status, StatusCode::OK);
    let approved = review("approve").await.json();
    let link = format!("/api{}", approved["opt_out_url"].as_str().unwrap());
    let while_open = app.send(get(&link)).await.json()["open_until"].as_str().unwrap().to_owned();
    let moved = app.send_as(REVIEWER, post("/api/demo/clock", &json!({"days": 10}), None)).await;
    assert_eq!(moved.status, StatusCode::OK);
    // The day the link says the window closed, in December 2026: the one
    // it gave while open (the claim is eligible now, its status date later).
    let open_until = app.send(get(&link)).await.json()["open_until"].as_str().unwrap().to_owned();
    assert_eq!(open_until, while_open);
    let day: u32 = open_until.strip_prefix("2026-12-").unwrap().parse().unwrap();
    let en = app.send(post(&link, &json!({}), None)).await;
    let (code, detail) = refusal(&en, StatusCode::CONFLICT, "en");
    assert_eq!(code, "window_closed");
    assert_eq!(
        detail,
        format!("This association can no longer be declined: that was possible until {day} December 2026.")
    );
    let de = app.send(post(&link, &json!({}), Some("de"))).await;
    assert_eq!(
        refusal(&de, StatusCode::CONFLICT, "de").1,
        format!("Diese Zuordnung kann nicht mehr abgelehnt werden: Das war bis zum {day}. Dezember 2026 möglich.")
    );
    let ja = app.send(post(&link, &json!({}), Some("ja"))).await;
    assert_eq!(
        refusal(&ja, StatusCode::CONFLICT, "ja").1,
        format!("この関連付けはもう拒否できません。拒否できたのは 2026年12月{day}日までです。")
    );
}
