//! Requests that race, on the real binary: the limits and the invariants
//! hold however many clients arrive at once.

mod common;

use std::sync::Arc;

use common::binary::{add_organisations, modern_work_claim, pdf, race_program, Api, Binary};
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
    let on_disk = std::fs::read_dir(server.files_dir()).unwrap().count();
    assert_eq!(on_disk, 10, "refused uploads leave nothing behind");
}

const PARTNERS: usize = 200;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_hundred_partners_on_one_product_make_one_arbitration() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Binary::new(dir.path()).args(&["--demo"]);
    server.start_with(&["--fresh"]);
    let pool = server.pool().await;
    add_organisations(&pool, PARTNERS).await;
    let api = Api::new(&server.base(), 120);
    // Every partner readies a complete claim on Contoso's Microsoft 365 E5
    // (which Adatum holds), then all submit at once.
    let mut drafts = Vec::new();
    for i in 0..PARTNERS {
        let user = format!("user-race-{i}");
        let body = modern_work_claim(&race_program(i), "m365-e5", "E5 adoption");
        let created = api.post(&user, "/api/claims", Some("e5"), &body).await.unwrap();
        let id = created.json["id"].as_str().unwrap().to_owned();
        assert_eq!(api.upload(&user, &id, "e5-up", "sow.pdf", pdf(&user)).await.unwrap().status, 201);
        drafts.push((user, id));
    }
    let submits: Vec<_> = drafts
        .into_iter()
        .map(|(user, id)| {
            let api = api.clone();
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
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(arbitrations, 1);
    let (flagged,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM claims WHERE in_arbitration = 1").fetch_one(&pool).await.unwrap();
    assert_eq!(flagged as usize, PARTNERS + 1, "every contender and the incumbent");
    let (live,): (i64,) = sqlx::query_as(
        "SELECT COUNT(DISTINCT organisation_id) FROM claim_keys WHERE claim_key LIKE '%m365-e5%' AND live = 1",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(live as usize, PARTNERS + 1);
}
