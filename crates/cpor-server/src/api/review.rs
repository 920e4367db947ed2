//! The reviewers' side: the queue by due date, a claim with what competes
//! with it, and the decisions (start, request information, approve,
//! reject, decide an arbitration). Each decision, with the comment that
//! explains it, is one transaction; an arbitration decision (the winner
//! approved, every competing claim rejected and told why) is one
//! transaction too: all of it or none of it.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Json;
use cpor_core::api::v1::{
    CompetingClaim, InformationRequest, QueueItem, QueueResponse, RejectRequest, ReviewClaim, SlaState,
};
use cpor_core::lifecycle::{Action, ClaimStatus};
use cpor_core::text::nouns;
use cpor_core::ErrorCode;

use super::claims::NoteRequest;
use super::free_text;
use super::thread::viewable_claim;
use super::views::{detail, summary};
use crate::auth::{CurrentUser, Reviewer};
use crate::error::{ApiError, ApiJson};
use crate::idempotency::{maybe_once, request_hash, OptionalIdempotencyKey, Reply};
use crate::lifecycle::apply;
use crate::store::{ClaimRecord, Conn, Db, WriteTx};
use crate::AppState;

/// `GET /api/review/queue`: claims waiting for a reviewer, by due date.
pub async fn queue(State(state): State<AppState>, _reviewer: Reviewer) -> Result<Json<QueueResponse>, ApiError> {
    let mut db = state.store.read().await?;
    let claims = db.review_queue().await?;
    let names = db.product_names().await?;
    let today = state.clock.today();
    let items = claims
        .iter()
        .map(|claim| {
            let sla = match claim.due_on {
                Some(due) if due < today => SlaState::Overdue,
                Some(due) if due == today => SlaState::DueToday,
                _ => SlaState::OnTime,
            };
            QueueItem { claim: summary(claim, &names), organisation: claim.organisation_name.clone(), sla }
        })
        .collect();
    Ok(Json(QueueResponse { items }))
}

/// Other organisations' live claims on what `claim_id` holds or contests.
async fn competing<C: Conn>(db: &mut Db<C>, claim_id: &str) -> Result<Vec<CompetingClaim>, ApiError> {
    let names = db.product_names().await?;
    let mut out = Vec::new();
    for other in db.competing_claims(claim_id).await? {
        let files = db.files(&other.id).await?;
        out.push(CompetingClaim {
            organisation: other.organisation_name.clone(),
            latest_poe: files.iter().map(|f| f.uploaded_on).max(),
            files: files.len(),
            submitted_on: other.submitted_on,
            claim: summary(&other, &names),
        });
    }
    Ok(out)
}

/// The review view of a claim, read through `db`.
async fn review_view<C: Conn>(state: &AppState, db: &mut Db<C>, claim: &ClaimRecord) -> Result<ReviewClaim, ApiError> {
    let opt_out_url = match (&claim.opt_out_token, state.demo(), claim.status) {
        (Some(token), true, ClaimStatus::Approved) => Some(format!("/opt-out/{token}")),
        _ => None,
    };
    Ok(ReviewClaim {
        organisation: claim.organisation_name.clone(),
        competing: competing(db, &claim.id).await?,
        submitted_on: claim.submitted_on,
        claim: detail(state, db, claim).await?,
        opt_out_url,
    })
}

/// `GET /api/review/claims/{id}`.
pub async fn claim(
    State(state): State<AppState>,
    Reviewer(user): Reviewer,
    Path(id): Path<String>,
) -> Result<Json<ReviewClaim>, ApiError> {
    let mut db = state.store.read().await?;
    let claim = viewable_claim(&mut db, &user, &id).await?;
    Ok(Json(review_view(&state, &mut db, &claim).await?))
}

/// The claim as it is now in `tx`, for the reviewer, as a reply.
async fn review_reply(state: &AppState, tx: &mut WriteTx, user: &CurrentUser, id: &str) -> Result<Reply, ApiError> {
    let claim = viewable_claim(tx, user, id).await?;
    Reply::json(StatusCode::OK, &review_view(state, tx, &claim).await?)
}

/// Applies a reviewer's decision and posts its explanation to the thread,
/// in one transaction (with the answer to its Idempotency-Key, when it
/// carries one); the claim as it then is.
async fn decide(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
    key: Option<String>,
    action: Action,
    note: Option<String>,
) -> Result<Response, ApiError> {
    let body = serde_json::to_vec(&(&action, &note)).map_err(ApiError::internal)?;
    let hash = request_hash(&format!("POST /api/review/claims/{id}/{}", action.label()), &body);
    let work = async {
        let mut tx = state.store.write().await?;
        viewable_claim(&mut tx, user, id).await?;
        let acting = user.acting();
        apply(&mut tx, state.rules(), id, None, &acting, &action, note.as_deref()).await?;
        if let Some(text) = &note {
            tx.add_comment(id, &acting, None, text).await?;
        }
        let reply = review_reply(state, &mut tx, user, id).await?;
        Ok((tx, reply))
    };
    maybe_once(state, &user.id, key.as_deref(), &hash, work).await
}

