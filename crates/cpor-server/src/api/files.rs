//! Proof-of-execution files. An upload streams into a partial file under a
//! server-made name in the file store (never a served folder) while its
//! size is limited and its SHA-256 computed; its first bytes are checked
//! against the extension and the allowlist by `cpor-core`; then the claim's
//! status and file count are checked again, the row, the history line and
//! the request's recorded answer are written in one transaction, and the
//! file is put in place. Downloads are always attachments with `nosniff`
//! and a sandboxing policy.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Multipart, Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use cpor_core::api::v1::PoeFile;
use cpor_core::lifecycle::{transition, Action, Actor, ClaimField};
use cpor_core::poe::{check_file, check_name, safe_display_name, PoeFileError, MAX_FILE_BYTES, SNIFF_BYTES};
use cpor_core::ErrorCode;
use cpor_i18n::{msg, Msg, Text};
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

use super::claims::own_claim;
use super::thread::viewable_claim;
use crate::auth::{CurrentUser, PartnerAdmin};
use crate::error::ApiError;
use crate::idempotency::{request_hash, IdempotencyKey, Pending, Reply};
use crate::store::{ClaimRecord, PartialFile};
use crate::AppState;

/// Largest upload request: one file at the limit plus the form around it.
pub const MAX_UPLOAD_BODY: usize = MAX_FILE_BYTES as usize + 64 * 1024;

fn file_error(e: PoeFileError) -> ApiError {
    let status = match e {
        PoeFileError::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    };
    ApiError::worded(status, e.code(), e.text())
}

/// 400 for an upload that didn't arrive whole: `text` for the person,
/// `cause` for the log.
fn broken_upload(text: Msg<0>, cause: impl std::fmt::Display) -> ApiError {
    tracing::info!(%cause, "an upload didn't arrive whole");
    ApiError::worded(StatusCode::BAD_REQUEST, ErrorCode::MalformedRequest, text.into())
}

/// 404 for a file the claim doesn't have.
fn file_not_found(file_id: &str) -> ApiError {
    ApiError::worded(
        StatusCode::NOT_FOUND,
        ErrorCode::NotFound,
        Text::new(msg::SERVER_FILE_NOT_FOUND, [file_id.to_owned().into()]),
    )
}

/// Whether files may be added to the claim today: while it is open for
/// edits, or while a dispute is possible (updated proof).
fn files_open(state: &AppState, claim: &ClaimRecord) -> Result<(), ApiError> {
    let rules = state.rules();
    let disputing = transition(&claim.clock(), Actor::Partner, &Action::Dispute, rules.today, rules.calendar).is_ok();
    if claim.status.can_edit(ClaimField::ProofOfExecution) || disputing {
        return Ok(());
    }
    Err(ApiError::worded(
        StatusCode::CONFLICT,
        ErrorCode::FieldLocked,
        Text::new(msg::SERVER_FILES_CLOSED, [claim.status.message().into()]),
    ))
}

/// A file streamed into its partial file.
struct Received {
    id: String,
    name: String,
    bytes: u64,
    head: Vec<u8>,
    sha256: String,
}

