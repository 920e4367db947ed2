//! Several servers on one PostgreSQL database, as behind a load balancer:
//! competing claims through alternating servers make exactly one
//! arbitration, an Idempotency-Key replayed on another server gets the
//! stored answer, and only one server applies the claim clocks, another
//! taking over when it is killed. These run only when the tests run on
//! PostgreSQL (`CPOR_TEST_POSTGRES`, set by scripts/test.sh); a SQLite file
//! takes one server.

mod common;

use std::time::{Duration, Instant};

use common::binary::{
    modern_work_claim, pdf, postgres_server, race_to_one_arbitration, waiting_for_the_partner, Api, Binary,
};

/// Two servers over one folder (so one database, one files folder and one
/// demo issuer key), the first started `--fresh`; `None` on SQLite.
fn two_servers(dir: &std::path::Path, args: &[&str]) -> Option<(Binary, Binary)> {
    if postgres_server().is_none() {
        eprintln!("skipped: several servers need PostgreSQL (CPOR_TEST_POSTGRES)");
        return None;
    }
    let mut a = Binary::new(dir).args(args);
    a.start_with(&["--fresh"]);
    let mut b = Binary::new(dir).args(args);
    b.start();
    assert_eq!(a.postgres, b.postgres, "one database");
    Some((a, b))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_hundred_partners_through_two_servers_make_one_arbitration() {
    let dir = tempfile::tempdir().unwrap();
    let Some((a, b)) = two_servers(dir.path(), &["--demo"]) else { return };
    let apis = [Api::new(&a.base(), 120), Api::new(&b.base(), 120)];
    race_to_one_arbitration(&apis, &a.pool().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_key_replayed_on_the_other_server_gets_the_stored_answer() {
    let dir = tempfile::tempdir().unwrap();
    let Some((a, b)) = two_servers(dir.path(), &["--demo"]) else { return };
    let (on_a, on_b) = (Api::new(&a.base(), 30), Api::new(&b.base(), 30));
    let body = modern_work_claim("4810225", "m365-teams", "Across servers");
    let first = on_a.post("user-megan", "/api/claims", Some("across-1"), &body).await.unwrap();
    assert_eq!(first.status, 201, "{}", first.json);
    let again = on_b.post("user-megan", "/api/claims", Some("across-1"), &body).await.unwrap();
    assert_eq!((again.status, &again.json), (201, &first.json), "the same answer, not a second claim");
    let (made,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM claims WHERE claim_name = 'Across servers'")
        .fetch_one(&a.pool().await)
        .await
        .unwrap();
    assert_eq!(made, 1);
    // The same key for something else is refused on either server.
    let other = modern_work_claim("4810225", "m365-teams", "Something else");
    let refused = on_b.post("user-megan", "/api/claims", Some("across-1"), &other).await.unwrap();
    assert_eq!(refused.status, 422, "{}", refused.json);
    // A file uploaded through one server is served by the other.
    let id = first.json["id"].as_str().unwrap();
    let uploaded = on_a.upload("user-megan", id, "across-up", "sow.pdf", pdf("across")).await.unwrap();
    assert_eq!(uploaded.status, 201, "{}", uploaded.json);
    let file = uploaded.json["id"].as_str().unwrap();
    let download = common::binary::client(10)
        .get(format!("{}/api/claims/{id}/files/{file}", b.base()))
        .header("authorization", on_b.bearer("user-megan").await.unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(download.status(), 200);
    assert_eq!(download.bytes().await.unwrap().as_ref(), pdf("across").as_slice());
}

/// The claim's status and how many times its clock moved it (status
/// lines of the history written by the clock).
async fn clock_moves(server: &Binary, id: &str) -> (String, i64) {
    let pool = server.pool().await;
    let (status,): (String,) =
        sqlx::query_as("SELECT status FROM claims WHERE id = $1").bind(id).fetch_one(&pool).await.unwrap();
    let (moves,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM claim_history WHERE claim_id = $1 AND actor_id = 'clock' AND field = 'status'",
    )
    .bind(id)
    .fetch_one(&pool)
    .await
    .unwrap();
    (status, moves)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_server_applies_the_clocks_and_another_takes_over_when_it_is_killed() {
    let dir = tempfile::tempdir().unwrap();
    let Some((mut leader, standby)) = two_servers(dir.path(), &["--demo", "--clock-period-secs", "1"]) else {
        return;
    };
    let id = waiting_for_the_partner(&Api::new(&leader.base(), 20)).await;
    drop(standby);
    // A standby whose clock is ten days ahead: its deadlines have passed,
    // but it does not lead, so it applies nothing while the leader lives.
    let mut ahead = Binary::new(dir.path()).args(&["--demo", "--clock-period-secs", "1"]);
    ahead.start_with(&["--clock-offset-days", "10"]);
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(clock_moves(&ahead, &id).await, ("partner_action_required".to_owned(), 0), "only the leader acts");

    // The leader dies without a word: its connection closes, the database
    // frees the lock, and the standby takes the lead at its next tick.
    leader.kill();
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let (status, moves) = clock_moves(&ahead, &id).await;
        if status == "rejected" {
            assert_eq!(moves, 1, "the deadline applied once");
            break;
        }
        assert!(Instant::now() < deadline, "the standby never took over (status {status})");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // The killed server comes back ahead too: nothing is applied twice.
    leader.start_with(&["--clock-offset-days", "10"]);
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(clock_moves(&ahead, &id).await, ("rejected".to_owned(), 1));
    let history = Api::new(&leader.base(), 20).get("user-megan", &format!("/api/claims/{id}/history")).await.unwrap();
    assert_eq!(history.status, 200, "{}", history.json);
}

/// How many files the claim records.
#[cfg(feature = "failpoints")]
async fn file_rows(server: &Binary, id: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM claim_files WHERE claim_id = $1")
        .bind(id)
        .fetch_one(&server.pool().await)
        .await
        .unwrap();
    n
}

/// An upload held at a failure point on the first server while the same
/// Idempotency-Key reaches the second: 409 there, then the stored answer
/// once the first finishes (a server started meanwhile leaves the upload's
/// partial file alone); and when the first server dies holding a key,
/// the second takes the key over and runs the request once.
#[cfg(feature = "failpoints")]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_key_in_flight_on_one_server_is_409_on_the_other_until_that_one_ends_or_dies() {
    if postgres_server().is_none() {
        eprintln!("skipped: several servers need PostgreSQL (CPOR_TEST_POSTGRES)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut a = Binary::new(dir.path()).args(&["--demo"]).env("FAILPOINTS", "upload::before_record=return(8000)");
    a.start_with(&["--fresh"]);
    let mut b = Binary::new(dir.path()).args(&["--demo"]);
    b.start();
    let (on_a, on_b) = (Api::new(&a.base(), 60), Api::new(&b.base(), 60));
    let made = on_b
        .post(
            "user-megan",
            "/api/claims",
            Some("in-flight-claim"),
            &modern_work_claim("4810225", "m365-teams", "In flight"),
        )
        .await
        .unwrap();
    assert_eq!(made.status, 201, "{}", made.json);
    let id = made.json["id"].as_str().unwrap().to_owned();

    let first = tokio::spawn({
        let (on_a, id) = (on_a.clone(), id.clone());
        async move { on_a.upload("user-megan", &id, "held-1", "sow.pdf", pdf("held")).await.unwrap() }
    });
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let busy = on_b.upload("user-megan", &id, "held-1", "sow.pdf", pdf("held")).await.unwrap();
    assert_eq!((busy.status, busy.json["code"].as_str()), (409, Some("request_in_flight")), "{}", busy.json);
    // A third server starting meanwhile sweeps the shared files folder: the
    // partial file of the upload still running on the first stays.
    let mut c = Binary::new(dir.path()).args(&["--demo"]);
    c.start();
    assert!(!first.is_finished(), "the upload is still held");
    let first = first.await.unwrap();
    assert_eq!(first.status, 201, "{}", first.json);
    let file = first.json["id"].as_str().unwrap();
    let download = common::binary::client(10)
        .get(format!("{}/api/claims/{id}/files/{file}", c.base()))
        .header("authorization", Api::new(&c.base(), 10).bearer("user-megan").await.unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(download.status(), 200, "the file survived the third server's start");
    drop(c);
    let again = on_b.upload("user-megan", &id, "held-1", "sow.pdf", pdf("held")).await.unwrap();
    assert_eq!((again.status, &again.json), (201, &first.json), "the stored answer");
    assert_eq!(file_rows(&b, &id).await, 1);

    // The first server dies holding a key: its presence lock goes with its
    // connection, and the second server runs the request, once.
    let held = tokio::spawn({
        let (on_a, id) = (on_a.clone(), id.clone());
        async move { on_a.upload("user-megan", &id, "held-2", "annex.pdf", pdf("annex")).await }
    });
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let busy = on_b.upload("user-megan", &id, "held-2", "annex.pdf", pdf("annex")).await.unwrap();
    assert_eq!(busy.status, 409, "{}", busy.json);
    a.kill();
    assert!(held.await.unwrap().is_err(), "the killed server never answered");
    let deadline = Instant::now() + Duration::from_secs(15);
    let taken_over = loop {
        let answer = on_b.upload("user-megan", &id, "held-2", "annex.pdf", pdf("annex")).await.unwrap();
        if answer.status != 409 || Instant::now() > deadline {
            break answer;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert_eq!(taken_over.status, 201, "{}", taken_over.json);
    assert_eq!(file_rows(&b, &id).await, 2, "the killed server recorded nothing; the second ran it once");
    let (left,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM requests_in_flight").fetch_one(&b.pool().await).await.unwrap();
    assert_eq!(left, 0, "every key released");
}
