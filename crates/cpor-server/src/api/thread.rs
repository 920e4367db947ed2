//! A claim's comments and history, for its partner organisation and for
//! reviewers. Comments are plain text and stay plain text.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Json;
use cpor_core::api::v1::{Comment, CommentSide, CommentsResponse, HistoryEntry, HistoryResponse, NewComment};
use cpor_core::lifecycle::ClaimStatus;
use cpor_core::ErrorCode;

use super::claims::{checked_note, ClaimRow, CLAIM_COLUMNS};
use crate::auth::CurrentUser;
use crate::db::enum_from_text;
use crate::error::{ApiError, ApiJson};
use crate::idempotency::{self, json_reply, request_hash, IdempotencyKey, Stored};
use crate::AppState;

/// The claim, if `user` may see it: reviewers see every claim, partner
/// admins their organisation's; anyone else is refused.
pub async fn viewable_claim(state: &AppState, user: &CurrentUser, id: &str) -> Result<ClaimRow, ApiError> {
    let not_found =
        || ApiError::new(StatusCode::NOT_FOUND, ErrorCode::ClaimNotFound, format!("There's no claim {id}."));
    let sql = format!("SELECT {CLAIM_COLUMNS} FROM claims WHERE id = ? AND (? OR organisation_id = ?)");
    if !user.role.can_review() && !user.role.can_claim() {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            ErrorCode::RoleRequired,
            cpor_core::access::roles_needed_sentence(),
        ));
    }
    sqlx::query_as::<_, ClaimRow>(&sql)
        .bind(id)
        .bind(user.role.can_review())
        .bind(user.organisation_id.as_deref().unwrap_or(""))
        .fetch_optional(&state.db)
        .await?
        .ok_or_else(not_found)
}

/// `GET /api/claims/{id}/comments`.
pub async fn comments(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Json<CommentsResponse>, ApiError> {
    let claim = viewable_claim(&state, &user, &id).await?;
    let rows: Vec<(i64, i64, String, String, Option<i64>, String)> = sqlx::query_as(
        "SELECT id, at, author_name, side, reply_to, body FROM claim_comments WHERE claim_id = ? ORDER BY id",
    )
    .bind(&id)
    .fetch_all(&state.db)
    .await?;
    let comments: Vec<Comment> = rows
        .into_iter()
        .map(|(id, at, author, side, reply_to, body)| {
            let side: CommentSide = enum_from_text(&side).map_err(ApiError::internal)?;
            Ok(Comment { id, at, author, side, reply_to, body })
        })
        .collect::<Result<_, ApiError>>()?;
    let pinned = (claim.status()? == ClaimStatus::PartnerActionRequired)
        .then(|| comments.iter().rev().find(|c| c.side == CommentSide::Reviewer).map(|c| c.id))
        .flatten();
    Ok(Json(CommentsResponse { comments, pinned }))
}

/// `POST /api/claims/{id}/comments` `{"body", "reply_to"?}`.
pub async fn post_comment(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    IdempotencyKey(key): IdempotencyKey,
    ApiJson(req): ApiJson<NewComment>,
) -> Result<Response, ApiError> {
    let body = serde_json::to_vec(&req).map_err(ApiError::internal)?;
    let hash = request_hash(&format!("POST /api/claims/{id}/comments"), &body);
    idempotency::once(&state.writer, &user.id.clone(), &key, &hash, add_comment(&state, user, &id, req)).await
}

async fn add_comment(state: &AppState, user: CurrentUser, id: &str, req: NewComment) -> Result<Stored, ApiError> {
    let id = id.to_owned();
    viewable_claim(state, &user, &id).await?;
    let Some(body) = checked_note(&req.body, true)? else {
        return Err(ApiError::internal("a required note came back empty"));
    };
    if let Some(parent) = req.reply_to {
        let exists: Option<(i64,)> = sqlx::query_as("SELECT 1 FROM claim_comments WHERE id = ? AND claim_id = ?")
            .bind(parent)
            .bind(&id)
            .fetch_optional(&state.db)
            .await?;
        if exists.is_none() {
            return Err(ApiError::unprocessable(
                ErrorCode::MalformedRequest,
                "The comment answered isn't on this claim.",
            ));
        }
    }
    let side = if user.role.can_review() { "reviewer" } else { "partner" };
    let mut tx = state.writer.begin().await?;
    let acting = user.acting();
    let comment_id = crate::lifecycle::comment(&mut tx, &id, &acting, side, req.reply_to, &body).await?;
    crate::lifecycle::history(&mut tx, &id, &acting, "commented", None).await?;
    tx.commit().await?;
    let side = enum_from_text(side).map_err(ApiError::internal)?;
    let at = crate::token::now() as i64;
    json_reply(
        StatusCode::CREATED,
        &Comment { id: comment_id, at, author: user.name, side, reply_to: req.reply_to, body },
    )
}

/// `GET /api/claims/{id}/history`.
pub async fn history(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Json<HistoryResponse>, ApiError> {
    viewable_claim(&state, &user, &id).await?;
    type Row = (i64, String, String, String, Option<String>, Option<String>, Option<String>);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT at, actor_id, actor_role, action, field, old_value, new_value FROM claim_history
         WHERE claim_id = ? ORDER BY id",
    )
    .bind(&id)
    .fetch_all(&state.db)
    .await?;
    let entries = rows
        .into_iter()
        .map(|(at, actor, actor_role, action, field, old_value, new_value)| HistoryEntry {
            at,
            actor,
            actor_role,
            action,
            field,
            old_value,
            new_value,
        })
        .collect();
    Ok(Json(HistoryResponse { entries }))
}