/// Streams the form's `file` part into a new partial file, within the size
/// limit, hashing it as it comes. With `held` (the claim's file count), the
/// name, extension and count are checked before any byte is stored. On a
/// refusal nothing is left stored.
async fn receive(
    state: &AppState,
    form: &mut Multipart,
    held: Option<usize>,
) -> Result<(Received, PartialFile), ApiError> {
    let mut field = loop {
        match form.next_field().await.map_err(|e| broken_upload(msg::SERVER_UPLOAD_UNREADABLE, e))? {
            Some(f) if f.name() == Some("file") => break f,
            Some(_) => continue,
            None => {
                return Err(ApiError::for_client(
                    StatusCode::BAD_REQUEST,
                    ErrorCode::MalformedRequest,
                    "The upload has no part named \"file\".",
                ))
            }
        }
    };
    let name = field.file_name().unwrap_or_default().to_owned();
    if let Some(count) = held {
        check_name(&name, count).map_err(file_error)?;
    }
    let id = crate::ids::file_id();
    let (mut out, partial) = state.files.create_partial(&id);
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    let mut hasher = Sha256::new();
    let mut bytes: u64 = 0;
    let streamed: Result<(), ApiError> = async {
        while let Some(chunk) = field.chunk().await.map_err(|e| {
            if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                file_error(PoeFileError::TooLarge { bytes: MAX_FILE_BYTES + 1 })
            } else {
                broken_upload(msg::SERVER_UPLOAD_BROKE_OFF, e)
            }
        })? {
            bytes += chunk.len() as u64;
            if bytes > MAX_FILE_BYTES {
                return Err(file_error(PoeFileError::TooLarge { bytes }));
            }
            if head.len() < SNIFF_BYTES {
                let take = (SNIFF_BYTES - head.len()).min(chunk.len());
                head.extend_from_slice(&chunk[..take]);
            }
            hasher.update(&chunk);
            out.write_all(&chunk).await.map_err(ApiError::internal)?;
        }
        Ok(())
    }
    .await;
    // The whole file is stored, durably, as the writer shuts down (a store
    // that fails there has already given up its parts); a refusal before
    // gives up the parts stored so far.
    let stored = match streamed {
        Ok(()) => out.shutdown().await.map_err(ApiError::internal),
        Err(refused) => {
            let _ = out.abort().await;
            Err(refused)
        }
    };
    if let Err(refused) = stored {
        partial.settle().await;
        return Err(refused);
    }
    Ok((Received { id, name, bytes, head, sha256: crate::ids::to_hex(&hasher.finalize()) }, partial))
}

/// `POST /api/claims/{id}/files` (multipart, field `file`).
pub async fn upload(
    State(state): State<AppState>,
    admin: PartnerAdmin,
    Path(id): Path<String>,
    IdempotencyKey(key): IdempotencyKey,
    mut form: Multipart,
) -> Result<Response, ApiError> {
    let pending = Arc::new(Pending::enter(&state, &admin.user.id, &key).await?);
    let answer = receive_and_record(&state, &admin, &id, &key, &pending, &mut form).await;
    // The key is released only now, once the file is in place. (Given up
    // before this, the request drops its share, and the key is released
    // when the task putting the file in place drops the last.)
    if let Ok(pending) = Arc::try_unwrap(pending) {
        pending.release().await;
    }
    answer
}

async fn receive_and_record(
    state: &AppState,
    admin: &PartnerAdmin,
    id: &str,
    key: &str,
    pending: &Arc<Pending>,
    form: &mut Multipart,
) -> Result<Response, ApiError> {
    let mut db = state.store.read().await?;
    // A retry of a finished upload is answered as it was, whatever changed
    // since; a new one is refused before any byte is stored when the claim
    // is closed or full.
    let held = if db.stored_reply(&admin.user.id, key).await?.is_some() {
        None
    } else {
        let claim = own_claim(&mut db, admin, id).await?;
        files_open(state, &claim)?;
        Some(db.file_count(id).await?)
    };
    drop(db);
    let (file, mut partial) = receive(state, form, held).await?;
    // The same key, claim, name and content is the same upload.
    let fingerprint = format!("{}\0{}\0{}", file.name, file.bytes, file.sha256);
    let hash = request_hash(&format!("POST /api/claims/{id}/files"), fingerprint.as_bytes());
    let answer = record(state, admin, id, &file, &mut partial, &hash, pending).await;
    // Whatever was not put in place is gone before the answer leaves.
    partial.settle().await;
    answer
}

