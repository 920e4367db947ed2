//! The app under test: the real router over a real SQLite file in a temp
//! directory (or a new PostgreSQL database, see [`binary::postgres_server`];
//! its files in a folder there, or in the tests' S3 bucket, see
//! [`binary::files_url_of`]), seeded with the demo data, a clock pinned to Tuesday
//! 24 November 2026, and tokens of the demo issuer for seeded users
//! (verified with its key set, as the server verifies any issuer's).
#![allow(dead_code)]

pub mod binary;

use axum::body::Body;
use axum::http::{header, HeaderMap, Request, StatusCode};
use cpor_server::auth::demo::{token_for, DEMO_AUDIENCE};
use cpor_server::auth::keys::KeySource;
use cpor_server::auth::verify::IssuerConfig;
use cpor_server::auth::{Auth, DemoIssuer, RoleMapping, Verifier};
use cpor_server::clock::Clock;
use cpor_server::limits::WriteRate;
use cpor_server::store::{seed, FileStore, Location, Store};
use cpor_server::{app, AppState};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;

pub struct TestApp {
    pub router: axum::Router,
    /// The demo issuer's key, to mint tokens (also when the app runs
    /// without demo mode and so without the demo sign-in).
    issuer: DemoIssuer,
    pub clock: Clock,
    pub state: AppState,
    /// A connection pool of the test's own on the same database file, for
    /// checks (and set-up) the API does not offer.
    pub db: sqlx::AnyPool,
    _dir: tempfile::TempDir,
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }
}

impl TestApp {
    pub async fn new() -> Self {
        Self::with_demo(true).await
    }

    pub async fn with_demo(demo: bool) -> Self {
        Self::with(demo, WriteRate::default()).await
    }

    /// An app whose users may write `rate` (tests that hammer it).
    pub async fn with(demo: bool, rate: WriteRate) -> Self {
        cpor_core::unicode::install(&cpor_core::unicode::Native);
        let dir = tempfile::tempdir().unwrap();
        let database =
            binary::new_postgres_database().unwrap_or_else(|| dir.path().join("test.db").display().to_string());
        let store = Store::open(&Location::parse(&database).unwrap()).await.unwrap();
        let seed = seed::parse_seed(seed::DEMO_SEED).unwrap();
        let clock = Clock::fixed(cpor_core::Date::parse("2026-11-24").unwrap());
        assert!(seed::seed_if_empty(&store, &seed, clock.today()).await.unwrap());
        let key_file = dir.path().join("demo-issuer.key");
        let url = "http://demo.test/api/demo/issuer".to_owned();
        let issuer = DemoIssuer::load_or_create(&key_file, url.clone()).unwrap();
        let trusted = IssuerConfig {
            name: "demo".into(),
            issuer: url.clone(),
            audience: DEMO_AUDIENCE.into(),
            keys: KeySource::Fixed(issuer.jwks()),
        };
        let auth = Auth {
            verifier: Verifier::new(
                vec![trusted],
                reqwest::Client::new(),
                12 * 3600,
                std::time::Duration::from_secs(30),
            ),
            roles: RoleMapping::default(),
            demo: demo.then(|| DemoIssuer::load_or_create(&key_file, url).unwrap()),
            demo_user: demo.then(|| seed.demo_user.clone()),
            demo_token_ttl_secs: 3600,
        };
        let files = match binary::files_url_of(dir.path()) {
            Some(url) => FileStore::s3(&url).unwrap(),
            None => FileStore::local(dir.path().join("poe-files")).unwrap(),
        };
        let state = AppState::new(store, files, auth, clock.clone(), rate);
        let db = binary::any_pool(&database).await;
        Self { router: app(state.clone(), None), issuer, clock, state, db, _dir: dir }
    }

    /// An app without write limits to speak of.
    pub async fn unlimited() -> Self {
        let many = std::num::NonZeroU32::new(1_000_000).unwrap();
        Self::with(true, WriteRate { per_second: many, burst: many }).await
    }

