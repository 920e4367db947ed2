//! Proof-of-execution files. Uploads stream to disk under a server-made
//! name in the files folder (never a served folder), the first bytes are
//! checked against the extension and the allowlist by `cpor-core`, size and
//! count limits hold while streaming; downloads are always attachments with
//! `nosniff` and a sandboxing policy.

use axum::body::Body;
use axum::extract::{Multipart, Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use cpor_core::api::v1::PoeFile;
use cpor_core::lifecycle::{transition, Action, Actor, ClaimField};
use cpor_core::poe::{check_file, check_name, safe_display_name, PoeFileError, PoeKind, MAX_FILE_BYTES, SNIFF_BYTES};
use cpor_core::{Date, ErrorCode};
use tokio::io::AsyncWriteExt;

use super::claims::own_claim;
use super::thread::viewable_claim;
use crate::auth::{CurrentUser, PartnerAdmin};
use crate::db::{enum_from_text, enum_text};
use crate::error::ApiError;
use crate::idempotency::{self, json_reply, request_hash, IdempotencyKey};
use crate::lifecycle::history;
use crate::AppState;

/// Largest upload request: one file at the limit plus the form around it.
pub const MAX_UPLOAD_BODY: usize = MAX_FILE_BYTES as usize + 64 * 1024;

fn file_error(e: PoeFileError) -> ApiError {
    let status = match e {
        PoeFileError::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    };
    ApiError::new(status, e.code(), e.to_string())
}

/// The files of a claim, oldest first.
pub async fn list_files(state: &AppState, claim_id: &str) -> Result<Vec<PoeFile>, ApiError> {
    let rows: Vec<(String, String, String, i64, String)> = sqlx::query_as(
        "SELECT id, name, kind, bytes, uploaded_on FROM claim_files WHERE claim_id = ? AND removed = 0 ORDER BY rowid",
    )
    .bind(claim_id)
    .fetch_all(&state.db)
    .await?;
    rows.into_iter()
        .map(|(id, name, kind, bytes, uploaded_on)| {
            Ok(PoeFile {
                id,
                name,
                kind: enum_from_text(&kind).map_err(ApiError::internal)?,
                bytes: bytes as u64,
                uploaded_on: Date::parse(&uploaded_on).map_err(ApiError::internal)?,
            })
        })
        .collect()
}

/// `POST /api/claims/{id}/files` (multipart, field `file`).
pub async fn upload(
    State(state): State<AppState>,
    admin: PartnerAdmin,
    Path(id): Path<String>,
    IdempotencyKey(key): IdempotencyKey,
    headers: HeaderMap,
    mut form: Multipart,
) -> Result<Response, ApiError> {
    let claim = own_claim(&state, &admin, &id).await?;
    let status = claim.status()?;
    // Files go with an open claim, or with a dispute (updated proof).
    let disputing =
        transition(&claim.clock()?, Actor::Partner, &Action::Dispute, state.clock.today(), &state.calendar).is_ok();
    if !status.can_edit(ClaimField::ProofOfExecution) && !disputing {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            ErrorCode::FieldLocked,
            format!("Files can't be added to a claim that is {}.", status.label().to_lowercase()),
        ));
    }
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM claim_files WHERE claim_id = ? AND removed = 0")
        .bind(&id)
        .fetch_one(&state.db)
        .await?;
    let count = count as usize;
    let malformed = |detail: &str| ApiError::new(StatusCode::BAD_REQUEST, ErrorCode::MalformedRequest, detail);
    let field = loop {
        match form.next_field().await.map_err(|e| malformed(&format!("The upload couldn't be read: {e}")))? {
            Some(f) if f.name() == Some("file") => break f,
            Some(_) => continue,
            None => return Err(malformed("The upload has no part named \"file\".")),
        }
    };
    let raw_name = field.file_name().unwrap_or_default().to_owned();
    // The same key, claim, name and length is the same upload.
    let length = headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).unwrap_or("");
    let hash = request_hash(&format!("POST /api/claims/{id}/files"), format!("{raw_name}\0{length}").as_bytes());
    let user = admin.user.id.clone();
    let writer = state.writer.clone();
    let work = async move {
        let mut field = field;
        // Name, extension, count: refused before any byte is stored.
        check_name(&raw_name, count).map_err(file_error)?;
        tokio::fs::create_dir_all(&state.files_dir).await.map_err(ApiError::internal)?;
        let file_id = format!("F-{}", hex(&crate::auth::AuthConfig::random_key().map_err(ApiError::internal)?[..8]));
        let path = state.files_dir.join(&file_id);
        let mut out = tokio::fs::File::create(&path).await.map_err(ApiError::internal)?;
        let mut head = Vec::with_capacity(SNIFF_BYTES);
        let mut size: u64 = 0;
        let outcome: Result<(), ApiError> = async {
            while let Some(chunk) = field.chunk().await.map_err(|e| {
                if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    file_error(PoeFileError::TooLarge { bytes: MAX_FILE_BYTES + 1 })
                } else {
                    malformed(&format!("The upload broke off: {e}"))
                }
            })? {
                size += chunk.len() as u64;
                if size > MAX_FILE_BYTES {
                    return Err(file_error(PoeFileError::TooLarge { bytes: size }));
                }
                if head.len() < SNIFF_BYTES {
                    let take = (SNIFF_BYTES - head.len()).min(chunk.len());
                    head.extend_from_slice(&chunk[..take]);
                }
                out.write_all(&chunk).await.map_err(ApiError::internal)?;
            }
            out.flush().await.map_err(ApiError::internal)?;
            out.sync_all().await.map_err(ApiError::internal)?;
            Ok(())
        }
        .await;
        let kind = outcome.and_then(|()| check_file(&raw_name, size, &head, count).map_err(file_error));
        let kind = match kind {
            Ok(kind) => kind,
            Err(e) => {
                let _ = tokio::fs::remove_file(&path).await;
                return Err(e);
            }
        };
        let file = PoeFile {
            id: file_id.clone(),
            name: safe_display_name(&raw_name),
            kind,
            bytes: size,
            uploaded_on: state.clock.today(),
        };
        let mut tx = state.writer.begin().await?;
        sqlx::query(
        "INSERT INTO claim_files (id, claim_id, name, kind, bytes, uploaded_on, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&file.id)
    .bind(&id)
    .bind(&file.name)
    .bind(enum_text(&file.kind))
    .bind(size as i64)
    .bind(file.uploaded_on.to_string())
    .bind(&admin.user.id)
    .execute(&mut *tx)
    .await?;
        history(
            &mut tx,
            &id,
            &admin.acting(),
            "file added",
            Some(("proof_of_execution", String::new(), file.name.clone())),
        )
        .await?;
        // The claim's status may have moved while the file streamed in.
        let bumped = sqlx::query("UPDATE claims SET version = version + 1, updated_at = ? WHERE id = ? AND status = ?")
            .bind(crate::token::now() as i64)
            .bind(&id)
            .bind(enum_text(&status))
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if bumped == 0 {
            drop(tx);
            let _ = tokio::fs::remove_file(&path).await;
            return Err(ApiError::new(
                StatusCode::CONFLICT,
                ErrorCode::StaleClaim,
                "The claim's status changed while the file was uploading, so it wasn't added. Reload the claim.",
            ));
        }
        tx.commit().await?;
        json_reply(StatusCode::CREATED, &file)
    };
    idempotency::once(&writer, &user, &key, &hash, work).await
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02X}")).collect()
}

