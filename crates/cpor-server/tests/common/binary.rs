//! The real server binary, started on a free loopback port over a SQLite
//! file in a folder of the test's own (or, when `CPOR_TEST_POSTGRES` names
//! a PostgreSQL server, a new database of the test's own on it; when
//! `CPOR_TEST_S3` names a bucket, with its files under a prefix of its own
//! there), killed (SIGKILL) or stopped
//! (SIGTERM) and started again on the same file; and an HTTP client signed
//! in as any seeded user through the demo sign-in (the demo issuer's key
//! is kept beside the database, so its tokens outlive a restart).

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use std::collections::HashMap;

use serde_json::json;
use std::sync::{Arc, Mutex};

/// The PostgreSQL server the tests run against, if any
/// (`CPOR_TEST_POSTGRES=postgres://user@host:port/db`, set by
/// scripts/test.sh for its second run of the server suite).
pub fn postgres_server() -> Option<String> {
    std::env::var("CPOR_TEST_POSTGRES").ok().filter(|u| !u.is_empty())
}

/// A new, empty database of its own on the tests' PostgreSQL server: its
/// URL. `None` when the tests run on SQLite.
pub fn new_postgres_database() -> Option<String> {
    use std::sync::atomic::{AtomicU32, Ordering};
    static COUNT: AtomicU32 = AtomicU32::new(0);
    let admin = postgres_server()?;
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos();
    let name = format!("cpor_test_{}_{}_{nanos}", std::process::id(), COUNT.fetch_add(1, Ordering::Relaxed));
    let (base, _) = admin.split_once('?').unwrap_or((&admin, ""));
    let url = format!("{}/{name}", &base[..base.rfind('/').expect("a database in CPOR_TEST_POSTGRES")]);
    // Its own thread and runtime: callers may be sync, or inside a runtime.
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        rt.block_on(async {
            use sqlx::{Connection, Executor};
            sqlx::any::install_default_drivers();
            let mut conn = sqlx::AnyConnection::connect(&admin).await.expect("the tests' PostgreSQL server");
            conn.execute(format!("CREATE DATABASE {name}").as_str()).await.unwrap();
            conn.close().await.unwrap();
        })
    })
    .join()
    .unwrap();
    Some(url)
}

/// The PostgreSQL database of the servers over `dir` (made at the first
/// call, then named in `dir/postgres-url`, so a server started again over
/// the same folder finds its data), when the tests run on PostgreSQL.
fn postgres_database_of(dir: &Path) -> Option<String> {
    let named = dir.join("postgres-url");
    if let Ok(url) = std::fs::read_to_string(&named) {
        return Some(url);
    }
    let url = new_postgres_database()?;
    std::fs::write(&named, &url).unwrap();
    Some(url)
}

/// A read-write connection pool of a test's own on `database` (a SQLite
/// file path or a PostgreSQL URL), for checks and set-up the API does not
/// offer. The SQL is written for both (`$1`, 0/1 flags).
pub async fn any_pool(database: &str) -> sqlx::AnyPool {
    sqlx::any::install_default_drivers();
    let url = if database.starts_with("postgres") { database.to_owned() } else { format!("sqlite://{database}") };
    sqlx::any::AnyPoolOptions::new()
        .max_connections(2)
        .after_connect(|conn, _| {
            Box::pin(async move {
                if conn.backend_name() == "SQLite" {
                    sqlx::Executor::execute(&mut *conn, "PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON")
                        .await?;
                }
                Ok(())
            })
        })
        .connect(&url)
        .await
        .unwrap()
}

/// The files URL of the servers over `dir` (a new prefix of the tests'
/// bucket, named in `dir/files-url`), when the tests keep files in an
/// S3-compatible store (`CPOR_TEST_S3=s3://bucket` and the AWS_* variables,
/// set by scripts/s3.sh).
pub fn files_url_of(dir: &Path) -> Option<String> {
    let bucket = std::env::var("CPOR_TEST_S3").ok().filter(|u| !u.is_empty())?;
    let named = dir.join("files-url");
    if let Ok(url) = std::fs::read_to_string(&named) {
        return Some(url);
    }
    let unique = dir.file_name().unwrap().to_string_lossy().replace(|c: char| !c.is_ascii_alphanumeric(), "-");
    let url = format!("{}/{}-{unique}", bucket.trim_end_matches('/'), std::process::id());
    std::fs::write(&named, &url).unwrap();
    Some(url)
}

