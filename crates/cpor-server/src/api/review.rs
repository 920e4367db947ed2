//! The reviewers' side: the queue by due date, a claim with what competes
//! with it, and the decisions (start, request information, approve,
//! reject, decide an arbitration).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use cpor_core::api::v1::{
    CompetingClaim, InformationRequest, QueueItem, QueueResponse, RejectRequest, ReviewClaim, SlaState,
};
use cpor_core::lifecycle::{Action, ClaimStatus, RejectionReason};
use cpor_core::ErrorCode;

use super::claims::{checked_note, product_names, ClaimRow, NoteRequest, CLAIM_COLUMNS};
use super::thread::viewable_claim;
use crate::auth::Reviewer;
use crate::error::{ApiError, ApiJson};
use crate::lifecycle::{apply, comment};
use crate::AppState;

/// `GET /api/review/queue`: claims waiting for a reviewer, by due date.
pub async fn queue(State(state): State<AppState>, _reviewer: Reviewer) -> Result<Json<QueueResponse>, ApiError> {
    let sql = format!(
        "SELECT {CLAIM_COLUMNS}, (SELECT name FROM partner_organisations o WHERE o.id = c.organisation_id)
         FROM claims c WHERE status IN ('submitted', 'under_review', 'disputed')
         ORDER BY due_on IS NULL, due_on, updated_at"
    );
    let rows = sqlx::query(&sql).fetch_all(&state.db).await?;
    let names = product_names(&state).await?;
    let today = state.clock.today();
    let mut items = Vec::with_capacity(rows.len());
    for row in rows {
        use sqlx::{FromRow, Row};
        let claim = ClaimRow::from_row(&row)?;
        let organisation: String = row.try_get(CLAIM_COLUMNS.split(',').count())?;
        let summary = claim.summary(&claim.input()?, &names)?;
        let sla = match summary.next_deadline {
            Some(due) if due < today => SlaState::Overdue,
            Some(due) if due == today => SlaState::DueToday,
            _ => SlaState::OnTime,
        };
        items.push(QueueItem { claim: summary, organisation, sla });
    }
    Ok(Json(QueueResponse { items }))
}

async fn organisation_name(state: &AppState, claim_id: &str) -> Result<String, ApiError> {
    let (name,): (String,) = sqlx::query_as(
        "SELECT o.name FROM claims c JOIN partner_organisations o ON o.id = c.organisation_id WHERE c.id = ?",
    )
    .bind(claim_id)
    .fetch_one(&state.db)
    .await?;
    Ok(name)
}

/// Other organisations' live claims on what `claim_id` holds or contests.
async fn competing(state: &AppState, claim_id: &str) -> Result<Vec<CompetingClaim>, ApiError> {
    let sql = format!(
        "SELECT DISTINCT {} FROM claims c JOIN claim_keys k ON k.claim_id = c.id AND k.live = 1
         WHERE c.id <> ?1 AND k.claim_key IN (SELECT claim_key FROM claim_keys WHERE claim_id = ?1)",
        CLAIM_COLUMNS.split(", ").map(|c| format!("c.{c}")).collect::<Vec<_>>().join(", ")
    );
    let rows: Vec<ClaimRow> = sqlx::query_as(&sql).bind(claim_id).fetch_all(&state.db).await?;
    let names = product_names(state).await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let input = row.input()?;
        let files = super::files::list_files(state, &row.id).await?;
        out.push(CompetingClaim {
            organisation: organisation_name(state, &row.id).await?,
            latest_poe: files.iter().map(|f| f.uploaded_on).max(),
            files: files.len(),
            submitted_on: row.submitted_on()?,
            claim: row.summary(&input, &names)?,
        });
    }
    Ok(out)
}

/// `GET /api/review/claims/{id}`.
pub async fn claim(
    State(state): State<AppState>,
    Reviewer(user): Reviewer,
    Path(id): Path<String>,
) -> Result<Json<ReviewClaim>, ApiError> {
    let row = viewable_claim(&state, &user, &id).await?;
    let detail = super::claims::full_detail(&state, &row).await?;
    let opt_out_url = match (&row.opt_out_token, state.auth.demo_user.is_some(), row.status()?) {
        (Some(token), true, ClaimStatus::Approved) => Some(format!("/opt-out/{token}")),
        _ => None,
    };
    Ok(Json(ReviewClaim {
        organisation: organisation_name(&state, &id).await?,
        competing: competing(&state, &id).await?,
        submitted_on: row.submitted_on()?,
        claim: detail,
        opt_out_url,
    }))
}

