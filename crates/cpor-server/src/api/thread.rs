//! A claim's comments and history, for its partner organisation and for
//! reviewers. Comments are plain text, checked by `cpor-core`'s text rule,
//! and stay plain text.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Json;
use cpor_core::api::v1::{Comment, CommentSide, CommentsResponse, HistoryEntry, HistoryResponse, NewComment};
use cpor_core::lifecycle::ClaimStatus;
use cpor_core::text::nouns;
use cpor_core::ErrorCode;

use super::free_text;
use crate::auth::{may_see_claims, CurrentUser};
use crate::error::{ApiError, ApiJson};
use crate::idempotency::{self, request_hash, IdempotencyKey, Reply};
use crate::lifecycle::claim_not_found;
use crate::store::{ClaimRecord, ClaimScope, CommentRecord, Conn, Db, WriteTx};
use crate::AppState;

/// The claim, if `user` may see it: reviewers see every claim, partner
/// admins their organisation's; anyone else is refused.
pub async fn viewable_claim<C: Conn>(db: &mut Db<C>, user: &CurrentUser, id: &str) -> Result<ClaimRecord, ApiError> {
    may_see_claims(user.role)?;
    let scope = match (&user.organisation_id, user.role.can_review()) {
        (_, true) => ClaimScope::Any,
        (Some(org), false) => ClaimScope::Organisation(org),
        (None, false) => return Err(claim_not_found(id)),
    };
    db.claim(id, scope).await?.ok_or_else(|| claim_not_found(id))
}

/// A stored comment as the API shows it.
pub fn comment_view(c: CommentRecord) -> Comment {
    Comment { id: c.id, at: c.at, author: c.author, side: c.side, reply_to: c.reply_to, body: c.body }
}

/// `GET /api/claims/{id}/comments`.
pub async fn comments(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Json<CommentsResponse>, ApiError> {
    let mut db = state.store.read().await?;
    let claim = viewable_claim(&mut db, &user, &id).await?;
    let comments: Vec<Comment> = db.comments(&id).await?.into_iter().map(comment_view).collect();
    let pinned = (claim.status == ClaimStatus::PartnerActionRequired)
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
    idempotency::once(&state, &user.id, &key, &hash, add_comment(&state, &user, &id, req)).await
}

async fn add_comment(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
    req: NewComment,
) -> Result<(WriteTx, Reply), ApiError> {
    let body = free_text(&req.body, nouns::COMMENT, true)?.unwrap_or_default();
    let mut tx = state.store.write().await?;
    viewable_claim(&mut tx, user, id).await?;
    if let Some(parent) = req.reply_to {
        if !tx.comment_exists(id, parent).await? {
            return Err(ApiError::refused(ErrorCode::MalformedRequest, cpor_i18n::msg::SERVER_REPLY_TO_UNKNOWN.into()));
        }
    }
    let acting = user.acting();
    let comment = tx.add_comment(id, &acting, req.reply_to, &body).await?;
    tx.history_line(id, &acting, "commented", None).await?;
    Ok((tx, Reply::json(StatusCode::CREATED, &comment_view(comment))?))
}

/// `GET /api/claims/{id}/history`.
pub async fn history(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Json<HistoryResponse>, ApiError> {
    let mut db = state.store.read().await?;
    viewable_claim(&mut db, &user, &id).await?;
    let entries = db
        .history(&id)
        .await?
        .into_iter()
        .map(|h| HistoryEntry {
            at: h.at,
            actor: h.actor_id,
            actor_name: h.actor_name,
            actor_role: h.actor_role,
            action: h.action,
            field: h.field,
            old_value: h.old_value,
            new_value: h.new_value,
        })
        .collect();
    Ok(Json(HistoryResponse { entries }))
}