    /// A valid token for a seeded user.
    pub async fn token(&self, user: &str) -> String {
        token_for(&self.state, &self.issuer, user).await.unwrap().expect("a seeded user").0
    }

    /// Sends a request as-is.
    pub async fn send(&self, req: Request<Body>) -> Reply {
        let res = self.router.clone().oneshot(req).await.unwrap();
        let status = res.status();
        let headers = res.headers().clone();
        let body = res.into_body().collect().await.unwrap().to_bytes().to_vec();
        Reply { status, headers, body }
    }

    /// Sends a request signed in as `user`.
    pub async fn send_as(&self, user: &str, mut req: Request<Body>) -> Reply {
        let value = format!("Bearer {}", self.token(user).await).parse().unwrap();
        req.headers_mut().insert(header::AUTHORIZATION, value);
        self.send(req).await
    }

    /// Sends a request as the default demo user, a Global admin of
    /// Northwind Solutions.
    pub async fn send_as_admin(&self, req: Request<Body>) -> Reply {
        self.send_as("user-megan", req).await
    }
}

pub fn json_post(uri: &str, body: &Value) -> Request<Body> {
    Request::post(uri).header(header::CONTENT_TYPE, "application/json").body(Body::from(body.to_string())).unwrap()
}

pub fn get(uri: &str) -> Request<Body> {
    Request::get(uri).body(Body::empty()).unwrap()
}

/// A small PDF that passes the content check.
pub const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n";

/// A multipart body with one `file` field (a leading `*` in the name sends
/// it in the RFC 5987 `filename*` form).
pub fn multipart(filename: &[u8], content: &[u8]) -> (String, Vec<u8>) {
    let boundary = "----cporboundary7MA4YWxkTrZu0gW";
    let mut body = Vec::new();
    body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
    if let Some(encoded) = filename.strip_prefix(b"*") {
        // RFC 5987 form: filename*=UTF-8''percent-encoded
        body.extend_from_slice(b"Content-Disposition: form-data; name=\"file\"; filename*=UTF-8''");
        body.extend_from_slice(encoded);
        body.extend_from_slice(b"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.extend_from_slice(content);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        return (format!("multipart/form-data; boundary={boundary}"), body);
    }
    body.extend_from_slice(b"Content-Disposition: form-data; name=\"file\"; filename=\"");
    body.extend_from_slice(filename);
    body.extend_from_slice(b"\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    body.extend_from_slice(content);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// An upload of `content` as `filename` to the claim, with a fresh
/// Idempotency-Key.
pub fn upload_request(claim: &str, filename: &[u8], content: &[u8]) -> Request<Body> {
    let (content_type, body) = multipart(filename, content);
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    Request::post(format!("/api/claims/{claim}/files"))
        .header(header::CONTENT_TYPE, content_type)
        .header("idempotency-key", format!("upload-{}", N.fetch_add(1, Ordering::Relaxed)))
        .body(Body::from(body))
        .unwrap()
}

/// A complete Business Applications claim on Contoso's first Sales
/// subscription, for `program`.
pub fn sales_claim(program: &str) -> Value {
    serde_json::json!({
        "partner_program_id": program,
        "tenant_id": "6a1f3c52-0b7e-4d2a-9f14-3c8e5b7d2a10",
        "domain": "contoso.com",
        "solution_area": "business_applications",
        "partner_role": "build_intent_advisor",
        "products": [{"product_id": "d365-sales", "subscription_id": "5a1e5000-0000-4000-8000-00000000c001"}],
        "claim_name": "Contoso Sales rollout",
        "customer_contact": {"name": "Adele Vance", "title": "IT director", "email": "adele@contoso.com"},
        "technical_contact": {"name": "Nestor Wilke", "title": "Dynamics admin", "email": "nestor@contoso.com"},
        "partner_contact": {"name": "Megan Bowen", "email": "megan@northwind.example"},
        "comment": ""
    })
}
