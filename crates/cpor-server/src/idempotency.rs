//! Idempotent creation: every POST that creates something carries an
//! `Idempotency-Key`. The first request with a key runs; its success is
//! recorded **in the same transaction as the write it made**, so a crash
//! leaves both or neither. A retry with the same key and the same request
//! gets the recorded answer; the same key with another request gets 422; a
//! retry while the first is still running gets 409, on this server or, on
//! PostgreSQL, on any other (see `store::Store::take_key`).
//! Refusals are not recorded, so a corrected retry runs.

use std::collections::HashSet;
use std::future::Future;
use std::sync::{Arc, Mutex};

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use cpor_core::ErrorCode;
use sha2::{Digest, Sha256};

use crate::error::ApiError;
use crate::store::{Answer, StoredReply, WriteTx};
use crate::AppState;

/// The `Idempotency-Key` header: 1 to 200 visible ASCII characters.
/// Required on every POST that creates something.
pub struct IdempotencyKey(pub String);

fn bad_key() -> ApiError {
    ApiError::for_client(
        StatusCode::BAD_REQUEST,
        ErrorCode::IdempotencyKeyRequired,
        "Send an Idempotency-Key header (1 to 200 visible characters) with this request.",
    )
}

fn key_of(parts: &Parts) -> Result<Option<String>, ApiError> {
    let Some(value) = parts.headers.get("idempotency-key") else { return Ok(None) };
    match value.to_str().map(str::trim) {
        Ok(k) if (1..=200).contains(&k.len()) && k.bytes().all(|b| b.is_ascii_graphic()) => Ok(Some(k.to_owned())),
        _ => Err(bad_key()),
    }
}

impl<S: Send + Sync> FromRequestParts<S> for IdempotencyKey {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        key_of(parts)?.map(Self).ok_or_else(bad_key)
    }
}

/// An `Idempotency-Key` a status change may carry (a decision, a
/// withdrawal): with one, a retry after a lost answer gets the recorded
/// answer instead of "this isn't possible in the claim's status".
pub struct OptionalIdempotencyKey(pub Option<String>);

impl<S: Send + Sync> FromRequestParts<S> for OptionalIdempotencyKey {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        key_of(parts).map(Self)
    }
}

/// What a creating request answers.
#[derive(Clone, Debug)]
pub struct Reply {
    /// HTTP status.
    pub status: StatusCode,
    /// JSON body.
    pub body: String,
    /// ETag header, if any.
    pub etag: Option<String>,
    /// Location header, if any.
    pub location: Option<String>,
}

impl Reply {
    /// A JSON success.
    pub fn json<T: serde::Serialize>(status: StatusCode, value: &T) -> Result<Self, ApiError> {
        Ok(Self { status, body: serde_json::to_string(value).map_err(ApiError::internal)?, etag: None, location: None })
    }

    fn stored(&self, request_hash: &str) -> StoredReply {
        StoredReply {
            request_hash: request_hash.to_owned(),
            status: self.status.as_u16(),
            body: self.body.clone(),
            etag: self.etag.clone(),
            location: self.location.clone(),
        }
    }

    fn from_stored(stored: StoredReply) -> Self {
        Self {
            status: StatusCode::from_u16(stored.status).unwrap_or(StatusCode::OK),
            body: stored.body,
            etag: stored.etag,
            location: stored.location,
        }
    }
}

