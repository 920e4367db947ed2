//! The stored replies of creating requests, by user and Idempotency-Key.
//! A reply is recorded in the same transaction as the write it answers, so
//! after a crash either both are there or neither is.

use super::{is_unique_violation, now_secs, Conn, Db, StoreError, WriteTx};

/// What a creating request answered, as stored for replays.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredReply {
    /// The fingerprint of what the request asked for.
    pub request_hash: String,
    /// HTTP status.
    pub status: u16,
    /// JSON body.
    pub body: String,
    /// ETag header, if any.
    pub etag: Option<String>,
    /// Location header, if any.
    pub location: Option<String>,
}

impl<C: Conn> Db<C> {
    /// The reply stored for `key` of `user`, if any.
    pub async fn stored_reply(&mut self, user: &str, key: &str) -> Result<Option<StoredReply>, StoreError> {
        type Row = (String, Option<i64>, Option<String>, Option<String>, Option<String>);
        let row: Option<Row> = sqlx::query_as(
            "SELECT request_hash, status, response, etag, location FROM idempotency WHERE user_id = $1 AND key = $2",
        )
        .bind(user)
        .bind(key)
        .fetch_optional(self.c())
        .await?;
        Ok(row.and_then(|(request_hash, status, body, etag, location)| {
            Some(StoredReply { request_hash, status: u16::try_from(status?).ok()?, body: body?, etag, location })
        }))
    }
}

impl WriteTx {
    /// Records the reply to `key` of `user`; `false` when a reply is
    /// already recorded (then drop the transaction and replay that one).
    pub async fn record_reply(&mut self, user: &str, key: &str, reply: &StoredReply) -> Result<bool, StoreError> {
        let inserted = sqlx::query(
            "INSERT INTO idempotency (user_id, key, request_hash, status, response, etag, location, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(user)
        .bind(key)
        .bind(&reply.request_hash)
        .bind(i64::from(reply.status))
        .bind(&reply.body)
        .bind(&reply.etag)
        .bind(&reply.location)
        .bind(now_secs())
        .execute(self.c())
        .await;
        match inserted {
            Err(e) if is_unique_violation(&e) => Ok(false),
            other => other.map(|_| true).map_err(StoreError::from),
        }
    }

    /// Forgets replies older than `max_age_secs`, and markers of requests
    /// that never finished (from before replies were recorded with their
    /// writes).
    pub async fn forget_replies(&mut self, max_age_secs: i64) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM idempotency WHERE status IS NULL OR created_at < $1")
            .bind(now_secs() - max_age_secs)
            .execute(self.c())
            .await?;
        Ok(done.rows_affected())
    }
}