/// A port nobody listens on.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A server process and where it keeps its data.
pub struct Binary {
    child: Option<Child>,
    /// Its port.
    pub port: u16,
    /// The folder of its database file, files folder and dist.
    pub dir: PathBuf,
    /// Its PostgreSQL database, when the tests run on PostgreSQL.
    pub postgres: Option<String>,
    /// Its bucket and prefix, when the tests keep files in S3.
    pub files_url: Option<String>,
    args: Vec<String>,
    env: Vec<(String, String)>,
}

impl Binary {
    /// A server over `dir` (created with a minimal dist), not started.
    pub fn new(dir: &Path) -> Self {
        let dist = dir.join("dist");
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(dist.join("index.html"), "<!doctype html><title>t</title>").unwrap();
        Self {
            child: None,
            port: free_port(),
            dir: dir.to_owned(),
            postgres: postgres_database_of(dir),
            files_url: files_url_of(dir),
            args: Vec::new(),
            env: Vec::new(),
        }
    }

    /// Adds command-line arguments for every start.
    pub fn args(mut self, args: &[&str]) -> Self {
        self.args.extend(args.iter().map(|a| (*a).to_owned()));
        self
    }

    /// Adds an environment variable for every start.
    pub fn env(mut self, name: &str, value: &str) -> Self {
        self.env.push((name.to_owned(), value.to_owned()));
        self
    }

    /// Whether it runs on PostgreSQL.
    pub fn on_postgres(&self) -> bool {
        self.postgres.is_some()
    }

    /// The database file (on PostgreSQL, where the demo issuer's key is
    /// kept).
    pub fn db(&self) -> PathBuf {
        self.dir.join("claims.db")
    }

    /// The files folder (when files are kept in one).
    pub fn files_dir(&self) -> PathBuf {
        self.dir.join("claims-files")
    }

    /// Whether its files are kept in an S3-compatible store.
    pub fn on_s3(&self) -> bool {
        self.files_url.is_some()
    }

    /// Where its files are kept, opened the way the server opens it.
    pub fn file_store(&self) -> cpor_server::store::FileStore {
        match &self.files_url {
            Some(url) => cpor_server::store::FileStore::s3(url).unwrap(),
            None => cpor_server::store::FileStore::local(self.files_dir()).unwrap(),
        }
    }

    /// The names of the files it keeps (not those set aside), sorted.
    pub async fn stored_files(&self) -> Vec<String> {
        let mut names = self.file_store().list().await.unwrap();
        names.sort();
        names
    }