/// `POST /api/review/claims/{id}/start`.
pub async fn start(
    State(state): State<AppState>,
    Reviewer(user): Reviewer,
    Path(id): Path<String>,
    OptionalIdempotencyKey(key): OptionalIdempotencyKey,
) -> Result<Response, ApiError> {
    decide(&state, &user, &id, key, Action::StartReview, None).await
}

/// `POST /api/review/claims/{id}/request-information` `{"reasons", "comment"}`.
pub async fn request_information(
    State(state): State<AppState>,
    Reviewer(user): Reviewer,
    Path(id): Path<String>,
    OptionalIdempotencyKey(key): OptionalIdempotencyKey,
    ApiJson(req): ApiJson<InformationRequest>,
) -> Result<Response, ApiError> {
    let note = free_text(&req.comment, nouns::INFORMATION_REQUEST, true)?;
    decide(&state, &user, &id, key, Action::RequestInformation { reasons: req.reasons }, note).await
}

/// `POST /api/review/claims/{id}/approve` `{"comment"?}`. A claim in
/// arbitration is refused (`in_arbitration`): only the arbitration
/// decision approves one of the competing claims.
pub async fn approve(
    State(state): State<AppState>,
    Reviewer(user): Reviewer,
    Path(id): Path<String>,
    OptionalIdempotencyKey(key): OptionalIdempotencyKey,
    ApiJson(req): ApiJson<NoteRequest>,
) -> Result<Response, ApiError> {
    let note = free_text(req.comment(), nouns::COMMENT, false)?;
    decide(&state, &user, &id, key, Action::Approve, note).await
}

/// `POST /api/review/claims/{id}/reject` `{"reason", "comment"?}`.
pub async fn reject(
    State(state): State<AppState>,
    Reviewer(user): Reviewer,
    Path(id): Path<String>,
    OptionalIdempotencyKey(key): OptionalIdempotencyKey,
    ApiJson(req): ApiJson<RejectRequest>,
) -> Result<Response, ApiError> {
    let note = free_text(&req.comment, nouns::COMMENT, false)?;
    decide(&state, &user, &id, key, Action::Reject { reason: req.reason }, note).await
}

/// `POST /api/review/claims/{id}/win-arbitration` `{"comment"}`: this claim
/// wins what it contests (approved, or kept if it already holds it); every
/// competing claim is rejected and told why. One transaction.
pub async fn win_arbitration(
    State(state): State<AppState>,
    Reviewer(user): Reviewer,
    Path(id): Path<String>,
    OptionalIdempotencyKey(key): OptionalIdempotencyKey,
    ApiJson(req): ApiJson<NoteRequest>,
) -> Result<Response, ApiError> {
    let reason = free_text(req.comment(), nouns::DECISION_REASON, true)?.unwrap_or_default();
    let hash = request_hash(&format!("POST /api/review/claims/{id}/win-arbitration"), reason.as_bytes());
    let work = decide_arbitration(&state, &user, &id, reason);
    maybe_once(&state, &user.id, key.as_deref(), &hash, work).await
}

async fn decide_arbitration(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
    reason: String,
) -> Result<(WriteTx, Reply), ApiError> {
    let id = id.to_owned();
    let rules = state.rules();
    let acting = user.acting();
    let mut tx = state.store.write().await?;
    viewable_claim(&mut tx, user, &id).await?;
    let others = tx.competing_claims(&id).await?;
    if others.is_empty() {
        return Err(ApiError::worded(
            StatusCode::CONFLICT,
            ErrorCode::WrongStatus,
            cpor_i18n::msg::SERVER_NOTHING_COMPETES.into(),
        ));
    }
    // Decided first, so the rejections below do not close it as abandoned.
    tx.decide_arbitrations(&id).await?;
    apply(&mut tx, rules, &id, None, &acting, &Action::WinArbitration, Some(&reason)).await?;
    tx.add_comment(&id, &acting, None, &reason).await?;
    let told = format!("Another partner's claim for this product was approved after arbitration: {reason}");
    for (i, other) in others.iter().enumerate() {
        apply(&mut tx, rules, &other.id, None, &acting, &Action::LoseArbitration, Some(&told)).await?;
        tx.add_comment(&other.id, &acting, None, &told).await?;
        if i == 0 {
            crate::failpoints::pause("arbitration::after_first_loser").await;
        }
    }
    let reply = review_reply(state, &mut tx, user, &id).await?;
    Ok((tx, reply))
}
