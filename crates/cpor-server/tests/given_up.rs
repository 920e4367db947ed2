//! Requests given up midway, on the real binary: a browser that reloads or
//! closes its tab drops its requests, and the server stops handling them
//! at whatever `.await` they were at. Nothing is left half done: what was
//! committed is completed, nothing stays locked or taken.
//!
//! Each test holds requests at a failure point (`--features failpoints`,
//! as `scripts/test.sh` builds the server), so the client gives up at a
//! known moment.

#![cfg(feature = "failpoints")]

mod common;

use std::time::Duration;

use common::binary::{pdf, Api, Binary};
use serde_json::json;

const USER: &str = "user-megan";

/// Runs `request`, giving up after `ms` milliseconds (the connection is
/// closed); panics if it was answered before.
async fn given_up<F: std::future::Future>(ms: u64, request: F) {
    let answered = tokio::time::timeout(Duration::from_millis(ms), request).await;
    assert!(answered.is_err(), "the request was answered before it was given up");
}

fn started(dir: &std::path::Path, failpoints: &str) -> Binary {
    let mut server = Binary::new(dir).args(&["--demo"]).env("FAILPOINTS", failpoints);
    server.start_with(&["--fresh"]);
    server
}

/// A server with `failpoints`, a draft on it, and an upload to that draft
/// (Idempotency-Key `upload`) given up after 700 ms: the server (with its
/// folder), the API and the draft's id.
async fn upload_given_up(failpoints: &str) -> (tempfile::TempDir, Binary, Api, String) {
    let dir = tempfile::tempdir().unwrap();
    let server = started(dir.path(), failpoints);
    let api = Api::new(&server.base(), 30);
    let draft = api.post(USER, "/api/claims", Some("draft"), &json!({"claim_name": "Given up"})).await.unwrap();
    let id = draft.json["id"].as_str().unwrap().to_owned();
    given_up(700, api.upload(USER, &id, "upload", "sow.pdf", pdf("given up"))).await;
    (dir, server, api, id)
}

/// Downloads file `file` of claim `id`.
async fn download(server: &Binary, api: &Api, id: &str, file: &str) -> reqwest::Response {
    common::binary::client(30)
        .get(format!("{}/api/claims/{id}/files/{file}", server.base()))
        .header("authorization", api.bearer(USER).await.unwrap())
        .send()
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_upload_given_up_while_it_commits_is_put_in_place() {
    let (_dir, server, api, id) = upload_given_up("store::before_group_commit=return(1500)").await;
    tokio::time::sleep(Duration::from_millis(2000)).await;
    let claim = api.get(USER, &format!("/api/claims/{id}")).await.unwrap();
    let files = claim.json["files"].as_array().unwrap();
    assert_eq!(files.len(), 1, "the commit happened: {}", claim.json);
    let file = files[0]["id"].as_str().unwrap();
    let download = download(&server, &api, &id, file).await;
    assert_eq!(download.status(), 200, "the recorded file is in place");
    assert_eq!(download.bytes().await.unwrap().as_ref(), pdf("given up").as_slice());
    assert_eq!(server.stored_files().await, vec![file.to_owned()], "nothing partial left");
    // The retry the app makes gets the recorded answer.
    let retried = api.upload(USER, &id, "upload", "sow.pdf", pdf("given up")).await.unwrap();
    assert_eq!((retried.status, &retried.json["id"]), (201, &json!(file)));
}

/// The file is put in place after the commit, by a task the request
/// doesn't wait on once given up: until it is, a retry with the same key
/// is told the first request still runs (the app tries again), never
/// answered 201 for a file that can't be downloaded yet.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_upload_given_up_keeps_its_key_until_the_file_is_in_place() {
    let (_dir, server, api, id) = upload_given_up("upload::before_complete=return(2000)").await;
    let early = api.upload(USER, &id, "upload", "sow.pdf", pdf("given up")).await.unwrap();
    assert_eq!((early.status, &early.json["code"]), (409, &json!("request_in_flight")), "{}", early.json);
    // Once the file is in place (the failure point holds it 2 s), the retry
    // gets the recorded answer.
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    let retried = loop {
        tokio::time::sleep(Duration::from_millis(250)).await;
        let r = api.upload(USER, &id, "upload", "sow.pdf", pdf("given up")).await.unwrap();
        if r.status != 409 || std::time::Instant::now() > deadline {
            break r;
        }
    };
    assert_eq!(retried.status, 201, "{}", retried.json);
    let file = retried.json["id"].as_str().unwrap();
    assert_eq!(download(&server, &api, &id, file).await.status(), 200, "the file is in place");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_draft_deleted_by_a_request_given_up_while_it_commits_loses_its_files() {
    let dir = tempfile::tempdir().unwrap();
    let server = started(dir.path(), "store::before_group_commit=return(1500)");
    let api = Api::new(&server.base(), 30);
    let draft = api.post(USER, "/api/claims", Some("draft"), &json!({"claim_name": "Deleted"})).await.unwrap();
    let id = draft.json["id"].as_str().unwrap().to_owned();
    let file = api.upload(USER, &id, "upload", "sow.pdf", pdf("deleted")).await.unwrap();
    assert_eq!(file.status, 201, "{}", file.json);
    assert_eq!(server.stored_files().await.len(), 1);
    given_up(700, api.send(USER, reqwest::Method::DELETE, &format!("/api/claims/{id}"), None, None, &json!({}))).await;
    tokio::time::sleep(Duration::from_millis(2000)).await;
    assert_eq!(api.get(USER, &format!("/api/claims/{id}")).await.unwrap().status, 404);
    assert_eq!(server.stored_files().await, Vec::<String>::new(), "the deleted draft's file is gone");
}

/// On PostgreSQL, where a key is taken in the database for every server:
/// the request is given up once the key's row is written, before the
/// answer to that write has come back.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_postgres_a_key_whose_request_was_given_up_can_be_used_again() {
    let dir = tempfile::tempdir().unwrap();
    let server = started(dir.path(), "idempotency::after_take_key=return(1000)");
    if !server.on_postgres() {
        return;
    }
    let api = Api::new(&server.base(), 30);
    api.bearer(USER).await.unwrap();
    let body = json!({"claim_name": "Retried"});
    given_up(300, api.post(USER, "/api/claims", Some("retried"), &body)).await;
    tokio::time::sleep(Duration::from_millis(1000)).await;
    let retried = api.post(USER, "/api/claims", Some("retried"), &body).await.unwrap();
    assert_eq!(retried.status, 201, "the key is free again: {}", retried.json);
    let (taken,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM requests_in_flight").fetch_one(&server.pool().await).await.unwrap();
    assert_eq!(taken, 0, "no key is left taken in the database");
}