    /// The server's base URL.
    pub fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Starts the server with `extra` arguments for this start only, and
    /// waits until it accepts connections.
    pub fn start_with(&mut self, extra: &[&str]) -> &mut Self {
        assert!(self.child.is_none(), "already running");
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_cpor-server"));
        cmd.args(["--addr", &format!("127.0.0.1:{}", self.port), "--db"])
            .arg(self.db())
            .arg("--dist")
            .arg(self.dir.join("dist"))
            .args(self.postgres.iter().flat_map(|url| ["--database-url", url]))
            .args(self.files_url.iter().flat_map(|url| ["--files-url", url]))
            .args(&self.args)
            .args(extra)
            .env("RUST_LOG", "warn")
            .env_remove("DATABASE_URL")
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        for (name, value) in &self.env {
            cmd.env(name, value);
        }
        self.child = Some(cmd.spawn().unwrap());
        let deadline = Instant::now() + Duration::from_secs(30);
        while TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            if let Some(status) = self.child.as_mut().and_then(|c| c.try_wait().unwrap()) {
                panic!("the server exited at start: {status}");
            }
            assert!(Instant::now() < deadline, "the server did not start");
            std::thread::sleep(Duration::from_millis(20));
        }
        self
    }

    /// Starts the server.
    pub fn start(&mut self) -> &mut Self {
        self.start_with(&[])
    }

    /// The server's process id, while it runs.
    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().map(Child::id)
    }

    /// Kills the server without warning (SIGKILL).
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Stops the server the way an operator does (SIGTERM), waiting for it.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = Command::new("kill").arg(child.id().to_string()).status();
            let deadline = Instant::now() + Duration::from_secs(40);
            while child.try_wait().unwrap().is_none() {
                assert!(Instant::now() < deadline, "the server did not stop");
                std::thread::sleep(Duration::from_millis(20));
            }
        }
    }

    /// Whether a write transaction is under way (the writer's lock is
    /// taken): a write of the test's own could not start now.
    pub async fn writer_busy(&self) -> bool {
        use sqlx::Connection;
        match &self.postgres {
            Some(url) => {
                let mut conn = sqlx::AnyConnection::connect(url).await.unwrap();
                let mut tx = conn.begin().await.unwrap();
                let (free,): (bool,) = sqlx::query_as("SELECT pg_try_advisory_xact_lock($1)")
                    .bind(cpor_server::store::PG_WRITE_LOCK)
                    .fetch_one(&mut *tx)
                    .await
                    .unwrap();
                tx.rollback().await.unwrap();
                !free
            }
            None => {
                let probe = sqlx::sqlite::SqliteConnectOptions::new().filename(self.db()).busy_timeout(Duration::ZERO);
                let mut conn = sqlx::ConnectOptions::connect(&probe).await.unwrap();
                sqlx::query("BEGIN IMMEDIATE").execute(&mut conn).await.is_err()
            }
        }
    }

    /// A read-write connection pool of the test's own on the database.
    pub async fn pool(&self) -> sqlx::AnyPool {
        match &self.postgres {
            Some(url) => any_pool(url).await,
            None => any_pool(&self.db().display().to_string()).await,
        }
    }
}

impl Drop for Binary {
    fn drop(&mut self) {
        self.kill();
    }
}

/// An HTTP client that gives up on a request after `secs`.
pub fn client(secs: u64) -> reqwest::Client {
    reqwest::Client::builder().timeout(Duration::from_secs(secs)).pool_max_idle_per_host(0).build().unwrap()
}

/// An answer: status, body as JSON (Null when not JSON), headers.
pub struct Answer {
    /// HTTP status.
    pub status: u16,
    /// The body as JSON, or Null.
    pub json: serde_json::Value,
    /// The headers.
    pub headers: reqwest::header::HeaderMap,
}

/// The API of a running binary in demo mode, as seeded users.
#[derive(Clone)]
pub struct Api {
    base: String,
    http: reqwest::Client,
    tokens: Arc<Mutex<HashMap<String, String>>>,
}

impl Api {
    /// The API at `base`, with requests giving up after `secs`.
    pub fn new(base: &str, secs: u64) -> Self {
        Self { base: base.to_owned(), http: client(secs), tokens: Arc::default() }
    }

    /// `Bearer <token>` for `user`, from the demo sign-in (once per user).
    pub async fn bearer(&self, user: &str) -> Result<String, reqwest::Error> {
        if let Some(token) = self.tokens.lock().unwrap().get(user) {
            return Ok(format!("Bearer {token}"));
        }
        let res = self
            .http
            .post(format!("{}/api/demo/sign-in", self.base))
            .json(&serde_json::json!({"user_id": user}))
            .send()
            .await?
            .error_for_status()?;
        let signed: serde_json::Value = res.json().await?;
        let token = signed["token"].as_str().unwrap_or_default().to_owned();
        self.tokens.lock().unwrap().insert(user.to_owned(), token.clone());
        Ok(format!("Bearer {token}"))
    }

