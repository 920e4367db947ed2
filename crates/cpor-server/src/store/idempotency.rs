//! The stored replies of creating requests, by user and Idempotency-Key.
//! A reply is recorded in the same transaction as the write it answers, so
//! after a crash either both are there or neither is.
//!
//! On PostgreSQL, where several servers share the replies, a key whose
//! first request one server is running is also recorded in
//! `requests_in_flight` with that server's number, so another server
//! answers 409 instead of running the request a second time. The row goes
//! when the request ends; a row whose server's presence lock nobody holds
//! was left by a server that died, and is taken over.

use super::{is_unique_violation, now_secs, Conn, Db, Pools, Store, StoreError, WriteTx, PG_PRESENCE_LOCKS};

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

/// The answer to record for `key` of `user` with the write it answers,
/// in the same statement (see [`WriteTx::insert_claim`]).
#[derive(Clone, Copy, Debug)]
pub struct Answer<'a> {
    /// Who sent the request.
    pub user: &'a str,
    /// Its `Idempotency-Key`.
    pub key: &'a str,
    /// What it answers.
    pub reply: &'a StoredReply,
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

/// Whether the server numbered `$2` still holds its presence lock in this
/// database.
const SERVER_ALIVE: &str = "SELECT COUNT(*) FROM pg_locks
     WHERE locktype = 'advisory' AND granted AND objsubid = 2
       AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
       AND classid::int8 = $1 AND objid::int8 = $2";

impl Store {
    /// Takes `key` of `user` for a request this server runs: `false` while
    /// a live server (this one included) runs another request with it. On
    /// SQLite one server owns the database, and its own in-flight set is
    /// the whole answer: always `true`.
    pub async fn take_key(&self, user: &str, key: &str) -> Result<bool, StoreError> {
        let Pools::Postgres { pool, presence, .. } = &self.pools else { return Ok(true) };
        for _ in 0..3 {
            let taken = sqlx::query(
                "INSERT INTO requests_in_flight (user_id, key, server, started_at) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (user_id, key) DO NOTHING",
            )
            .bind(user)
            .bind(key)
            .bind(i64::from(presence.server))
            .bind(now_secs())
            .execute(pool)
            .await?;
            if taken.rows_affected() == 1 {
                crate::failpoints::pause("idempotency::after_take_key").await;
                return Ok(true);
            }
            let holder: Option<(i64,)> =
                sqlx::query_as("SELECT server FROM requests_in_flight WHERE user_id = $1 AND key = $2")
                    .bind(user)
                    .bind(key)
                    .fetch_optional(pool)
                    .await?;
            // Released meanwhile: try again.
            let Some((holder,)) = holder else { continue };
            let (alive,): (i64,) =
                sqlx::query_as(SERVER_ALIVE).bind(i64::from(PG_PRESENCE_LOCKS)).bind(holder).fetch_one(pool).await?;
            if alive > 0 {
                return Ok(false);
            }
            tracing::warn!(server = holder, "taking over an Idempotency-Key left by a server that stopped");
            sqlx::query("DELETE FROM requests_in_flight WHERE user_id = $1 AND key = $2 AND server = $3")
                .bind(user)
                .bind(key)
                .bind(holder)
                .execute(pool)
                .await?;
        }
        Ok(false)
    }

    /// Releases a key taken by [`Store::take_key`].
    pub async fn release_key(&self, user: &str, key: &str) -> Result<(), StoreError> {
        let Pools::Postgres { pool, presence, .. } = &self.pools else { return Ok(()) };
        sqlx::query("DELETE FROM requests_in_flight WHERE user_id = $1 AND key = $2 AND server = $3")
            .bind(user)
            .bind(key)
            .bind(i64::from(presence.server))
            .execute(pool)
            .await?;
        Ok(())
    }
}
