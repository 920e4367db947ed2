//! Requests that race, on the real binary: the limits and the invariants
//! hold however many clients arrive at once.

mod common;

use std::sync::Arc;

use common::binary::{pdf, race_to_one_arbitration, Api, Binary};
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn thirty_parallel_uploads_to_one_claim_store_ten() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Binary::new(dir.path()).args(&["--demo", "--write-rate", "100000", "--write-burst", "100000"]);
    // Every upload passes the early check (nine files or fewer) before any
    // is recorded: only the check in the recording transaction can stop
    // them.
    if cfg!(feature = "failpoints") {
        server = server.env("FAILPOINTS", "upload::before_record=return(1500)");
    }
    server.start_with(&["--fresh"]);
    let api = Api::new(&server.base(), 60);
    let draft =
        api.post("user-megan", "/api/claims", Some("race-draft"), &json!({"claim_name": "Uploads"})).await.unwrap();
    let id = Arc::new(draft.json["id"].as_str().unwrap().to_owned());
    let uploads: Vec<_> = (0..30)
        .map(|i| {
            let (api, id) = (api.clone(), id.clone());
            tokio::spawn(async move {
                api.upload("user-megan", &id, &format!("race-{i}"), "sow.pdf", pdf(&i.to_string())).await.unwrap()
            })
        })
        .collect();
    let mut answers = Vec::new();
    for u in uploads {
        answers.push(u.await.unwrap());
    }
    let stored = answers.iter().filter(|a| a.status == 201).count();
    let refused: Vec<_> = answers.iter().filter(|a| a.status != 201).collect();
    assert_eq!(stored, 10, "{:?}", answers.iter().map(|a| a.status).collect::<Vec<_>>());
    assert!(
        refused.iter().all(|a| a.status == 422 && a.json["code"] == "poe_too_many_files"),
        "{:?}",
        refused.iter().map(|a| &a.json).collect::<Vec<_>>()
    );
    let claim = api.get("user-megan", &format!("/api/claims/{id}")).await.unwrap();
    assert_eq!(claim.json["files"].as_array().unwrap().len(), 10);
    let on_disk = server.stored_files().await.len();
    assert_eq!(on_disk, 10, "refused uploads leave nothing behind");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_hundred_partners_on_one_product_make_one_arbitration() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Binary::new(dir.path()).args(&["--demo"]);
    server.start_with(&["--fresh"]);
    race_to_one_arbitration(&[Api::new(&server.base(), 120)], &server.pool().await).await;
}
