//! Durability of the real binary under SIGKILL. Partner admins of several
//! organisations work through claims (draft, proof of execution, comment,
//! edit, submit, withdraw), each write retried with its fixed
//! Idempotency-Key (or If-Match) until it is answered, while the server is
//! killed without warning again and again and started on the same files.
//! Afterwards every write is there exactly once, no file lies on disk that
//! no row records (nor a row without its file), and SQLite's integrity
//! check passes. An arbitration decision killed midway leaves nothing of
//! itself behind.

mod common;

#[cfg(feature = "failpoints")]
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::binary::{add_organisations, modern_work_claim, pdf, race_program, Answer, Api, Binary};
use serde_json::{json, Value};

/// Retries `op` until the server answers it with something other than a
/// transient refusal (server gone, request in flight, busy).
async fn until_answered<F, Fut>(mut op: F) -> Answer
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<Answer, reqwest::Error>>,
{
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        assert!(Instant::now() < deadline, "no answer for two minutes");
        match op().await {
            Ok(a) if matches!(a.status, 409 if a.json["code"] == "request_in_flight") => {}
            Ok(a) if matches!(a.status, 429 | 503) => {}
            Ok(a) => return a,
            Err(_) => {}
        }
        tokio::time::sleep(Duration::from_millis(30)).await;
    }
}

/// What one writer did in one round, as the server acknowledged it.
#[derive(Debug, Default, Clone)]
struct Round {
    claim: String,
    file: String,
    comment: i64,
}

impl Round {
    /// The file and comment the server acknowledged are the stored ones.
    async fn check(&self, pool: &sqlx::AnyPool, name: &str) {
        let (file,): (String,) = sqlx::query_as("SELECT id FROM claim_files WHERE claim_id = $1")
            .bind(&self.claim)
            .fetch_one(pool)
            .await
            .unwrap();
        assert_eq!(file, self.file, "{name}: the acknowledged file is the stored one");
        let (comment,): (i64,) = sqlx::query_as("SELECT id FROM claim_comments WHERE claim_id = $1")
            .bind(&self.claim)
            .fetch_one(pool)
            .await
            .unwrap();
        assert_eq!(comment, self.comment, "{name}: the acknowledged comment is the stored one");
    }
}

/// One round of partner `w`: every step retried until answered; each
/// answer checked.
async fn round(api: &Api, w: usize, r: usize) -> Round {
    let user = format!("user-race-{w}");
    let name = format!("Crash {w}-{r}");
    let body = modern_work_claim(&race_program(w), "m365-teams", &name);
    let [create, upload, comment, submit, withdraw] =
        ["create", "upload", "comment", "submit", "withdraw"].map(|step| format!("crash-{w}-{r}-{step}"));
    let draft = json!({"claim_name": name});
    let created = until_answered(|| api.post(&user, "/api/claims", Some(&create), &draft)).await;
    assert_eq!(created.status, 201, "create: {}", created.json);
    let id = created.json["id"].as_str().unwrap().to_owned();
    let (claim, comments) = (format!("/api/claims/{id}"), format!("/api/claims/{id}/comments"));
    let (submit_path, withdraw_path) = (format!("/api/claims/{id}/submit"), format!("/api/claims/{id}/withdraw"));

    let content = pdf(&name);
    let uploaded = until_answered(|| api.upload(&user, &id, &upload, "sow.pdf", content.clone())).await;
    assert_eq!(uploaded.status, 201, "upload: {}", uploaded.json);
    let note = json!({"body": format!("Notes for {name}")});
    let commented = until_answered(|| api.post(&user, &comments, Some(&comment), &note)).await;
    assert_eq!(commented.status, 201, "comment: {}", commented.json);

    // An edit is guarded by If-Match: a retry whose first try committed is
    // told the claim moved on, and the answers show it was applied.
    loop {
        let now = until_answered(|| api.get(&user, &claim)).await;
        if now.json["input"]["partner_program_id"] == body["partner_program_id"] {
            break;
        }
        let etag = now.headers["etag"].to_str().unwrap().to_owned();
        let put = until_answered(|| api.send(&user, reqwest::Method::PUT, &claim, None, Some(&etag), &body)).await;
        assert!(matches!(put.status, 200 | 412), "edit: {} {}", put.status, put.json);
    }
    let empty = json!({});
    let submitted = until_answered(|| api.post(&user, &submit_path, Some(&submit), &empty)).await;
    assert_eq!(submitted.status, 200, "submit: {}", submitted.json);
    let reason = json!({"reason": "Moved to the next engagement."});
    let withdrawn = until_answered(|| api.post(&user, &withdraw_path, Some(&withdraw), &reason)).await;
    assert_eq!(withdrawn.json["status"], "withdrawn", "withdraw: {}", withdrawn.json);
    Round {
        claim: id,
        file: uploaded.json["id"].as_str().unwrap().to_owned(),
        comment: commented.json["id"].as_i64().unwrap(),
    }
}

