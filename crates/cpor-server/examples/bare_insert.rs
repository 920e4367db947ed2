//! The yardstick for claim creation in `scripts/bench-server.sh`: a bare
//! axum + sqlx endpoint that takes the same `POST /api/claims` body and
//! inserts one row per request, on the same SQLite settings as the server
//! (WAL, `synchronous = FULL`, one writer connection), with nothing else:
//! no sign-in, no rules, no Idempotency-Key record, no history.
//!
//! ```sh
//! cargo run --profile server -p cpor-server --example bare_insert -- 127.0.0.1:9000 /tmp/bare.db
//! ```

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use serde::Deserialize;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::SqlitePool;

#[derive(Deserialize)]
struct NewClaim {
    claim_name: String,
    tenant_id: String,
}

async fn create(State(db): State<SqlitePool>, Json(claim): Json<NewClaim>) -> (StatusCode, Json<serde_json::Value>) {
    let mut id = [0u8; 8];
    getrandom::fill(&mut id).expect("random bytes");
    let id = format!("C-{}", id.iter().map(|b| format!("{b:02x}")).collect::<String>());
    let inserted = sqlx::query("INSERT INTO claims (id, claim_name, tenant_id) VALUES ($1, $2, $3)")
        .bind(&id)
        .bind(&claim.claim_name)
        .bind(&claim.tenant_id)
        .execute(&db)
        .await;
    match inserted {
        Ok(_) => (StatusCode::CREATED, Json(serde_json::json!({ "id": id, "claim_name": claim.claim_name }))),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, Json(serde_json::json!({ "detail": e.to_string() }))),
    }
}

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(addr), Some(path)) = (args.next(), args.next()) else {
        eprintln!("usage: bare_insert ADDR DB_FILE");
        std::process::exit(2);
    };
    let options = SqliteConnectOptions::new()
        .filename(&path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Full)
        .busy_timeout(std::time::Duration::from_secs(5));
    let db = SqlitePoolOptions::new().max_connections(1).connect_with(options).await.expect("the database");
    sqlx::query(
        "CREATE TABLE IF NOT EXISTS claims (id TEXT PRIMARY KEY, claim_name TEXT NOT NULL, tenant_id TEXT NOT NULL)",
    )
    .execute(&db)
    .await
    .expect("the table");
    let app = Router::new().route("/api/claims", post(create)).with_state(db);
    let listener = tokio::net::TcpListener::bind(&addr).await.expect("the address");
    println!("bare insert endpoint on http://{addr}");
    axum::serve(listener, app).await.expect("serving");
}