async fn decide(
    state: &AppState,
    user: &crate::auth::CurrentUser,
    id: &str,
    action: Action,
    note: Option<String>,
) -> Result<Json<ReviewClaim>, ApiError> {
    viewable_claim(state, user, id).await?;
    let acting = user.acting();
    apply(state, id, None, &acting, &action, note.as_deref()).await?;
    if let Some(text) = &note {
        let mut conn = state.writer.acquire().await?;
        comment(&mut conn, id, &acting, "reviewer", None, text).await?;
    }
    claim(State(state.clone()), Reviewer(user.clone()), Path(id.to_owned())).await
}

/// `POST /api/review/claims/{id}/start`.
pub async fn start(
    State(state): State<AppState>,
    Reviewer(user): Reviewer,
    Path(id): Path<String>,
) -> Result<Json<ReviewClaim>, ApiError> {
    decide(&state, &user, &id, Action::StartReview, None).await
}

/// `POST /api/review/claims/{id}/request-information` `{"reasons", "comment"}`.
pub async fn request_information(
    State(state): State<AppState>,
    Reviewer(user): Reviewer,
    Path(id): Path<String>,
    ApiJson(req): ApiJson<InformationRequest>,
) -> Result<Json<ReviewClaim>, ApiError> {
    let note = checked_note(&req.comment, true)?;
    decide(&state, &user, &id, Action::RequestInformation { reasons: req.reasons }, note).await
}

/// `POST /api/review/claims/{id}/approve` `{"comment"?}`.
pub async fn approve(
    State(state): State<AppState>,
    Reviewer(user): Reviewer,
    Path(id): Path<String>,
    ApiJson(req): ApiJson<NoteRequest>,
) -> Result<Json<ReviewClaim>, ApiError> {
    let note = checked_note(req.comment(), false)?;
    decide(&state, &user, &id, Action::Approve, note).await
}

/// `POST /api/review/claims/{id}/reject` `{"reason", "comment"?}`.
pub async fn reject(
    State(state): State<AppState>,
    Reviewer(user): Reviewer,
    Path(id): Path<String>,
    ApiJson(req): ApiJson<RejectRequest>,
) -> Result<Json<ReviewClaim>, ApiError> {
    let note = checked_note(&req.comment, false)?;
    decide(&state, &user, &id, Action::Reject { reason: req.reason }, note).await
}

/// `POST /api/review/claims/{id}/win-arbitration` `{"comment"}`: approves
/// this claim and rejects every competing one, telling each why.
pub async fn win_arbitration(
    State(state): State<AppState>,
    Reviewer(user): Reviewer,
    Path(id): Path<String>,
    ApiJson(req): ApiJson<NoteRequest>,
) -> Result<Json<ReviewClaim>, ApiError> {
    let Some(reason) = checked_note(req.comment(), true)? else {
        return Err(ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::ReasonRequired, "Say why."));
    };
    let others = competing(&state, &id).await?;
    if others.is_empty() {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            ErrorCode::WrongStatus,
            "No other claim competes with this one.",
        ));
    }
    let acting = user.acting();
    let winner_status = viewable_claim(&state, &user, &id).await?.status()?;
    if winner_status == ClaimStatus::Submitted {
        apply(&state, &id, None, &acting, &Action::StartReview, None).await?;
    }
    apply(&state, &id, None, &acting, &Action::Approve, Some(&reason)).await?;
    let told = format!("Another partner's claim for this product was approved after arbitration: {reason}");
    for other in &others {
        if other.claim.status == ClaimStatus::Submitted {
            apply(&state, &other.claim.id, None, &acting, &Action::StartReview, None).await?;
        }
        let action = Action::Reject { reason: RejectionReason::CompetingClaimApproved };
        apply(&state, &other.claim.id, None, &acting, &action, Some(&told)).await?;
        let mut conn = state.writer.acquire().await?;
        comment(&mut conn, &other.claim.id, &acting, "reviewer", None, &told).await?;
    }
    sqlx::query(
        "UPDATE arbitrations SET decided = 1 WHERE claim_key IN (SELECT claim_key FROM claim_keys WHERE claim_id = ?)",
    )
    .bind(&id)
    .execute(&state.writer)
    .await?;
    sqlx::query("UPDATE claims SET in_arbitration = 0 WHERE id = ?").bind(&id).execute(&state.writer).await?;
    claim(State(state), Reviewer(user), Path(id)).await
}
