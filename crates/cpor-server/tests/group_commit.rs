//! Writes that share one commit, on the real binary. The requests writing
//! at the same time share one transaction and one fsync (`store::group`),
//! on SQLite and on PostgreSQL alike; each still commits or fails as a
//! whole, and answers only once it is on disk. A failure point holds each
//! group's COMMIT back for a moment, so every request sent together joins
//! one group.

mod common;

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::binary::{modern_work_claim, pdf, Answer, Api, Binary};
use serde_json::json;

/// How long each group's COMMIT waits (failure point), so that requests
/// sent together meet in one group.
#[cfg(feature = "failpoints")]
const GATHER: &str = "store::before_group_commit=return(300)";

/// Claims named `name`.
async fn claims_named(pool: &sqlx::AnyPool, name: &str) -> Vec<String> {
    let rows: Vec<(String,)> =
        sqlx::query_as("SELECT id FROM claims WHERE claim_name = $1").bind(name).fetch_all(pool).await.unwrap();
    rows.into_iter().map(|(id,)| id).collect()
}

/// The Idempotency-Key of draft `i` of `tag`.
fn key_of(tag: &str, i: usize) -> String {
    format!("{}-{i}", tag.replace(' ', "-"))
}

/// `n` drafts of Megan's created at once, named `<tag> <i>` with keys
/// [`key_of`]; their answers in order.
async fn drafts_at_once(api: &Api, tag: &str, n: usize) -> Vec<Answer> {
    let sent: Vec<_> = (0..n)
        .map(|i| {
            let api = api.clone();
            let (key, body) = (key_of(tag, i), json!({"claim_name": format!("{tag} {i}")}));
            tokio::spawn(async move { api.post("user-megan", "/api/claims", Some(&key), &body).await.unwrap() })
        })
        .collect();
    let mut answers = Vec::new();
    for s in sent {
        answers.push(s.await.unwrap());
    }
    answers
}

#[cfg(feature = "failpoints")]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_group_commit_fails_every_member_and_their_retries_run_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Binary::new(dir.path())
        .args(&["--demo"])
        // Every group of two or more writes fails to commit.
        .env("FAILPOINTS", &format!("{GATHER};store::group_commit=return(2)"));
    server.start_with(&["--fresh"]);
    let api = Api::new(&server.base(), 30);
    api.bearer("user-megan").await.unwrap();
    let pool = server.pool().await;

    let answers = drafts_at_once(&api, "Failed group", 8).await;
    let failed: Vec<usize> = (0..answers.len()).filter(|&i| answers[i].status == 500).collect();
    assert!(failed.len() >= 2, "a group formed and failed: {:?}", answers.iter().map(|a| a.status).collect::<Vec<_>>());
    for (i, answer) in answers.iter().enumerate() {
        let stored = claims_named(&pool, &format!("Failed group {i}")).await;
        match answer.status {
            500 => {
                assert_eq!(answer.json["code"], "internal_error", "{}", answer.json);
                assert!(stored.is_empty(), "draft {i} failed to commit but is stored");
            }
            // A request that came too late for the group and committed alone.
            201 => assert_eq!(stored, [answer.json["id"].as_str().unwrap()]),
            other => panic!("draft {i}: {other} {}", answer.json),
        }
    }

    // Their Idempotency-Key answers went with the group: each retry, alone
    // in its group, runs again and makes its draft once.
    for i in failed {
        let body = json!({"claim_name": format!("Failed group {i}")});
        let again = api.post("user-megan", "/api/claims", Some(&key_of("Failed group", i)), &body).await.unwrap();
        assert_eq!(again.status, 201, "{}", again.json);
        assert_eq!(claims_named(&pool, &format!("Failed group {i}")).await, [again.json["id"].as_str().unwrap()]);
        let replayed = api.post("user-megan", "/api/claims", Some(&key_of("Failed group", i)), &body).await.unwrap();
        assert_eq!((replayed.status, &replayed.json), (201, &again.json), "the retry's answer is recorded");
    }
    if !server.on_postgres() {
        let (check,): (String,) = sqlx::query_as("PRAGMA integrity_check").fetch_one(&pool).await.unwrap();
        assert_eq!(check, "ok");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refusal_in_a_group_undoes_only_its_own_writes() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Binary::new(dir.path()).args(&["--demo"]);
    #[cfg(feature = "failpoints")]
    {
        server = server.env("FAILPOINTS", GATHER);
    }
    server.start_with(&["--fresh"]);
    let api = Api::new(&server.base(), 30);
    let pool = server.pool().await;

    // Megan's claim on Contoso's Teams is submitted; a second one on the
    // same product is ready to submit.
    let mut ids = Vec::new();
    for (n, submit) in [(1, true), (2, false)] {
        let body = modern_work_claim("4810225", "m365-teams", &format!("Teams {n}"));
        let created = api.post("user-megan", "/api/claims", Some(&format!("teams-{n}")), &body).await.unwrap();
        assert_eq!(created.status, 201, "{}", created.json);
        let id = created.json["id"].as_str().unwrap().to_owned();
        let uploaded = api.upload("user-megan", &id, &format!("teams-up-{n}"), "sow.pdf", pdf(&id)).await.unwrap();
        assert_eq!(uploaded.status, 201, "{}", uploaded.json);
        if submit {
            let path = format!("/api/claims/{id}/submit");
            let submitted = api.post("user-megan", &path, Some(&format!("teams-s-{n}")), &json!({})).await.unwrap();
            assert_eq!(submitted.status, 200, "{}", submitted.json);
        }
        ids.push(id);
    }
    let second = ids[1].clone();
    let state = |pool: sqlx::AnyPool, id: String| async move {
        let row: (String, i64, String, i64) = sqlx::query_as(
            "SELECT status, version, input, (SELECT COUNT(*) FROM claim_keys k WHERE k.claim_id = claims.id)
             FROM claims WHERE id = $1",
        )
        .bind(&id)
        .fetch_one(&pool)
        .await
        .unwrap();
        row
    };
    let before = state(pool.clone(), second.clone()).await;
    assert_eq!((before.0.as_str(), before.3), ("editing", 0));

    // The second submit writes the claim's new status, then finds the
    // product already claimed and is refused, while drafts are created
    // around it in the same group.
    let submit = {
        let (api, path) = (api.clone(), format!("/api/claims/{second}/submit"));
        tokio::spawn(async move { api.post("user-megan", &path, Some("teams-s-2"), &json!({})).await.unwrap() })
    };
    let drafts = drafts_at_once(&api, "Around the refusal", 6).await;
    let refused = submit.await.unwrap();
    assert_eq!((refused.status, &refused.json["code"]), (409, &json!("already_claimed")), "{}", refused.json);
    for (i, created) in drafts.iter().enumerate() {
        assert_eq!(created.status, 201, "{}", created.json);
        assert_eq!(
            claims_named(&pool, &format!("Around the refusal {i}")).await,
            [created.json["id"].as_str().unwrap()]
        );
    }
    assert_eq!(state(pool.clone(), second.clone()).await, before, "nothing of the refused submit remains");
    let history: Vec<(String,)> = sqlx::query_as("SELECT action FROM claim_history WHERE claim_id = $1 ORDER BY id")
        .bind(&second)
        .fetch_all(&pool)
        .await
        .unwrap();
    assert_eq!(history, [("created".to_owned(),), ("file added".to_owned(),)]);

    // Its key was not recorded: once the first claim is withdrawn, the
    // same submit runs.
    let withdraw = json!({"reason": "Replaced by the second claim."});
    let path = format!("/api/claims/{}/withdraw", ids[0]);
    assert_eq!(api.post("user-megan", &path, None, &withdraw).await.unwrap().status, 200);
    let path = format!("/api/claims/{second}/submit");
    let submitted = api.post("user-megan", &path, Some("teams-s-2"), &json!({})).await.unwrap();
    assert_eq!((submitted.status, &submitted.json["status"]), (200, &json!("submitted")), "{}", submitted.json);
}

