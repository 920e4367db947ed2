//! Tokens of a real identity provider, as a partner dashboard would send
//! them: an OpenID Connect issuer on loopback (Microsoft Entra ID's shape:
//! a multi-tenant `iss` with the tenant in it, a discovery document, a
//! JWKS, RS256 keys, `tid`, `wids`, `roles`) trusted by the real server
//! binary through its identity file. Every way a token can be wrong is
//! refused with 401 (never 5xx); key rotation needs no restart; a JWKS
//! outage leaves the cached keys working; the tenant maps to the partner
//! organisation and the token's roles to the service's roles; host pages
//! on the configured origins only get CORS answers.

mod common;

use std::collections::HashSet;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use common::binary::{client, Binary};
use cpor_server::auth::mapping::{ENTRA_BILLING_ADMINISTRATOR, ENTRA_GLOBAL_ADMINISTRATOR};
use jsonwebtoken::{encode, Algorithm, EncodingKey, Header};
use serde_json::{json, Value};

const TENANT: &str = "3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a";
const STRANGER: &str = "99999999-8f7e-4d6c-9b5a-4f3e2d1c0b9a";
const AUDIENCE: &str = "api://cpor-claims";
const HOST: &str = "https://dashboard.fourthcoffee.example";

const KEY_1: &str = include_str!("fixtures/issuer-key-1.pem");
const KEY_2: &str = include_str!("fixtures/issuer-key-2.pem");
const PUBLIC_1: &str = include_str!("fixtures/issuer-key-1.pub.pem");
const JWK_1: &str = include_str!("fixtures/issuer-key-1.jwk.json");
const JWK_2: &str = include_str!("fixtures/issuer-key-2.jwk.json");

/// The identity provider: its key set can be changed and taken down, and
/// it counts how often the key set is fetched.
struct Provider {
    base: String,
    keys: Mutex<Vec<Value>>,
    down: AtomicBool,
    fetches: AtomicUsize,
    /// How long the key set takes to answer, in milliseconds.
    slow_ms: AtomicU64,
}

async fn discovery(State(p): State<Arc<Provider>>) -> Json<Value> {
    Json(json!({
        "issuer": format!("{}/{{tenantid}}/v2.0", p.base),
        "jwks_uri": format!("{}/discovery/v2.0/keys", p.base),
        "id_token_signing_alg_values_supported": ["RS256"],
    }))
}

async fn keys(State(p): State<Arc<Provider>>) -> Response {
    p.fetches.fetch_add(1, Ordering::SeqCst);
    tokio::time::sleep(Duration::from_millis(p.slow_ms.load(Ordering::SeqCst))).await;
    if p.down.load(Ordering::SeqCst) {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    Json(json!({"keys": p.keys.lock().unwrap().clone()})).into_response()
}

async fn provider() -> Arc<Provider> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr: SocketAddr = listener.local_addr().unwrap();
    let p = Arc::new(Provider {
        base: format!("http://{addr}"),
        keys: Mutex::new(vec![serde_json::from_str(JWK_1).unwrap()]),
        down: AtomicBool::new(false),
        fetches: AtomicUsize::new(0),
        slow_ms: AtomicU64::new(0),
    });
    let app = Router::new()
        .route("/organizations/v2.0/.well-known/openid-configuration", get(discovery))
        .route("/discovery/v2.0/keys", get(keys))
        .with_state(p.clone());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    p
}

fn identity_file(dir: &std::path::Path, p: &Provider) -> std::path::PathBuf {
    let path = dir.join("identity.toml");
    std::fs::write(
        &path,
        format!(
            r#"
[[issuer]]
name = "entra"
issuer = "{base}/{{tenantid}}/v2.0"
discovery = "{base}/organizations/v2.0/.well-known/openid-configuration"
audience = "{AUDIENCE}"

[[organisation]]
id = "org-fourth-coffee"
name = "Fourth Coffee Partners"
tenant = "{TENANT}"

[[organisation.program]]
id = "5500123"
name = "Fourth Coffee Partners Seattle"
country = "United States"
enrolled = true
partner_type = "Solutions Partner"
"#,
            base = p.base
        ),
    )
    .unwrap();
    path
}

fn now() -> u64 {
    cpor_server::auth::now()
}

/// The claims of a good token for `sub` of `tid` in `p`'s shape.
fn claims(p: &Provider, tid: &str, sub: &str) -> Value {
    let now = now();
    json!({
        "iss": format!("{}/{tid}/v2.0", p.base), "aud": AUDIENCE, "sub": sub, "tid": tid,
        "iat": now, "nbf": now, "exp": now + 3600,
        "name": "Sara Davis", "preferred_username": "sara@fourthcoffee.example",
    })
}