/// Records the received file (or replays the answer to its key), and puts
/// it in place, keeping `partial`.
async fn record(
    state: &AppState,
    admin: &PartnerAdmin,
    id: &str,
    file: &Received,
    partial: &mut PartialFile,
    hash: &str,
    pending: &Arc<Pending>,
) -> Result<Response, ApiError> {
    if let Some(replayed) = pending.replay(state, hash).await? {
        return Ok(replayed);
    }
    crate::failpoints::pause("upload::before_record").await;
    let mut tx = state.store.write().await?;
    let claim = own_claim(&mut tx, admin, id).await?;
    // Checked again where it counts: in the transaction that records the
    // file, so parallel uploads can't pass the limits together.
    files_open(state, &claim).map_err(|_| {
        ApiError::worded(StatusCode::CONFLICT, ErrorCode::StaleClaim, msg::SERVER_UPLOAD_STATUS_CHANGED.into())
    })?;
    let count = tx.file_count(id).await?;
    let kind = check_file(&file.name, file.bytes, &file.head, count).map_err(file_error)?;
    let stored = PoeFile {
        id: file.id.clone(),
        name: safe_display_name(&file.name),
        kind,
        bytes: file.bytes,
        uploaded_on: state.clock.today(),
    };
    tx.insert_file(id, &stored, &file.sha256, &admin.user.id).await?;
    tx.history_line(id, &admin.acting(), "file added", Some(("proof_of_execution", "", &stored.name))).await?;
    tx.touch_if_status(id, claim.status).await?;
    let reply = Reply::json(StatusCode::CREATED, &stored)?;
    // Kept from here on: once the commit may have happened, the contents
    // stay whatever becomes of this request (cut off by its time limit, or
    // a commit whose outcome is unknown). The start-up sweep and the
    // scheduler's tidy put a recorded partial file in place and remove an
    // unrecorded one.
    partial.keep();
    if !pending.record(&mut tx, hash, &reply).await? {
        // Answered from an earlier request's recorded reply: not recorded.
        drop(tx);
        state.files.discard_partial(&file.id).await;
        return pending.replayed(state, hash).await;
    }
    // The file is put in place even if the request is given up while the
    // write commits: a recorded file is never left partial, and its key
    // stays taken until it is in place (a retry meanwhile is told the
    // first request still runs, not answered 201 with a file not there).
    let (files, file_id, hold) = (state.files.clone(), file.id.clone(), Arc::clone(pending));
    tx.commit_then(async move {
        crate::failpoints::pause("upload::before_complete").await;
        if let Err(e) = files.complete(&file_id).await {
            tracing::error!(file = %file_id, error = %e, "putting an uploaded file in place failed");
        }
        drop(hold);
    })
    .await?;
    Ok(reply.into_response())
}

/// `GET /api/claims/{id}/files/{file_id}`: always an attachment.
pub async fn download(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, file_id)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let mut db = state.store.read().await?;
    viewable_claim(&mut db, &user, &id).await?;
    let (name, kind) = db.file(&id, &file_id).await?.ok_or_else(|| file_not_found(&file_id))?;
    drop(db);
    let body = Body::from_stream(state.files.open(&file_id).await.map_err(ApiError::internal)?);
    let mut res = body.into_response();
    let headers = res.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind.media_type()));
    let ascii: String =
        name.chars().map(|c| if c.is_ascii_alphanumeric() || ".-_ ".contains(c) { c } else { '_' }).collect();
    let encoded: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b".-_".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    let disposition = format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}");
    headers.insert(header::CONTENT_DISPOSITION, HeaderValue::from_str(&disposition).map_err(ApiError::internal)?);
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static("default-src 'none'; sandbox"));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    Ok(res)
}

/// `DELETE /api/claims/{id}/files/{file_id}`: while the claim is a draft.
pub async fn remove(
    State(state): State<AppState>,
    admin: PartnerAdmin,
    Path((id, file_id)): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    let mut tx = state.store.write().await?;
    let claim = own_claim(&mut tx, &admin, &id).await?;
    if claim.status != cpor_core::ClaimStatus::Editing {
        return Err(ApiError::worded(StatusCode::CONFLICT, ErrorCode::FieldLocked, msg::SERVER_FILES_KEPT.into()));
    }
    let (name, _) = tx.file(&id, &file_id).await?.ok_or_else(|| file_not_found(&file_id))?;
    tx.remove_file(&file_id).await?;
    tx.history_line(&id, &admin.acting(), "file removed", Some(("proof_of_execution", &name, ""))).await?;
    tx.touch_if_status(&id, claim.status).await?;
    let files = state.files.clone();
    tx.commit_then(async move { files.remove(&file_id).await }).await?;
    Ok(StatusCode::NO_CONTENT)
}