const WRITERS: usize = 4;
const KILLS: usize = 10;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_acknowledged_write_survives_sigkill_exactly_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Binary::new(dir.path()).args(&["--demo", "--write-rate", "100000", "--write-burst", "100000"]);
    server.start_with(&["--fresh"]);
    add_organisations(&server.pool().await, WRITERS).await;
    let api = Api::new(&server.base(), 10);

    // The writers work round after round until the killing is over.
    let stop = Arc::new(AtomicBool::new(false));
    let rounds = Arc::new(Mutex::new(Vec::<(usize, usize, Round)>::new()));
    let writers: Vec<_> = (0..WRITERS)
        .map(|w| {
            let (api, stop, rounds) = (api.clone(), stop.clone(), rounds.clone());
            tokio::spawn(async move {
                for r in 0.. {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let round = round(&api, w, r).await;
                    rounds.lock().unwrap().push((w, r, round));
                }
            })
        })
        .collect();

    // Kill the server at pseudo-random moments while the writers work,
    // and start it again on the same database and files.
    let mut pause = 137u64;
    for _ in 0..KILLS {
        pause = (pause * 7919 + 13) % 400;
        tokio::time::sleep(Duration::from_millis(150 + pause)).await;
        server.kill();
        server.start();
    }
    stop.store(true, Ordering::SeqCst);
    for w in writers {
        w.await.unwrap();
    }
    server.kill();
    server.start();
    let pool = server.pool().await;

    let rounds = rounds.lock().unwrap().clone();
    assert!(rounds.len() >= 2 * WRITERS, "only {} rounds", rounds.len());
    let count = |sql: &'static str, arg: String| {
        let pool = pool.clone();
        async move {
            let (n,): (i64,) = sqlx::query_as(sql).bind(arg).fetch_one(&pool).await.unwrap();
            n
        }
    };
    // The figures first (for RELIABILITY.md), then every detail.
    let (mut duplicated, mut lost) = (0, 0);
    for (w, r, round) in &rounds {
        for (sql, arg) in [
            ("SELECT COUNT(*) FROM claims WHERE claim_name = $1", format!("Crash {w}-{r}")),
            ("SELECT COUNT(*) FROM claim_files WHERE claim_id = $1", round.claim.clone()),
            ("SELECT COUNT(*) FROM claim_comments WHERE claim_id = $1", round.claim.clone()),
        ] {
            match count(sql, arg).await {
                0 => lost += 1,
                1 => {}
                n => duplicated += n - 1,
            }
        }
    }
    let writes = rounds.len() * 6;
    eprintln!("crash suite: {KILLS} kills, {writes} acknowledged writes, {duplicated} duplicated, {lost} lost");
    write_figures(
        "crash",
        &json!({"kills": KILLS, "acknowledged_writes": writes, "duplicated": duplicated, "lost": lost}),
    );
    for (w, r, round) in &rounds {
        let name = format!("Crash {w}-{r}");
        assert_eq!(count("SELECT COUNT(*) FROM claims WHERE claim_name = $1", name.clone()).await, 1, "{name}");
        let (status,): (String,) = sqlx::query_as("SELECT status FROM claims WHERE id = $1")
            .bind(&round.claim)
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(status, "withdrawn", "{name}");
        assert_eq!(
            count("SELECT COUNT(*) FROM claim_files WHERE claim_id = $1", round.claim.clone()).await,
            1,
            "{name} files"
        );
        let comments = count("SELECT COUNT(*) FROM claim_comments WHERE claim_id = $1", round.claim.clone()).await;
        assert_eq!(comments, 1, "{name} comments");
        round.check(&pool, &name).await;
        for action in ["created", "submitted", "withdraw", "file added", "commented"] {
            let (n,): (i64,) = sqlx::query_as(
                "SELECT COUNT(*) FROM claim_history WHERE claim_id = $1 AND action = $2 AND (field IS NULL OR field <> 'note')",
            )
            .bind(&round.claim)
            .bind(action)
            .fetch_one(&pool)
            .await
            .unwrap();
            assert_eq!(n, 1, "{name}: history {action}");
        }
    }
    // No file without its row, no row without its file, nothing partial.
    let rows: Vec<(String,)> =
        sqlx::query_as("SELECT id FROM claim_files WHERE removed = 0").fetch_all(&pool).await.unwrap();
    let mut on_disk = server.stored_files().await;
    let mut recorded: Vec<String> = rows.into_iter().map(|(id,)| id).collect();
    recorded.sort();
    if server.on_postgres() {
        // Servers sharing a folder can't tell an upload cut off by the kill
        // from one still running on another server: a partial file without
        // a row stays until it is older than the longest upload (the
        // scheduler removes it then). A recorded one is put in place.
        on_disk.retain(|name| match name.strip_suffix(".partial") {
            Some(id) => {
                assert!(!recorded.iter().any(|r| r == id), "{id} is recorded but still partial");
                false
            }
            None => true,
        });
    }
    assert_eq!(on_disk, recorded, "the file store holds exactly the recorded files");
    if !server.on_postgres() {
        let (check,): (String,) = sqlx::query_as("PRAGMA integrity_check").fetch_one(&pool).await.unwrap();
        assert_eq!(check, "ok");
    }
}

