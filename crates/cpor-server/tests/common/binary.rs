//! The real server binary, started on a free loopback port over a SQLite
//! file in a folder of the test's own, killed (SIGKILL) or stopped
//! (SIGTERM) and started again on the same file; and an HTTP client signed
//! in as any seeded user through the demo sign-in (the demo issuer's key
//! is kept beside the database, so its tokens outlive a restart).

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

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
    args: Vec<String>,
    env: Vec<(String, String)>,
}

impl Binary {
    /// A server over `dir` (created with a minimal dist), not started.
    pub fn new(dir: &Path) -> Self {
        let dist = dir.join("dist");
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(dist.join("index.html"), "<!doctype html><title>t</title>").unwrap();
        Self { child: None, port: free_port(), dir: dir.to_owned(), args: Vec::new(), env: Vec::new() }
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

    /// The database file.
    pub fn db(&self) -> PathBuf {
        self.dir.join("claims.db")
    }

    /// The files folder.
    pub fn files_dir(&self) -> PathBuf {
        self.dir.join("claims-files")
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
            .args(&self.args)
            .args(extra)
            .env("RUST_LOG", "warn")
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

    /// A read-write connection pool of the test's own on the database.
    pub async fn pool(&self) -> sqlx::SqlitePool {
        sqlx::sqlite::SqlitePoolOptions::new()
            .max_connections(2)
            .connect_with(
                sqlx::sqlite::SqliteConnectOptions::new().filename(self.db()).busy_timeout(Duration::from_secs(10)),
            )
            .await
            .unwrap()
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
pub async fn add_organisations(pool: &sqlx::SqlitePool, n: usize) {
    let mut tx = pool.begin().await.unwrap();
    for i in 0..n {
        sqlx::query("INSERT INTO partner_organisations (id, name, tenant_id) VALUES (?, ?, ?)")
            .bind(format!("org-race-{i}"))
            .bind(format!("Race Partner {i}"))
            .bind(format!("00000000-0000-4000-8000-{i:012}"))
            .execute(&mut *tx)
            .await
            .unwrap();
        sqlx::query(
            "INSERT INTO partner_programs (id, organisation_id, name, country, enrolled, partner_type)
             VALUES (?, ?, 'Race program', 'DE', 1, 'FRP FastTrack')",
        )
        .bind(race_program(i))
        .bind(format!("org-race-{i}"))
        .execute(&mut *tx)
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO users (id, organisation_id, display_name, email, role, issuer, subject)
             VALUES (?1, ?2, ?3, ?4, 'global_admin', 'demo', ?1)",
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