    async fn answer(res: reqwest::Response) -> Answer {
        let status = res.status().as_u16();
        let headers = res.headers().clone();
        let bytes = res.bytes().await.unwrap_or_default();
        Answer { status, json: serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null), headers }
    }

    /// `GET path` as `user`; `Err` when the server is not answering.
    pub async fn get(&self, user: &str, path: &str) -> Result<Answer, reqwest::Error> {
        let bearer = self.bearer(user).await?;
        let res = self.http.get(format!("{}{path}", self.base)).header("authorization", bearer).send().await?;
        Ok(Self::answer(res).await)
    }

    /// `method path` with a JSON body as `user`, with optional
    /// Idempotency-Key and If-Match.
    pub async fn send(
        &self,
        user: &str,
        method: reqwest::Method,
        path: &str,
        key: Option<&str>,
        if_match: Option<&str>,
        body: &serde_json::Value,
    ) -> Result<Answer, reqwest::Error> {
        let bearer = self.bearer(user).await?;
        let mut req =
            self.http.request(method, format!("{}{path}", self.base)).header("authorization", bearer).json(body);
        if let Some(key) = key {
            req = req.header("idempotency-key", key);
        }
        if let Some(tag) = if_match {
            req = req.header("if-match", tag);
        }
        Ok(Self::answer(req.send().await?).await)
    }

    /// `POST path` with a JSON body as `user`.
    pub async fn post(
        &self,
        user: &str,
        path: &str,
        key: Option<&str>,
        body: &serde_json::Value,
    ) -> Result<Answer, reqwest::Error> {
        self.send(user, reqwest::Method::POST, path, key, None, body).await
    }

    /// Uploads `content` as `name` to claim `id` as `user`.
    pub async fn upload(
        &self,
        user: &str,
        id: &str,
        key: &str,
        name: &str,
        content: Vec<u8>,
    ) -> Result<Answer, reqwest::Error> {
        let part = reqwest::multipart::Part::bytes(content).file_name(name.to_owned());
        let form = reqwest::multipart::Form::new().part("file", part);
        let res = self
            .http
            .post(format!("{}/api/claims/{id}/files", self.base))
            .header("authorization", self.bearer(user).await?)
            .header("idempotency-key", key)
            .multipart(form)
            .send()
            .await?;
        Ok(Self::answer(res).await)
    }
}

/// A small PDF, different for every `tag`, that passes the content check.
pub fn pdf(tag: &str) -> Vec<u8> {
    format!("%PDF-1.7\n% {tag}\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n").into_bytes()
}

/// A complete Modern Work claim of `program` on Contoso's `product`.
pub fn modern_work_claim(program: &str, product: &str, name: &str) -> serde_json::Value {
    serde_json::json!({
        "partner_program_id": program,
        "tenant_id": "6a1f3c52-0b7e-4d2a-9f14-3c8e5b7d2a10",
        "domain": "contoso.com",
        "solution_area": "modern_work_and_security",
        "partner_role": "use_or_consume",
        "products": [{"product_id": product}],
        "claim_name": name,
        "customer_contact": {"name": "Adele Vance", "title": "IT director", "email": "adele@contoso.com"},
        "partner_contact": {"name": "Partner Admin", "email": "admin@partner.example"}
    })
}

/// Adds `n` partner organisations (`org-race-<i>`, program `77000<i>`, a
/// Global admin `user-race-<i>` of the demo issuer) straight into the
/// database.
pub async fn add_organisations(pool: &sqlx::AnyPool, n: usize) {
    let mut tx = pool.begin().await.unwrap();
    for i in 0..n {
        sqlx::query("INSERT INTO partner_organisations (id, name, tenant_id) VALUES ($1, $2, $3)")
            .bind(format!("org-race-{i}"))
            .bind(format!("Race Partner {i}"))
            .bind(format!("00000000-0000-4000-8000-{i:012}"))
            .execute(&mut *tx)
            .await
            .unwrap();
        sqlx::query(
            "INSERT INTO partner_programs (id, organisation_id, name, country, enrolled, partner_type)
             VALUES ($1, $2, 'Race program', 'DE', 1, 'FRP FastTrack')",
        )
        .bind(race_program(i))
        .bind(format!("org-race-{i}"))
        .execute(&mut *tx)
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO users (id, organisation_id, display_name, email, role, issuer, subject)
             VALUES ($1, $2, $3, $4, 'global_admin', 'demo', $1)",
        )
        .bind(format!("user-race-{i}"))
        .bind(format!("org-race-{i}"))
        .bind(format!("Race Admin {i}"))
        .bind(format!("admin{i}@race.example"))
        .execute(&mut *tx)
        .await
        .unwrap();
    }
    tx.commit().await.unwrap();
}