async fn stored_file(state: &AppState, claim_id: &str, file_id: &str) -> Result<(String, PoeKind), ApiError> {
    let row: Option<(String, String)> =
        sqlx::query_as("SELECT name, kind FROM claim_files WHERE id = ? AND claim_id = ? AND removed = 0")
            .bind(file_id)
            .bind(claim_id)
            .fetch_optional(&state.db)
            .await?;
    let (name, kind) = row.ok_or_else(|| {
        ApiError::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, format!("There's no file {file_id} on this claim."))
    })?;
    Ok((name, enum_from_text(&kind).map_err(ApiError::internal)?))
}

/// `GET /api/claims/{id}/files/{file_id}`: always an attachment.
pub async fn download(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, file_id)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    viewable_claim(&state, &user, &id).await?;
    let (name, kind) = stored_file(&state, &id, &file_id).await?;
    let file = tokio::fs::File::open(state.files_dir.join(&file_id)).await.map_err(ApiError::internal)?;
    let body = Body::from_stream(tokio_util::io::ReaderStream::new(file));
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
    let claim = own_claim(&state, &admin, &id).await?;
    if claim.status()? != cpor_core::ClaimStatus::Editing {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            ErrorCode::FieldLocked,
            "Files can't be removed once the claim is submitted; add a newer file with a comment instead.",
        ));
    }
    let (name, _) = stored_file(&state, &id, &file_id).await?;
    let mut tx = state.writer.begin().await?;
    sqlx::query("UPDATE claim_files SET removed = 1 WHERE id = ?").bind(&file_id).execute(&mut *tx).await?;
    history(&mut tx, &id, &admin.acting(), "file removed", Some(("proof_of_execution", name, String::new()))).await?;
    tx.commit().await?;
    let _ = tokio::fs::remove_file(state.files_dir.join(&file_id)).await;
    Ok(StatusCode::NO_CONTENT)
}
