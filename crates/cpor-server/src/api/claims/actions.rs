//! What the partner can do with a submitted claim besides editing it:
//! withdraw it, answer an information request, dispute a rejection, and
//! reclaim an expired subscription under its new ID. Each is one
//! transaction: the status move, its history, and the comment that goes
//! with it.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use cpor_core::api::v1::WithdrawRequest;
use cpor_core::lifecycle::{partner_offers, Action, PartnerOffer};
use cpor_core::text::nouns;
use cpor_core::ErrorCode;
use cpor_i18n::msg;
use serde::Deserialize;

use super::{if_match, insert_draft, own_claim, reply_in};
use crate::api::free_text;
use crate::api::views::renewals;
use crate::auth::PartnerAdmin;
use crate::error::{ApiError, ApiJson};
use crate::idempotency::{self, maybe_once, request_hash, IdempotencyKey, OptionalIdempotencyKey, Reply};
use crate::lifecycle::{apply, stale};
use crate::store::WriteTx;
use crate::AppState;

/// A body with an optional comment.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct NoteRequest {
    comment: String,
}

impl NoteRequest {
    /// The comment as sent.
    pub fn comment(&self) -> &str {
        &self.comment
    }
}

/// `POST /api/claims/{id}/withdraw` `{"reason"}`: disassociates the claim
/// and releases what it held.
pub async fn withdraw(
    State(state): State<AppState>,
    admin: PartnerAdmin,
    Path(id): Path<String>,
    headers: HeaderMap,
    OptionalIdempotencyKey(key): OptionalIdempotencyKey,
    ApiJson(req): ApiJson<WithdrawRequest>,
) -> Result<Response, ApiError> {
    let reason = free_text(&req.reason, nouns::WITHDRAW_REASON, true)?.unwrap_or_default();
    let hash = request_hash(&format!("POST /api/claims/{id}/withdraw"), reason.as_bytes());
    let action = Action::Withdraw { reason: reason.clone() };
    let work = partner_action(&state, &admin, &id, &headers, action, Some(reason), false);
    maybe_once(&state, &admin.user.id, key.as_deref(), &hash, work).await
}

/// `POST /api/claims/{id}/resubmit` `{"comment"}`: answers "Partner action
/// required"; the comment goes to the thread.
pub async fn resubmit(
    State(state): State<AppState>,
    admin: PartnerAdmin,
    Path(id): Path<String>,
    headers: HeaderMap,
    OptionalIdempotencyKey(key): OptionalIdempotencyKey,
    ApiJson(req): ApiJson<NoteRequest>,
) -> Result<Response, ApiError> {
    let note = free_text(&req.comment, nouns::ANSWER, false)?;
    let hash = request_hash(&format!("POST /api/claims/{id}/resubmit"), note.as_deref().unwrap_or("").as_bytes());
    let work = partner_action(&state, &admin, &id, &headers, Action::Resubmit, note, true);
    maybe_once(&state, &admin.user.id, key.as_deref(), &hash, work).await
}

/// `POST /api/claims/{id}/dispute` `{"comment"}`: contests a rejection
/// within 30 days, with a business justification and/or updated proof of
/// execution uploaded since the rejection.
pub async fn dispute(
    State(state): State<AppState>,
    admin: PartnerAdmin,
    Path(id): Path<String>,
    headers: HeaderMap,
    OptionalIdempotencyKey(key): OptionalIdempotencyKey,
    ApiJson(req): ApiJson<NoteRequest>,
) -> Result<Response, ApiError> {
    let justification = free_text(&req.comment, nouns::JUSTIFICATION, false)?;
    let body = justification.as_deref().unwrap_or("");
    let hash = request_hash(&format!("POST /api/claims/{id}/dispute"), body.as_bytes());
    let work = partner_action(&state, &admin, &id, &headers, Action::Dispute, justification, true);
    maybe_once(&state, &admin.user.id, key.as_deref(), &hash, work).await
}

/// Applies `action` to the organisation's claim `id` (with `If-Match`
/// honoured when sent), keeping `note` in its history and, when
/// `to_thread`, posting it as a comment, in one transaction; the
/// transaction (uncommitted) and the claim as it then is.
async fn partner_action(
    state: &AppState,
    admin: &PartnerAdmin,
    id: &str,
    headers: &HeaderMap,
    action: Action,
    note: Option<String>,
    to_thread: bool,
) -> Result<(WriteTx, Reply), ApiError> {
    let mut tx = state.store.write().await?;
    let claim = own_claim(&mut tx, admin, id).await?;
    let expected = match if_match(headers) {
        Some(tag) if tag != claim.etag() => return Err(stale(&claim)),
        Some(_) => Some(claim.version),
        None => None,
    };
    // A dispute rests on a business justification, updated proof of
    // execution added since the rejection, or both.
    if action == Action::Dispute && note.is_none() && !tx.proof_added_since_status_change(id).await? {
        return Err(ApiError::refused(ErrorCode::ReasonRequired, msg::SERVER_DISPUTE_NEEDS_GROUNDS.into()));
    }
    apply(&mut tx, state.rules(), id, expected, &admin.acting(), &action, note.as_deref()).await?;
    if let (Some(text), true) = (&note, to_thread) {
        tx.add_comment(id, &admin.acting(), None, text).await?;
    }
    let reply = reply_in(state, &mut tx, admin, id, StatusCode::OK, false).await?;
    Ok((tx, reply))
}

/// `POST /api/claims/{id}/reclaim`: when a claimed subscription expired and
/// was renewed under a new ID, a new draft pre-filled from this claim with
/// the new ID (or none, for the partner to enter). Idempotent.
pub async fn reclaim(
    State(state): State<AppState>,
    admin: PartnerAdmin,
    Path(id): Path<String>,
    IdempotencyKey(key): IdempotencyKey,
) -> Result<Response, ApiError> {
    let hash = request_hash(&format!("POST /api/claims/{id}/reclaim"), b"");
    idempotency::once(&state, &admin.user.id, &key, &hash, reclaim_draft(&state, &admin, &id)).await
}

async fn reclaim_draft(state: &AppState, admin: &PartnerAdmin, id: &str) -> Result<(WriteTx, Reply), ApiError> {
    let mut tx = state.store.write().await?;
    let claim = own_claim(&mut tx, admin, id).await?;
    let renewed = renewals(&mut tx, &claim).await?;
    let offers = partner_offers(&claim.clock(), state.clock.today(), &state.calendar, !renewed.is_empty());
    if !offers.contains(&PartnerOffer::Reclaim) {
        return Err(ApiError::worded(
            StatusCode::CONFLICT,
            ErrorCode::ReclaimNotNeeded,
            msg::SERVER_NOTHING_TO_RECLAIM.into(),
        ));
    }
    let mut input = claim.input.clone();
    for (i, new_id) in renewed {
        input.products[i].subscription_id = new_id;
    }
    let new_id = insert_draft(state, &mut tx, admin, &input).await?;
    tx.history_line(id, &admin.acting(), "reclaimed", Some(("reclaimed_as", "", &new_id))).await?;
    let reply = reply_in(state, &mut tx, admin, &new_id, StatusCode::CREATED, true).await?;
    Ok((tx, reply))
}