impl IntoResponse for Reply {
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

/// A fingerprint of what a request asks for: its operation and every part
/// of its body that matters (for an upload, the file's content hash).
pub fn request_hash(what: &str, body: &[u8]) -> String {
    let mut h = Sha256::new();
    h.update(what.as_bytes());
    h.update([0]);
    h.update(body);
    crate::ids::to_hex(&h.finalize())
}

/// The keys whose first request this process is running.
#[derive(Clone, Debug, Default)]
pub struct InFlight(Arc<Mutex<HashSet<(String, String)>>>);

/// This server's claim on one (user, key) while its request runs. End it
/// with [`Pending::release`]; dropped without (a cancelled request), it is
/// released in the background.
pub struct Pending {
    in_flight: InFlight,
    store: Option<crate::store::Store>,
    user: String,
    key: String,
}

impl Drop for Pending {
    fn drop(&mut self) {
        let (user, key) = (std::mem::take(&mut self.user), std::mem::take(&mut self.key));
        if let Some(store) = self.store.take() {
            let (user, key) = (user.clone(), key.clone());
            tokio::spawn(async move {
                if let Err(e) = store.release_key(&user, &key).await {
                    tracing::warn!(error = %e, "releasing an Idempotency-Key failed (it is taken over once this server stops)");
                }
            });
        }
        if let Ok(mut set) = self.in_flight.0.lock() {
            set.remove(&(user, key));
        }
    }
}

fn in_flight() -> ApiError {
    ApiError::for_client(
        StatusCode::CONFLICT,
        ErrorCode::RequestInFlight,
        "The first request with this Idempotency-Key is still being processed.",
    )
}

impl Pending {
    /// Takes `key` of `user` for this request: 409 while another request
    /// with it runs, here or on another server.
    pub async fn enter(state: &AppState, user: &str, key: &str) -> Result<Self, ApiError> {
        let entry = (user.to_owned(), key.to_owned());
        {
            let mut set = state.in_flight.0.lock().map_err(|_| ApiError::internal("the in-flight set is poisoned"))?;
            if !set.insert(entry) {
                return Err(in_flight());
            }
        }
        // Set before the key is taken in the database, so that a request
        // given up meanwhile still releases it (the release only deletes
        // this server's own row, so nothing is lost if none was written).
        let store = (state.store.engine() == crate::store::Engine::Postgres).then(|| state.store.clone());
        let mut pending =
            Self { in_flight: state.in_flight.clone(), store, user: user.to_owned(), key: key.to_owned() };
        if !state.store.take_key(user, key).await? {
            // Another server holds it: there is nothing of ours to release
            // (a release later could take a row this server wrote since).
            pending.store = None;
            return Err(in_flight());
        }
        Ok(pending)
    }

    /// Ends this server's claim on the key, before the answer goes out.
    pub async fn release(mut self) {
        if let Some(store) = &self.store {
            if let Err(e) = store.release_key(&self.user, &self.key).await {
                tracing::warn!(error = %e, "releasing an Idempotency-Key failed (it is taken over once this server stops)");
            }
        }
        // Only now: given up during the release, the drop releases it.
        self.store = None;
    }

    /// The recorded answer to this key, when a request with it finished:
    /// replayed when `hash` is the same request, 422 when it is another.
    pub async fn replay(&self, state: &AppState, hash: &str) -> Result<Option<Response>, ApiError> {
        let stored = state.store.read().await?.stored_reply(&self.user, &self.key).await?;
        match stored {
            Some(s) if s.request_hash != hash => Err(ApiError::for_client(
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorCode::IdempotencyKeyReused,
                "This Idempotency-Key was already used for a different request.",
            )),
            Some(s) => Ok(Some(Reply::from_stored(s).into_response())),
            None => Ok(None),
        }
    }

    /// Records `reply` in `tx` and commits the write and its answer
    /// together; the answer, and whether this write is the one that
    /// committed. (If another process answered the key first, `tx` is
    /// dropped and that answer stands.) The key stays taken until `self`
    /// is dropped, so a caller can finish what follows the commit first.
    pub async fn finish(
        &self,
        state: &AppState,
        mut tx: WriteTx,
        hash: &str,
        reply: Reply,
    ) -> Result<(Response, bool), ApiError> {
        let recorded = self.record(&mut tx, hash, &reply).await?;
        self.commit(state, tx, hash, reply, recorded).await
    }

    /// Records `reply` as the answer to this key in `tx`: false when the
    /// key has an answer already (then drop `tx` and [`Pending::replayed`]).
    pub async fn record(&self, tx: &mut WriteTx, hash: &str, reply: &Reply) -> Result<bool, ApiError> {
        Ok(tx.record_reply(&self.user, &self.key, &reply.stored(hash)).await?)
    }