fn sign(kid: &str, key: &str, claims: &Value) -> String {
    let mut header = Header::new(Algorithm::RS256);
    header.kid = Some(kid.to_owned());
    encode(&header, claims, &EncodingKey::from_rsa_pem(key.as_bytes()).unwrap()).unwrap()
}

async fn me(server: &Binary, token: &str) -> (u16, Value) {
    let res = client(10).get(format!("{}/api/me", server.base())).bearer_auth(token).send().await.unwrap();
    (res.status().as_u16(), res.json().await.unwrap_or(Value::Null))
}

async fn started(dir: &std::path::Path, p: &Provider, extra: &[&str]) -> Binary {
    let identity = identity_file(dir, p);
    let mut server = Binary::new(dir)
        .args(&["--identity", identity.to_str().unwrap(), "--max-token-lifetime-secs", "7200"])
        .args(&["--allowed-origin", HOST])
        .args(extra);
    server.start_with(&["--fresh"]);
    server
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_good_token_signs_in_and_every_bad_one_is_401() {
    let p = provider().await;
    let dir = tempfile::tempdir().unwrap();
    let server = started(dir.path(), &p, &[]).await;
    let mut good = claims(&p, TENANT, "sara");
    good["wids"] = json!([ENTRA_GLOBAL_ADMINISTRATOR]);
    let (status, body) = me(&server, &sign("issuer-key-1", KEY_1, &good)).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        (&body["name"], &body["role"], &body["organisation"]),
        (&json!("Sara Davis"), &json!("global_admin"), &json!("org-fourth-coffee"))
    );
    assert_eq!(body["email"], "sara@fourthcoffee.example");

    let now = now();
    let mut wrong: Vec<(&str, String)> = Vec::new();
    let with = |f: &dyn Fn(&mut Value)| {
        let mut c = good.clone();
        f(&mut c);
        sign("issuer-key-1", KEY_1, &c)
    };
    wrong.push(("expired", with(&|c| c["exp"] = json!(now - 120))));
    wrong.push(("not yet valid", with(&|c| c["nbf"] = json!(now + 600))));
    wrong.push(("another audience", with(&|c| c["aud"] = json!("api://someone-else"))));
    wrong.push(("another issuer", with(&|c| c["iss"] = json!("https://login.evil.example/v2.0"))));
    wrong.push(("issuer of another tenant", with(&|c| c["iss"] = json!(format!("{}/{STRANGER}/v2.0", p.base)))));
    wrong.push(("too long a life", with(&|c| c["exp"] = json!(now + 3 * 3600))));
    wrong.push((
        "issued in the future",
        with(&|c| {
            c["iat"] = json!(now + 3600);
            c["exp"] = json!(now + 5400);
        }),
    ));
    wrong.push((
        "no subject",
        with(&|c| {
            c.as_object_mut().unwrap().remove("sub");
        }),
    ));
    // Signed by a key the issuer never published.
    wrong.push(("unknown key", sign("issuer-key-1", KEY_2, &good)));
    // `alg: none`, and HS256 "signed" with the issuer's public key.
    let b64 = |v: &Value| {
        use base64::Engine as _;
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string())
    };
    let none = format!("{}.{}.", b64(&json!({"alg": "none", "typ": "JWT", "kid": "issuer-key-1"})), b64(&good));
    wrong.push(("alg none", none));
    let mut hs = Header::new(Algorithm::HS256);
    hs.kid = Some("issuer-key-1".into());
    wrong.push((
        "HS256 with the public key",
        encode(&hs, &good, &EncodingKey::from_secret(PUBLIC_1.as_bytes()).unwrap()).unwrap(),
    ));
    let mut tampered = sign("issuer-key-1", KEY_1, &good);
    tampered.insert_str(tampered.rfind('.').unwrap() + 1, "AA");
    wrong.push(("tampered signature", tampered));
    wrong.push(("not a token", "not.a.token".to_owned()));
    for (what, token) in wrong {
        let (status, body) = me(&server, &token).await;
        assert_eq!((status, &body["code"]), (401, &json!("unauthenticated")), "{what}: {body}");
    }
    let mut expired = good.clone();
    expired["exp"] = json!(now - 120);
    assert_eq!(
        me(&server, &sign("issuer-key-1", KEY_1, &expired)).await.1["detail"],
        "Your sign-in has expired. Sign in again."
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn roles_come_from_the_token_and_an_unknown_tenant_is_told_why() {
    let p = provider().await;
    let dir = tempfile::tempdir().unwrap();
    let server = started(dir.path(), &p, &[]).await;
    let cases = [
        ("gina", json!({"wids": [ENTRA_GLOBAL_ADMINISTRATOR]}), "global_admin", true, false),
        ("bill", json!({"wids": [ENTRA_BILLING_ADMINISTRATOR]}), "billing_admin", true, false),
        ("ines", json!({"roles": ["Incentives.Admin"]}), "incentives_admin", true, false),
        ("otto", json!({"wids": ["some-other-directory-role"]}), "other_partner_role", false, false),
        ("rita", json!({"roles": ["Claims.Reviewer"]}), "reviewer", false, true),
    ];
    for (sub, extra, role, can_claim, can_review) in cases {
        let mut c = claims(&p, TENANT, sub);
        c.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        let (status, body) = me(&server, &sign("issuer-key-1", KEY_1, &c)).await;
        assert_eq!(status, 200, "{sub}: {body}");
        assert_eq!(
            (&body["role"], &body["can_claim"], &body["can_review"]),
            (&json!(role), &json!(can_claim), &json!(can_review)),
            "{sub}"
        );
    }
    // A claiming role of a tenant nobody registered: 403, with why.
    let mut c = claims(&p, STRANGER, "zoe");
    c["wids"] = json!([ENTRA_GLOBAL_ADMINISTRATOR]);
    let (status, body) = me(&server, &sign("issuer-key-1", KEY_1, &c)).await;
    assert_eq!((status, &body["code"]), (403, &json!("tenant_not_registered")), "{body}");
    assert!(body["detail"].as_str().unwrap().contains(STRANGER), "{body}");
    // The incentives admin's claim flow works end to end with the token.
    let mut c = claims(&p, TENANT, "ines");
    c["roles"] = json!(["Incentives.Admin"]);
    let token = sign("issuer-key-1", KEY_1, &c);
    let programs =
        client(10).get(format!("{}/api/partner-programs", server.base())).bearer_auth(&token).send().await.unwrap();
    let programs: Value = programs.json().await.unwrap();
    assert_eq!(programs["programs"][0]["id"], "5500123");
    let created = client(10)
        .post(format!("{}/api/claims", server.base()))
        .bearer_auth(&token)
        .header("idempotency-key", "ines-1")
        .json(&json!({"claim_name": "First claim"}))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), 201);
    let id = created.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
    let history: Value = client(10)
        .get(format!("{}/api/claims/{id}/history", server.base()))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(history["entries"][0]["actor_name"], "Sara Davis", "the token's name is recorded");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn first_requests_of_a_new_user_at_once_agree_on_their_id() {
    let p = provider().await;
    let dir = tempfile::tempdir().unwrap();
    // Every first request waits after finding the user unknown, so all of
    // them find it unknown.
    let identity = identity_file(dir.path(), &p);
    let mut server = Binary::new(dir.path())
        .args(&["--identity", identity.to_str().unwrap(), "--max-token-lifetime-secs", "7200"])
        .env("FAILPOINTS", "identify::before_save=return(500)");
    server.start_with(&["--fresh"]);
    let mut c = claims(&p, TENANT, "first-visit");
    c["wids"] = json!([ENTRA_GLOBAL_ADMINISTRATOR]);
    let token = sign("issuer-key-1", KEY_1, &c);
    // The app asks for the user and the list at once on a first visit.
    let answers = futures_util::future::join_all((0..8).map(|_| me(&server, &token))).await;
    let ids: HashSet<String> = answers.iter().map(|(_, body)| body["id"].as_str().unwrap().to_owned()).collect();
    assert_eq!(ids.len(), 1, "{answers:?}");
    let (_, again) = me(&server, &token).await;
    assert_eq!(ids.into_iter().next().unwrap(), again["id"].as_str().unwrap());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_given_up_while_the_keys_are_fetched_locks_nobody_out() {
    // A browser reloading the page drops its first requests while the
    // server is fetching the issuer's keys for them. The next requests
    // must still be let in, not refused until the next fetch is allowed.
    let p = provider().await;
    p.slow_ms.store(1500, Ordering::SeqCst);
    let dir = tempfile::tempdir().unwrap();
    let server = started(dir.path(), &p, &[]).await;
    let mut c = claims(&p, TENANT, "reloading");
    c["wids"] = json!([ENTRA_GLOBAL_ADMINISTRATOR]);
    let token = sign("issuer-key-1", KEY_1, &c);
    let given_up = reqwest::Client::builder()
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap()
        .get(format!("{}/api/me", server.base()))
        .bearer_auth(&token)
        .send()
        .await;
    assert!(given_up.is_err_and(|e| e.is_timeout()), "the first request is given up mid-fetch");
    assert_eq!(p.fetches.load(Ordering::SeqCst), 1, "it had reached the key set");
    tokio::time::sleep(Duration::from_millis(1500)).await;
    p.slow_ms.store(0, Ordering::SeqCst);
    let (status, body) = me(&server, &token).await;
    assert_eq!(status, 200, "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keys_rotate_without_a_restart_and_an_outage_keeps_the_cached_ones() {
    let p = provider().await;
    let dir = tempfile::tempdir().unwrap();
    let server = started(dir.path(), &p, &["--keys-min-refresh-secs", "2"]).await;
    let mut c = claims(&p, TENANT, "sara");
    c["wids"] = json!([ENTRA_GLOBAL_ADMINISTRATOR]);
    let old = sign("issuer-key-1", KEY_1, &c);
    let new = sign("issuer-key-2", KEY_2, &c);
    assert_eq!(me(&server, &old).await.0, 200);
    assert_eq!(me(&server, &new).await.0, 401, "key 2 isn't published yet");
    // The issuer rotates: key 2 published, key 1 gone.
    *p.keys.lock().unwrap() = vec![serde_json::from_str(JWK_2).unwrap()];
    tokio::time::sleep(Duration::from_millis(2100)).await;
    let fetched = p.fetches.load(Ordering::SeqCst);
    assert_eq!(me(&server, &new).await.0, 200, "the new key is fetched when a token names it");
    assert_eq!(p.fetches.load(Ordering::SeqCst), fetched + 1);
    assert_eq!(me(&server, &old).await.0, 401, "the retired key no longer signs in");
    // A burst of unknown keys fetches the key set at most once per period.
    let before = p.fetches.load(Ordering::SeqCst);
    for i in 0..20 {
        let stranger = sign(&format!("made-up-{i}"), KEY_2, &c);
        assert_eq!(me(&server, &stranger).await.0, 401);
    }
    assert!(p.fetches.load(Ordering::SeqCst) - before <= 1, "rate-limited");
    // The key set goes down: the cached key keeps working; a key never
    // seen is refused with 401, never 5xx.
    p.down.store(true, Ordering::SeqCst);
    tokio::time::sleep(Duration::from_millis(2100)).await;
    assert_eq!(me(&server, &new).await.0, 200, "cached keys keep working");
    let (status, body) = me(&server, &sign("issuer-key-3", KEY_1, &c)).await;
    assert_eq!((status, &body["code"]), (401, &json!("unauthenticated")), "{body}");
    assert_eq!(body["detail"], "Your sign-in can't be checked right now. Try again in a minute.");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn host_pages_on_the_configured_origins_only_get_cors_answers() {
    let p = provider().await;
    let dir = tempfile::tempdir().unwrap();
    let server = started(dir.path(), &p, &[]).await;
    let preflight = |origin: &'static str| {
        client(10)
            .request(reqwest::Method::OPTIONS, format!("{}/api/claims", server.base()))
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .header("access-control-request-headers", "authorization, content-type, idempotency-key")
            .send()
    };
    let allowed = preflight(HOST).await.unwrap();
    assert!(allowed.status().is_success(), "{}", allowed.status());
    let h = allowed.headers();
    assert_eq!(h["access-control-allow-origin"], HOST);
    let headers = h["access-control-allow-headers"].to_str().unwrap().to_lowercase();
    assert!(headers.contains("authorization") && headers.contains("idempotency-key"), "{headers}");
    assert!(h.get("access-control-allow-credentials").is_none(), "bearer tokens, no cookies");
    let other = preflight("https://evil.example").await.unwrap();
    assert!(other.headers().get("access-control-allow-origin").is_none());
    // A real request from the host page gets the header and can read the
    // response's ETag.
    let mut c = claims(&p, TENANT, "sara");
    c["wids"] = json!([ENTRA_GLOBAL_ADMINISTRATOR]);
    let res = client(10)
        .get(format!("{}/api/me", server.base()))
        .header("origin", HOST)
        .bearer_auth(sign("issuer-key-1", KEY_1, &c))
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["access-control-allow-origin"], HOST);
    assert!(res.headers()["access-control-expose-headers"].to_str().unwrap().to_lowercase().contains("etag"));

    // The app's own files: shared with the host page through CORS, kept
    // same-origin for everyone else (a request without an origin included).
    std::fs::write(dir.path().join("dist/cpor-embed.js"), "export const mount = 1;").unwrap();
    let asset = |origin: Option<&'static str>| {
        let req = client(10).get(format!("{}/cpor-embed.js", server.base()));
        match origin {
            Some(o) => req.header("origin", o),
            None => req,
        }
        .send()
    };
    let shared = asset(Some(HOST)).await.unwrap();
    assert_eq!(shared.status(), 200);
    assert_eq!(shared.headers()["access-control-allow-origin"], HOST);
    assert_eq!(shared.headers()["cross-origin-resource-policy"], "cross-origin");
    assert!(shared.headers()["vary"].to_str().unwrap().to_lowercase().contains("origin"));
    for origin in [Some("https://evil.example"), None] {
        let kept = asset(origin).await.unwrap();
        assert!(kept.headers().get("access-control-allow-origin").is_none(), "{origin:?}");
        assert_eq!(kept.headers()["cross-origin-resource-policy"], "same-origin", "{origin:?}");
    }
}
