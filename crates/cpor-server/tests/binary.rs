//! The real server binary, as the README's run command starts it: the claim
//! clocks run by themselves, the operator's mistakes are refused at start,
//! and slow or greedy clients don't starve the others.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use common::binary::{pdf, waiting_for_the_partner, Api, Binary, REVIEWER};
use object_store::ObjectStoreExt;
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_clocks_run_by_themselves() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Binary::new(dir.path()).args(&["--demo", "--clock-period-secs", "1"]);
    server.start_with(&["--fresh"]);
    let api = Api::new(&server.base(), 20);
    let id = waiting_for_the_partner(&api).await;
    server.stop();

    // Ten days pass with nobody clicking: the server comes back on a later
    // day, and nothing but its own clock touches the claim.
    server.start_with(&["--clock-offset-days", "10"]);
    let deadline = Instant::now() + Duration::from_secs(15);
    let claim = loop {
        let claim = api.get(REVIEWER, &format!("/api/review/claims/{id}")).await.unwrap().json;
        if claim["claim"]["status"] == "rejected" || Instant::now() > deadline {
            break claim;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert_eq!(claim["claim"]["status"], "rejected", "the deadline passed: {claim}");
    assert_eq!(claim["claim"]["rejection"], "no_partner_response");
    let history = api.get("user-megan", &format!("/api/claims/{id}/history")).await.unwrap().json;
    let last = history["entries"].as_array().unwrap().iter().rev().find(|e| e["field"] == "status").unwrap().clone();
    assert_eq!(
        (&last["actor"], &last["actor_name"], &last["actor_role"], &last["new_value"]),
        (&json!("clock"), &json!("Claim clock"), &json!("clock"), &json!("rejected")),
        "the history says who: {history}"
    );
}

/// An identity file trusting one issuer at `issuer` (nothing need answer
/// there) and registering one organisation.
fn identity_file(dir: &std::path::Path, issuer: &str) -> std::path::PathBuf {
    let path = dir.join("identity.toml");
    std::fs::write(
        &path,
        format!(
            r#"
[[issuer]]
name = "corp"
issuer = "{issuer}"
audience = "api://cpor-claims"

[[organisation]]
id = "org-fourth-coffee"
name = "Fourth Coffee Partners"
tenant = "3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a"

[[organisation.program]]
id = "5500123"
name = "Fourth Coffee Partners Seattle"
country = "United States"
enrolled = true
partner_type = "Solutions Partner"
"#
        ),
    )
    .unwrap();
    path
}

#[tokio::test]
async fn operators_mistakes_are_refused_at_start() {
    let dir = tempfile::tempdir().unwrap();
    let dist = Binary::new(dir.path()).dir.join("dist");
    let binary = env!("CARGO_BIN_EXE_cpor-server");
    let refused = |args: &[&str]| {
        let out = std::process::Command::new(binary)
            .args(["--addr", "127.0.0.1:0", "--db"])
            .arg(dir.path().join("x.db"))
            .arg("--dist")
            .arg(&dist)
            .args(args)
            .env_remove("CPOR_IDENTITY")
            .output()
            .unwrap();
        assert!(!out.status.success(), "{args:?} started");
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    assert!(refused(&[]).contains("--identity"), "no identity provider and not the demo");
    assert!(refused(&["--identity", "/nowhere/identity.toml"]).contains("/nowhere/identity.toml"));
    let template = dir.path().join("template.toml");
    std::fs::write(&template, "[[issuer]]\nname = \"e\"\nissuer = \"https://x/{tenantid}/v2.0\"\naudience = \"a\"\n")
        .unwrap();
    assert!(refused(&["--identity", template.to_str().unwrap()]).contains("discovery"));
    let identity = identity_file(dir.path(), "https://login.example.test/v2.0");
    let identity = identity.to_str().unwrap();
    assert!(refused(&["--identity", identity, "--clock-offset-days", "3"]).contains("--demo"));
    assert!(refused(&["--identity", identity, "--write-rate", "0"]).contains("write-rate"));
    assert!(refused(&["--identity", identity, "--allowed-origin", "https://x.example/app"]).contains("origin"));
}

#[tokio::test]
async fn outside_demo_mode_there_is_no_demo_data_and_no_demo_routes() {
    let dir = tempfile::tempdir().unwrap();
    let identity = identity_file(dir.path(), "http://127.0.0.1:9/nobody");
    let mut server = Binary::new(dir.path()).args(&["--identity", identity.to_str().unwrap()]);
    server.start();
    let pool = server.pool().await;
    let organisations: Vec<(String, Option<String>)> =
        sqlx::query_as("SELECT id, tenant_id FROM partner_organisations").fetch_all(&pool).await.unwrap();
    assert_eq!(
        organisations,
        [("org-fourth-coffee".to_owned(), Some("3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a".to_owned()))],
        "only the identity file's organisation: the demo seed is loaded only when asked"
    );
    let http = common::binary::client(10);
    let sign_in = http.post(format!("{}/api/demo/sign-in", server.base())).json(&json!({})).send().await.unwrap();
    assert_eq!(sign_in.status(), 404);
    assert_eq!(sign_in.json::<serde_json::Value>().await.unwrap()["code"], "not_found");
    let unknown = http.get(format!("{}/api/nothing/here", server.base())).send().await.unwrap();
    assert_eq!(unknown.status(), 404, "a problem, not the app's page");
    assert_eq!(unknown.headers()["content-type"], "application/problem+json");
    let me =
        http.get(format!("{}/api/me", server.base())).header("authorization", "Bearer x.y.z").send().await.unwrap();
    assert_eq!(me.status(), 401);
}

#[tokio::test]
async fn request_ids_are_random_whatever_the_client_sends() {
    let dir = tempfile::tempdir().unwrap();
    let mut seeded = Binary::new(dir.path()).args(&["--demo"]);
    seeded.start_with(&["--fresh"]);
    // Request ids are random, whatever the client sends.
    let sent = |id: &str| {
        common::binary::client(10)
            .get(format!("{}/api/nothing", seeded.base()))
            .header("x-request-id", id.to_owned())
            .send()
    };
    let (a, b) = (sent("client-chosen").await.unwrap(), sent("client-chosen").await.unwrap());
    let ida = a.headers()["x-request-id"].to_str().unwrap().to_owned();
    let idb = b.headers()["x-request-id"].to_str().unwrap().to_owned();
    assert_ne!(ida, idb);
    assert_ne!(ida, "client-chosen", "the client's id is not taken");
    assert_eq!(a.json::<serde_json::Value>().await.unwrap()["request_id"], ida.as_str());
    assert!(ida.len() == 16 && ida.bytes().all(|c| c.is_ascii_hexdigit()), "{ida}");
    let pid = format!("{:x}", seeded.pid().unwrap());
    assert!(!ida.starts_with(&pid), "not made from the server's process id {pid}");
}

/// Opens `n` connections that send nothing.
fn idle_connections(port: u16, n: usize) -> Vec<TcpStream> {
    (0..n).map(|_| TcpStream::connect(("127.0.0.1", port)).unwrap()).collect()
}

/// Whether the server closed `stream` (after answering or not) within
/// `within`.
fn closed_within(stream: &mut TcpStream, within: Duration) -> bool {
    stream.set_read_timeout(Some(within)).unwrap();
    let mut buf = [0u8; 1024];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => return true,
            Ok(_) => continue,
            Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {
                return false
            }
            Err(_) => return true,
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idle_and_slow_clients_do_not_starve_the_others_and_are_let_go() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Binary::new(dir.path()).args(&["--demo", "--header-timeout-secs", "2"]);
    server.start_with(&["--fresh"]);
    let api = Api::new(&server.base(), 5);
    let mut idle = idle_connections(server.port, 200);
    // A slowloris: headers one byte at a time.
    let mut slow = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    slow.write_all(b"GET /api/me HTTP/1.1\r\nHost: x\r\n").unwrap();

    let started = Instant::now();
    let me = api.get("user-megan", "/api/me").await.unwrap();
    assert_eq!(me.status, 200);
    assert!(started.elapsed() < Duration::from_secs(2), "answered at once: {:?}", started.elapsed());

    let started = Instant::now();
    for _ in 0..4 {
        let _ = slow.write_all(b"X");
        std::thread::sleep(Duration::from_millis(400));
    }
    let slow_closed = closed_within(&mut slow, Duration::from_secs(4));
    let closed = idle.iter_mut().map(|s| closed_within(s, Duration::from_secs(4))).filter(|c| *c).count();
    assert!(slow_closed, "the slow client was let go");
    assert_eq!(closed, 200, "every idle connection is closed after the header timeout");
    assert!(started.elapsed() < Duration::from_secs(12));
    assert_eq!(api.get("user-megan", "/api/me").await.unwrap().status, 200);
}

#[tokio::test]
async fn bursts_of_writes_get_429_with_retry_after_and_big_bodies_413() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Binary::new(dir.path()).args(&["--demo", "--write-rate", "1", "--write-burst", "5"]);
    server.start_with(&["--fresh"]);
    let api = Api::new(&server.base(), 10);
    let mut answers = Vec::new();
    for i in 0..12 {
        let body = json!({"claim_name": format!("Burst {i}")});
        answers.push(api.post("user-megan", "/api/claims", Some(&format!("burst-{i}")), &body).await.unwrap());
    }
    let created = answers.iter().filter(|a| a.status == 201).count();
    let limited: Vec<&common::binary::Answer> = answers.iter().filter(|a| a.status == 429).collect();
    assert!((5..=7).contains(&created), "{created} created");
    assert!(!limited.is_empty());
    for a in &limited {
        assert_eq!(a.json["code"], "too_many_requests");
        let wait: u64 = a.headers["retry-after"].to_str().unwrap().parse().unwrap();
        assert!((1..=2).contains(&wait), "Retry-After {wait}");
    }
    // Another user's quota is their own; reads are not counted.
    assert_eq!(api.post("user-lee", "/api/claims", Some("lee-1"), &json!({})).await.unwrap().status, 201);
    assert_eq!(api.get("user-megan", "/api/claims").await.unwrap().status, 200);

    let big = json!({"claim_name": "x".repeat(20_000)});
    tokio::time::sleep(Duration::from_secs(2)).await;
    let too_big = api.post("user-lee", "/api/claims", Some("lee-big"), &big).await.unwrap();
    assert_eq!((too_big.status, &too_big.json["code"]), (413, &json!("payload_too_large")));
    let draft = api.post("user-lee", "/api/claims", Some("lee-draft"), &json!({})).await.unwrap();
    let id = draft.json["id"].as_str().unwrap();
    let upload = api.upload("user-lee", id, "lee-up", "big.pdf", vec![b'x'; 26 * 1024 * 1024]).await;
    match upload {
        Ok(a) => assert_eq!(a.status, 413, "{}", a.json),
        // The server may close the connection once the limit is passed:
        // then it must still be up and well.
        Err(_) => assert_eq!(api.get("user-lee", "/api/me").await.unwrap().status, 200),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kept_alive_connection_is_closed_when_idle_and_the_connection_cap_holds() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Binary::new(dir.path()).args(&["--demo", "--header-timeout-secs", "2", "--max-connections", "3"]);
    server.start_with(&["--fresh"]);
    // One request, then the connection is kept open and left idle.
    let mut kept = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    kept.write_all(b"GET /api/openapi.json HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    kept.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let mut first = [0u8; 16];
    kept.read_exact(&mut first).unwrap();
    assert!(first.starts_with(b"HTTP/1.1 200"));
    // With the cap reached, a fourth client waits until one is let go.
    let _idle = idle_connections(server.port, 2);
    let api = Api::new(&server.base(), 10);
    let started = Instant::now();
    assert_eq!(api.get("user-megan", "/api/me").await.unwrap().status, 200);
    let waited = started.elapsed();
    assert!(waited > Duration::from_millis(1000), "served before a place was free: {waited:?}");
    assert!(waited < Duration::from_secs(5), "{waited:?}");
    assert!(closed_within(&mut kept, Duration::from_secs(4)), "the idle kept-alive connection was closed");
}

#[tokio::test]
async fn files_nobody_records_are_set_aside_at_start_and_cut_off_uploads_removed() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Binary::new(dir.path()).args(&["--demo"]);
    server.start_with(&["--fresh"]);
    let api = Api::new(&server.base(), 10);
    let draft = api.post("user-megan", "/api/claims", Some("sweep-draft"), &json!({})).await.unwrap();
    let id = draft.json["id"].as_str().unwrap().to_owned();
    let file = api.upload("user-megan", &id, "sweep-up", "sow.pdf", pdf("kept")).await.unwrap();
    let kept = file.json["id"].as_str().unwrap().to_owned();
    server.kill();
    let store = server.file_store();
    let put = |name: &'static str, contents: &'static [u8]| {
        let objects = store.objects().clone();
        async move { objects.put(&name.into(), contents.into()).await.unwrap() }
    };
    put("F-FROMABACKUP", b"a file no claim records").await;
    // An upload cut off two hours ago; on PostgreSQL, where servers share
    // the store, also one that another server may still be running.
    put("F-CUTOFF.partial", b"an upload never answered").await;
    // Only a local folder's file times can be moved back: in a bucket, on
    // PostgreSQL, the cut-off upload is as young as a running one.
    let cutoff_stays = server.on_postgres() && server.on_s3();
    if !server.on_s3() {
        let two_hours_ago = std::time::SystemTime::now() - Duration::from_secs(2 * 3600);
        std::fs::File::options()
            .write(true)
            .open(server.files_dir().join("F-CUTOFF.partial"))
            .unwrap()
            .set_modified(two_hours_ago)
            .unwrap();
    }
    let running = server.on_postgres();
    if running {
        put("F-RUNNING.partial", b"an upload still running elsewhere").await;
    }
    server.start();
    if !server.on_postgres() {
        // A second server can't open the same SQLite file while one runs
        // (servers share a PostgreSQL database).
        let mut second = Binary::new(dir.path()).args(&["--demo"]);
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_cpor-server"))
            .args(["--demo", "--addr", &format!("127.0.0.1:{}", second.port), "--db"])
            .arg(server.db())
            .arg("--dist")
            .arg(dir.path().join("dist"))
            .output()
            .unwrap();
        assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("another server is using"));
        second.kill();
    }
    let left = server.stored_files().await;
    let mut expected = vec![kept.clone()];
    if running {
        expected.push("F-RUNNING.partial".to_owned());
    }
    if cutoff_stays {
        expected.push("F-CUTOFF.partial".to_owned());
    }
    expected.sort();
    assert_eq!(left, expected);
    assert!(store.objects().head(&"orphaned/F-FROMABACKUP".into()).await.is_ok(), "set aside, not deleted");
    let download = common::binary::client(10)
        .get(format!("{}/api/claims/{id}/files/{kept}", server.base()))
        .header("authorization", api.bearer("user-megan").await.unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(download.bytes().await.unwrap().as_ref(), pdf("kept").as_slice());
}

#[tokio::test]
async fn migrate_runs_alone_and_the_probes_answer() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Binary::new(dir.path()).args(&["--demo"]);
    let mut migrate = std::process::Command::new(env!("CARGO_BIN_EXE_cpor-server"));
    migrate.arg("migrate").arg("--db").arg(server.db());
    if let Some(url) = &server.postgres {
        migrate.args(["--database-url", url]);
    }
    let out = migrate.output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("is up to date"));
    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_cpor-server"))
        .args(["migrate", "--database-url", "mysql://nowhere/db"])
        .output()
        .unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("neither a PostgreSQL URL"));

    server.start();
    let http = common::binary::client(10);
    for (path, status) in [("/healthz", "ok"), ("/readyz", "ready")] {
        let res = http.get(format!("{}{path}", server.base())).send().await.unwrap();
        assert_eq!(res.status(), 200, "{path}");
        assert_eq!(res.json::<serde_json::Value>().await.unwrap()["status"], status, "{path}");
    }
}
