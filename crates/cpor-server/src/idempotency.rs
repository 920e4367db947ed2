//! Idempotent creation: a POST that creates something carries an
//! `Idempotency-Key`. The first request with a key runs and its success is
//! stored; a retry with the same key and body gets the stored answer; the
//! same key with another body gets 422; a retry while the first is still
//! running gets 409. Refusals are not stored, so a corrected retry runs.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use cpor_core::ErrorCode;
use sha2::{Digest, Sha256};
use sqlx::SqlitePool;

use crate::error::ApiError;

/// The `Idempotency-Key` header: 1 to 200 visible ASCII characters.
pub struct IdempotencyKey(pub String);

impl<S: Send + Sync> FromRequestParts<S> for IdempotencyKey {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let value = parts.headers.get("idempotency-key").and_then(|v| v.to_str().ok()).map(str::trim);
        match value {
            Some(k) if (1..=200).contains(&k.len()) && k.bytes().all(|b| b.is_ascii_graphic()) => {
                Ok(Self(k.to_owned()))
            }
            _ => Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                ErrorCode::IdempotencyKeyRequired,
                "Send an Idempotency-Key header (1 to 200 visible characters) with this request.",
            )),
        }
    }
}

/// What a creating request answered, as stored for replays.
pub struct Stored {
    /// HTTP status.
    pub status: StatusCode,
    /// JSON body.
    pub body: String,
    /// ETag header, if any.
    pub etag: Option<String>,
    /// Location header, if any.
    pub location: Option<String>,
}

impl IntoResponse for Stored {
    fn into_response(self) -> Response {
        let mut res = (self.status, self.body).into_response();
        let headers = res.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
        for (name, value) in [(header::ETAG, self.etag), (header::LOCATION, self.location)] {
            if let Some(v) = value.and_then(|v| HeaderValue::from_str(&v).ok()) {
                headers.insert(name, v);
            }
        }
        res
    }
}

/// A fingerprint of what the request asks for.
pub fn request_hash(what: &str, body: &[u8]) -> String {
    let mut h = Sha256::new();
    h.update(what.as_bytes());
    h.update([0]);
    h.update(body);
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Claims `key` for a new request, or answers with the stored reply.
/// `Ok(None)`: go ahead, then call [`settle`].
pub async fn begin(db: &SqlitePool, user: &str, key: &str, hash: &str) -> Result<Option<Stored>, ApiError> {
    let inserted = sqlx::query(
        "INSERT INTO idempotency (user_id, key, request_hash, status, created_at) VALUES (?, ?, ?, NULL, ?)
         ON CONFLICT (user_id, key) DO NOTHING",
    )
    .bind(user)
    .bind(key)
    .bind(hash)
    .bind(crate::token::now() as i64)
    .execute(db)
    .await?
    .rows_affected();
    if inserted == 1 {
        return Ok(None);
    }
    /// Request hash, status, body, ETag, Location.
    type Row = (String, Option<i64>, Option<String>, Option<String>, Option<String>);
    let row: Option<Row> = sqlx::query_as(
        "SELECT request_hash, status, response, etag, location FROM idempotency WHERE user_id = ? AND key = ?",
    )
    .bind(user)
    .bind(key)
    .fetch_optional(db)
    .await?;
    match row {
        Some((stored_hash, _, _, _, _)) if stored_hash != hash => Err(ApiError::unprocessable(
            ErrorCode::IdempotencyKeyReused,
            "This Idempotency-Key was already used for a different request.",
        )),
        Some((_, Some(status), Some(body), etag, location)) => Ok(Some(Stored {
            status: StatusCode::from_u16(status as u16).unwrap_or(StatusCode::OK),
            body,
            etag,
            location,
        })),
        // Still running, or removed between the two statements: the first
        // request has not finished.
        _ => Err(ApiError::new(
            StatusCode::CONFLICT,
            ErrorCode::RequestInFlight,
            "The first request with this Idempotency-Key is still being processed.",
        )),
    }
}

/// Stores a success for replays, or frees the key after a refusal or fault.
pub async fn settle(db: &SqlitePool, user: &str, key: &str, outcome: Result<&Stored, ()>) -> Result<(), ApiError> {
    match outcome {
        Ok(stored) => {
            sqlx::query(
                "UPDATE idempotency SET status = ?, response = ?, etag = ?, location = ? WHERE user_id = ? AND key = ?",
            )
            .bind(i64::from(stored.status.as_u16()))
            .bind(&stored.body)
            .bind(&stored.etag)
            .bind(&stored.location)
            .bind(user)
            .bind(key)
            .execute(db)
            .await?;
        }
        Err(()) => {
            sqlx::query("DELETE FROM idempotency WHERE user_id = ? AND key = ? AND status IS NULL")
                .bind(user)
                .bind(key)
                .execute(db)
                .await?;
        }
    }
    Ok(())
}

/// Runs `work` once per (user, key, request): replays a stored success,
/// refuses a reused key or a request in flight, stores the new success.
pub async fn once<F>(db: &SqlitePool, user: &str, key: &str, hash: &str, work: F) -> Result<Response, ApiError>
where
    F: std::future::Future<Output = Result<Stored, ApiError>>,
{
    if let Some(stored) = begin(db, user, key, hash).await? {
        return Ok(stored.into_response());
    }
    let outcome = work.await;
    settle(db, user, key, outcome.as_ref().map_err(|_| ())).await?;
    outcome.map(IntoResponse::into_response)
}

/// A JSON success to store and send.
pub fn json_reply<T: serde::Serialize>(status: StatusCode, value: &T) -> Result<Stored, ApiError> {
    Ok(Stored { status, body: serde_json::to_string(value).map_err(ApiError::internal)?, etag: None, location: None })
}