/// The partner program ID of race organisation `i`.
pub fn race_program(i: usize) -> String {
    format!("77{i:05}")
}

/// The seeded reviewer.
pub const REVIEWER: &str = "user-isaiah";

/// A claim of Megan's (Northwind) on Contoso's Teams, submitted, with the
/// reviewer's request for information: partner action is required.
pub async fn waiting_for_the_partner(api: &Api) -> String {
    let created = api
        .post(
            "user-megan",
            "/api/claims",
            Some("clock-create"),
            &modern_work_claim("4810225", "m365-teams", "Teams adoption"),
        )
        .await
        .unwrap();
    assert_eq!(created.status, 201, "{}", created.json);
    let id = created.json["id"].as_str().unwrap().to_owned();
    assert_eq!(api.upload("user-megan", &id, "clock-upload", "sow.pdf", pdf("clock")).await.unwrap().status, 201);
    assert_eq!(
        api.post("user-megan", &format!("/api/claims/{id}/submit"), Some("clock-submit"), &json!({}))
            .await
            .unwrap()
            .status,
        200
    );
    assert_eq!(
        api.post(REVIEWER, &format!("/api/review/claims/{id}/start"), None, &json!({})).await.unwrap().status,
        200
    );
    let ask = json!({"reasons": ["poe_not_acknowledged"], "comment": "Please add the customer's signature."});
    let asked = api.post(REVIEWER, &format!("/api/review/claims/{id}/request-information"), None, &ask).await.unwrap();
    assert_eq!(asked.json["claim"]["status"], "partner_action_required", "{}", asked.json);
    id
}

/// How many partner organisations race for one product.
pub const PARTNERS: usize = 200;

/// [`PARTNERS`] new partners each ready a complete claim on Contoso's
/// Microsoft 365 E5 (which Adatum holds) through `apis` in turn (one
/// server, or several on one database), then all submit at once: exactly
/// one arbitration is opened, and every contender and the incumbent is
/// flagged.
pub async fn race_to_one_arbitration(apis: &[Api], pool: &sqlx::AnyPool) {
    add_organisations(pool, PARTNERS).await;
    let mut drafts = Vec::new();
    for i in 0..PARTNERS {
        let api = &apis[i % apis.len()];
        let user = format!("user-race-{i}");
        let body = modern_work_claim(&race_program(i), "m365-e5", "E5 adoption");
        let created = api.post(&user, "/api/claims", Some("e5"), &body).await.unwrap();
        assert_eq!(created.status, 201, "{}", created.json);
        let id = created.json["id"].as_str().unwrap().to_owned();
        assert_eq!(api.upload(&user, &id, "e5-up", "sow.pdf", pdf(&user)).await.unwrap().status, 201);
        drafts.push((user, id));
    }
    let submits: Vec<_> = drafts
        .into_iter()
        .enumerate()
        .map(|(i, (user, id))| {
            let api = apis[(i + 1) % apis.len()].clone();
            tokio::spawn(async move {
                api.post(&user, &format!("/api/claims/{id}/submit"), Some("e5-submit"), &json!({})).await.unwrap()
            })
        })
        .collect();
    for s in submits {
        let answer = s.await.unwrap();
        assert_eq!(answer.status, 200, "{}", answer.json);
        assert_eq!(answer.json["in_arbitration"], true);
    }
    let (arbitrations,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM arbitrations WHERE claim_key LIKE '%m365-e5%'")
        .fetch_one(pool)
        .await
        .unwrap();
    assert_eq!(arbitrations, 1);
    let (flagged,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM claims WHERE in_arbitration = 1").fetch_one(pool).await.unwrap();
    assert_eq!(flagged as usize, PARTNERS + 1, "every contender and the incumbent");
    let (live,): (i64,) = sqlx::query_as(
        "SELECT COUNT(DISTINCT organisation_id) FROM claim_keys WHERE claim_key LIKE '%m365-e5%' AND live = 1",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    assert_eq!(live as usize, PARTNERS + 1);
}