/// Retries a draft's creation with its key until the server answers.
async fn create_until_answered(api: &Api, user: &str, key: &str, name: &str) -> Answer {
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        assert!(Instant::now() < deadline, "no answer for two minutes");
        match api.post(user, "/api/claims", Some(key), &json!({"claim_name": name})).await {
            Ok(a) if a.status == 409 && a.json["code"] == "request_in_flight" => {}
            Ok(a) if matches!(a.status, 429 | 503) => {}
            Ok(a) => return a,
            Err(_) => {}
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

const STORM_WRITERS: usize = 24;
const STORM_KILLS: usize = 6;

/// Many requests writing at once make large groups; killed at any moment,
/// the server has lost none of the drafts it acknowledged and made none
/// twice.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn drafts_acknowledged_in_groups_survive_sigkill_exactly_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Binary::new(dir.path()).args(&["--demo", "--write-rate", "100000", "--write-burst", "100000"]);
    server.start_with(&["--fresh"]);
    let api = Api::new(&server.base(), 10);
    api.bearer("user-megan").await.unwrap();

    let stop = Arc::new(AtomicBool::new(false));
    let acknowledged = Arc::new(Mutex::new(HashMap::<String, String>::new()));
    let writers: Vec<_> = (0..STORM_WRITERS)
        .map(|w| {
            let (api, stop, acknowledged) = (api.clone(), stop.clone(), acknowledged.clone());
            tokio::spawn(async move {
                for n in 0.. {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let name = format!("Storm {w}-{n}");
                    let created = create_until_answered(&api, "user-megan", &format!("storm-{w}-{n}"), &name).await;
                    assert_eq!(created.status, 201, "{}", created.json);
                    let id = created.json["id"].as_str().unwrap().to_owned();
                    acknowledged.lock().unwrap().insert(name, id);
                }
            })
        })
        .collect();
    let mut pause = 211u64;
    for _ in 0..STORM_KILLS {
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

    let acknowledged = acknowledged.lock().unwrap().clone();
    assert!(acknowledged.len() > STORM_WRITERS, "only {} drafts", acknowledged.len());
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT claim_name, id FROM claims WHERE claim_name LIKE 'Storm %'")
            .fetch_all(&pool)
            .await
            .unwrap();
    let mut stored: HashMap<String, Vec<String>> = HashMap::new();
    for (name, id) in rows {
        stored.entry(name).or_default().push(id);
    }
    let (mut lost, mut duplicated) = (0, 0);
    for (name, id) in &acknowledged {
        match stored.get(name).map(Vec::as_slice) {
            Some([one]) => assert_eq!(one, id, "{name}: the acknowledged draft is the stored one"),
            Some(many) => duplicated += many.len() - 1,
            None => lost += 1,
        }
    }
    eprintln!(
        "group commit storm: {STORM_KILLS} kills, {} acknowledged drafts, {duplicated} duplicated, {lost} lost",
        acknowledged.len()
    );
    assert_eq!((lost, duplicated), (0, 0));
    // Every stored draft was acknowledged (each writer retried until it was).
    assert_eq!(stored.len(), acknowledged.len());
    if !server.on_postgres() {
        let (check,): (String,) = sqlx::query_as("PRAGMA integrity_check").fetch_one(&pool).await.unwrap();
        assert_eq!(check, "ok");
    }
}
