//! Durability: the real server binary is killed with SIGKILL in the middle
//! of a stream of claim creations; after a restart on the same SQLite file
//! every acknowledged claim is there and the database passes
//! `PRAGMA integrity_check`.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use cpor_server::token;

const KEY: &str = "crash test key, at least 32 bytes long";

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn start(db: &Path, dist: &Path, port: u16, fresh: bool) -> Child {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cpor-server"));
    cmd.args(["--seed", "demo", "--write-rate", "100000", "--addr", &format!("127.0.0.1:{port}"), "--db"])
        .arg(db)
        .arg("--dist")
        .arg(dist)
        .env("CPOR_TOKEN_KEY", KEY)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    if fresh {
        cmd.arg("--fresh");
    }
    let child = cmd.spawn().unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "server did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    child
}

/// One HTTP/1.1 request on its own connection; `None` when the server is
/// gone.
fn request(port: u16, method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> Option<(u16, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(10))).ok()?;
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
    for (name, value) in headers {
        req.push_str(&format!("{name}: {value}\r\n"));
    }
    req.push_str(&format!("Content-Length: {}\r\n\r\n{body}", body.len()));
    stream.write_all(req.as_bytes()).ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    let status = response.split(' ').nth(1)?.parse().ok()?;
    let body = response.split_once("\r\n\r\n").map(|(_, b)| b.to_owned()).unwrap_or_default();
    Some((status, body))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_claims_survive_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let dist = dir.path().join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), "<!doctype html><title>t</title>").unwrap();
    let db = dir.path().join("crash.db");
    let port = free_port();
    let mut server = start(&db, &dist, port, true);

    let now = token::now();
    let bearer = format!(
        "Bearer {}",
        token::issue(KEY.as_bytes(), &token::TokenClaims { sub: "user-megan".into(), iat: now, exp: now + 600 })
    );
    let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
    let stop = Arc::new(AtomicBool::new(false));
    let writers: Vec<_> = (0..4)
        .map(|w| {
            let (acknowledged, stop, bearer) = (acknowledged.clone(), stop.clone(), bearer.clone());
            std::thread::spawn(move || {
                for i in 0.. {
                    if stop.load(Ordering::Relaxed) {
                        break;
                    }
                    let key = format!("crash-{w}-{i}");
                    let body = format!(
                        r#"{{"claim_name":"Crash {w}-{i}","tenant_id":"6a1f3c52-0b7e-4d2a-9f14-3c8e5b7d2a10"}}"#
                    );
                    let headers = [
                        ("Authorization", bearer.as_str()),
                        ("Content-Type", "application/json"),
                        ("Idempotency-Key", key.as_str()),
                    ];
                    match request(port, "POST", "/api/claims", &headers, &body) {
                        Some((201, reply)) => {
                            let v: serde_json::Value = serde_json::from_str(&reply).unwrap();
                            acknowledged.lock().unwrap().push(v["id"].as_str().unwrap().to_owned());
                        }
                        Some((status, reply)) => panic!("unexpected {status}: {reply}"),
                        None => break,
                    }
                }
            })
        })
        .collect();
    // Let writes flow, then kill the server without warning.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    server.kill().unwrap(); // SIGKILL
    server.wait().unwrap();
    stop.store(true, Ordering::Relaxed);
    for w in writers {
        w.join().unwrap();
    }
    let acknowledged = acknowledged.lock().unwrap().clone();
    assert!(acknowledged.len() > 20, "only {} writes before the kill", acknowledged.len());

    let mut server = start(&db, &dist, port, false);
    for id in &acknowledged {
        let (status, body) = request(port, "GET", &format!("/api/claims/{id}"), &[("Authorization", &bearer)], "")
            .expect("server answers after restart");
        assert_eq!(status, 200, "acknowledged claim {id} lost: {body}");
    }
    server.kill().unwrap();
    server.wait().unwrap();

    let pool = sqlx::SqlitePool::connect_with(sqlx::sqlite::SqliteConnectOptions::new().filename(&db)).await.unwrap();
    let (check,): (String,) = sqlx::query_as("PRAGMA integrity_check").fetch_one(&pool).await.unwrap();
    assert_eq!(check, "ok");
    let (stuck,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM idempotency WHERE status IS NULL").fetch_one(&pool).await.unwrap();
    assert_eq!(stuck, 0, "keys of requests cut off by the kill are free again");
    let (count,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM claims WHERE claim_name LIKE 'Crash %'").fetch_one(&pool).await.unwrap();
    assert!(count as usize >= acknowledged.len());
    eprintln!("{} claims acknowledged before SIGKILL, all present after restart", acknowledged.len());
}