    /// The answer another request recorded for this key.
    pub async fn replayed(&self, state: &AppState, hash: &str) -> Result<Response, ApiError> {
        self.replay(state, hash).await?.ok_or_else(in_flight)
    }

    /// Commits `tx`, in which the write recorded its answer `reply`
    /// itself (`recorded`: false when the key had an answer already, then
    /// `tx` is dropped and that answer replayed).
    async fn commit(
        &self,
        state: &AppState,
        tx: WriteTx,
        hash: &str,
        reply: Reply,
        recorded: bool,
    ) -> Result<(Response, bool), ApiError> {
        if !recorded {
            drop(tx);
            return Ok((self.replayed(state, hash).await?, false));
        }
        tx.commit().await?;
        Ok((reply.into_response(), true))
    }
}

/// What a write run under an `Idempotency-Key` records as its answer, for
/// a write that records it in its own statement ([`once_recorded`]).
pub struct Recording {
    user: String,
    key: String,
    hash: String,
}

impl Recording {
    /// The answer to record: `reply`, for this key of this user.
    pub fn stored(&self, reply: &Reply) -> StoredReply {
        reply.stored(&self.hash)
    }

    /// `stored` (from [`Recording::stored`]) as the store records it.
    pub fn answer<'a>(&'a self, stored: &'a StoredReply) -> Answer<'a> {
        Answer { user: &self.user, key: &self.key, reply: stored }
    }
}

/// Runs `work` once per (user, key, request): replays a recorded success,
/// refuses a reused key or a request in flight, and otherwise commits the
/// transaction `work` returns together with its answer.
pub async fn once<F>(state: &AppState, user: &str, key: &str, hash: &str, work: F) -> Result<Response, ApiError>
where
    F: Future<Output = Result<(WriteTx, Reply), ApiError>>,
{
    let pending = Pending::enter(state, user, key).await?;
    let answer = async {
        if let Some(replayed) = pending.replay(state, hash).await? {
            return Ok(replayed);
        }
        let (tx, reply) = work.await?;
        Ok(pending.finish(state, tx, hash, reply).await?.0)
    }
    .await;
    pending.release().await;
    answer
}

/// [`once`] for a write that records its answer in the statement that
/// writes it, one trip to the writer fewer (a new draft): `work` gets what
/// to record and returns its transaction, its answer, and whether the
/// answer was recorded (false when the key had one already: that one is
/// replayed and nothing of `work` stays).
pub async fn once_recorded<F, Fut>(
    state: &AppState,
    user: &str,
    key: &str,
    hash: &str,
    work: F,
) -> Result<Response, ApiError>
where
    F: FnOnce(Recording) -> Fut,
    Fut: Future<Output = Result<(WriteTx, Reply, bool), ApiError>>,
{
    let pending = Pending::enter(state, user, key).await?;
    let answer = async {
        if let Some(replayed) = pending.replay(state, hash).await? {
            return Ok(replayed);
        }
        let recording = Recording { user: user.to_owned(), key: key.to_owned(), hash: hash.to_owned() };
        let (tx, reply, recorded) = work(recording).await?;
        Ok(pending.commit(state, tx, hash, reply, recorded).await?.0)
    }
    .await;
    pending.release().await;
    answer
}

/// [`once`] when the request carries a key; otherwise commits what `work`
/// wrote and answers.
pub async fn maybe_once<F>(
    state: &AppState,
    user: &str,
    key: Option<&str>,
    hash: &str,
    work: F,
) -> Result<Response, ApiError>
where
    F: Future<Output = Result<(WriteTx, Reply), ApiError>>,
{
    match key {
        Some(key) => once(state, user, key, hash, work).await,
        None => {
            let (tx, reply) = work.await?;
            tx.commit().await?;
            Ok(reply.into_response())
        }
    }
}