/// Records a suite's figures for RELIABILITY.md (in `target/reliability/`).
fn write_figures(name: &str, figures: &Value) {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("reliability");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(format!("{name}.json")), figures.to_string()).unwrap();
}

/// The state of every claim on Contoso's Microsoft 365 E5, with its
/// comments and history lines, and the arbitration.
async fn contest(pool: &sqlx::AnyPool) -> (Vec<(String, String, i64, i64)>, Vec<(i64,)>) {
    let claims: Vec<(String, String, i64, i64)> = sqlx::query_as(
        "SELECT c.id, c.status,
                (SELECT COUNT(*) FROM claim_comments m WHERE m.claim_id = c.id),
                (SELECT COUNT(*) FROM claim_history h WHERE h.claim_id = c.id)
         FROM claims c WHERE c.id IN (SELECT claim_id FROM claim_keys WHERE claim_key LIKE '%m365-e5%') ORDER BY c.id",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    let arbitration: Vec<(i64,)> = sqlx::query_as("SELECT decided FROM arbitrations WHERE claim_key LIKE '%m365-e5%'")
        .fetch_all(pool)
        .await
        .unwrap();
    (claims, arbitration)
}

/// Two partners claim Contoso's Microsoft 365 E5, which Adatum holds
/// (eligible): one arbitration of three claims. Returns the claim that
/// will win.
async fn three_way_contest(api: &Api, pool: &sqlx::AnyPool) -> String {
    add_organisations(pool, 1).await;
    let mut ids = Vec::new();
    for (user, program) in [("user-megan", "4810225".to_owned()), ("user-race-0", race_program(0))] {
        let body = modern_work_claim(&program, "m365-e5", "E5 rollout");
        let created = api.post(user, "/api/claims", Some(&format!("e5-{user}")), &body).await.unwrap();
        let id = created.json["id"].as_str().unwrap().to_owned();
        assert_eq!(api.upload(user, &id, &format!("e5-up-{user}"), "sow.pdf", pdf(user)).await.unwrap().status, 201);
        let submitted = api
            .post(user, &format!("/api/claims/{id}/submit"), Some(&format!("e5-s-{user}")), &json!({}))
            .await
            .unwrap();
        assert_eq!(submitted.json["in_arbitration"], true, "{}", submitted.json);
        ids.push(id);
    }
    ids.remove(0)
}

#[cfg(feature = "failpoints")]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_arbitration_decision_killed_midway_leaves_nothing_of_itself() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Binary::new(dir.path()).args(&["--demo"]);
    server.start_with(&["--fresh"]);
    let pool = server.pool().await;
    let api = Api::new(&server.base(), 30);
    let winner = three_way_contest(&api, &pool).await;
    let before = contest(&pool).await;
    assert_eq!(before.0.len(), 3, "{before:?}");
    server.kill();

    // The decision stops after rejecting the first competing claim; the
    // server is killed right there.
    let mut server =
        Binary::new(dir.path()).args(&["--demo"]).env("FAILPOINTS", "arbitration::after_first_loser=return(10000)");
    server.start();
    let api = Api::new(&server.base(), 30);
    let decision = json!({"comment": "Megan's proof names every product and is signed."});
    let path = format!("/api/review/claims/{winner}/win-arbitration");
    let pending = tokio::spawn({
        let api = api.clone();
        async move { api.post("user-isaiah", &path, None, &decision).await }
    });
    // The decision holds the writer's lock while it sleeps at the failure
    // point: wait until a write of the test's own can't get it, then kill.
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        assert!(Instant::now() < deadline, "the decision never reached its failure point");
        if server.writer_busy().await {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    server.kill();
    assert!(pending.await.unwrap().is_err(), "the decision was not answered");
    let mut server = Binary::new(dir.path()).args(&["--demo"]);
    server.start();
    assert_eq!(contest(&server.pool().await).await, before, "nothing of the half-made decision remains");

    // Made again in full, it applies in full: the winner approved, the
    // other newcomer and the eligible incumbent rejected.
    let api = Api::new(&server.base(), 30);
    let decision = json!({"comment": "Megan's proof names every product and is signed."});
    let decided = api
        .post("user-isaiah", &format!("/api/review/claims/{winner}/win-arbitration"), None, &decision)
        .await
        .unwrap();
    assert_eq!(decided.status, 200, "{}", decided.json);
    let (claims, arbitration) = contest(&server.pool().await).await;
    let statuses: HashMap<String, String> = claims.iter().map(|(id, s, _, _)| (id.clone(), s.clone())).collect();
    assert_eq!(statuses[&winner], "approved");
    assert_eq!(statuses.values().filter(|s| *s == "rejected").count(), 2, "{statuses:?}");
    assert_eq!(arbitration, vec![(1,)]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_plain_approval_cannot_decide_an_arbitration_but_the_decision_decides_it_all() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Binary::new(dir.path()).args(&["--demo"]);
    server.start_with(&["--fresh"]);
    let pool = server.pool().await;
    let api = Api::new(&server.base(), 30);
    let winner = three_way_contest(&api, &pool).await;
    assert_eq!(
        api.post("user-isaiah", &format!("/api/review/claims/{winner}/start"), None, &json!({})).await.unwrap().status,
        200
    );
    let approve =
        api.post("user-isaiah", &format!("/api/review/claims/{winner}/approve"), None, &json!({})).await.unwrap();
    assert_eq!((approve.status, &approve.json["code"]), (409, &json!("in_arbitration")), "{}", approve.json);
    let decision = json!({"comment": "Signed proof, naming the product."});
    let decided = api
        .post("user-isaiah", &format!("/api/review/claims/{winner}/win-arbitration"), Some("decide-1"), &decision)
        .await
        .unwrap();
    assert_eq!(decided.status, 200, "{}", decided.json);
    assert_eq!(decided.json["claim"]["status"], "approved");
    let (claims, arbitration) = contest(&pool).await;
    let rejected = claims.iter().filter(|(_, s, _, _)| s == "rejected").count();
    assert_eq!(rejected, 2, "the other newcomer and the eligible incumbent: {claims:?}");
    assert_eq!(arbitration, vec![(1,)]);
    // A retry of the decision with its key gets the same answer.
    let again = api
        .post("user-isaiah", &format!("/api/review/claims/{winner}/win-arbitration"), Some("decide-1"), &decision)
        .await
        .unwrap();
    assert_eq!((again.status, &again.json), (200, &decided.json));
}
