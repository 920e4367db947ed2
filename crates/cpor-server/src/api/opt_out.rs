//! The customer's opt-out link: a token the customer would get by email
//! when a claim is approved, which declines the association within 7 days.
//! The token is the only credential; an unknown one is 404.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use cpor_core::api::v1::OptOutView;
use cpor_core::lifecycle::{Action, ClaimStatus, RejectionReason};
use cpor_core::{Date, ErrorCode};
use cpor_i18n::{msg, Text};

use super::views::summary;
use crate::error::ApiError;
use crate::lifecycle::apply;
use crate::store::{Acting, ClaimRecord, Conn, Db};
use crate::AppState;

async fn by_token<C: Conn>(state: &AppState, db: &mut Db<C>, token: &str) -> Result<(ClaimRecord, Date), ApiError> {
    let not_found =
        || ApiError::worded(StatusCode::NOT_FOUND, ErrorCode::NotFound, msg::SERVER_OPT_OUT_LINK_INVALID.into());
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(not_found());
    }
    let claim = db.claim_by_opt_out_token(token).await?.ok_or_else(not_found)?;
    // The window counts from the approval: the status date moves on once
    // the claim is eligible or declined.
    let open_until = claim.opt_out_until.unwrap_or_else(|| state.calendar.opt_out_end(claim.status_since));
    Ok((claim, open_until))
}

async fn view<C: Conn>(db: &mut Db<C>, claim: &ClaimRecord, open_until: Date) -> Result<OptOutView, ApiError> {
    let summary = summary(claim, &db.product_names().await?);
    Ok(OptOutView {
        partner: claim.organisation_name.clone(),
        domain: summary.domain,
        products: summary.products,
        open_until,
        declined: claim.rejection == Some(RejectionReason::CustomerDeclined),
    })
}

/// `GET /api/opt-out/{token}`: what the customer is asked about.
pub async fn show(State(state): State<AppState>, Path(token): Path<String>) -> Result<Json<OptOutView>, ApiError> {
    let mut db = state.store.read().await?;
    let (claim, open_until) = by_token(&state, &mut db, &token).await?;
    Ok(Json(view(&mut db, &claim, open_until).await?))
}

/// `POST /api/opt-out/{token}`: the customer declines the association.
pub async fn decline(State(state): State<AppState>, Path(token): Path<String>) -> Result<Json<OptOutView>, ApiError> {
    // Counted per link, so nobody behind the same proxy can use up another
    // customer's attempts.
    state.write_quota.check(&format!("opt-out:{}", token.get(..16).unwrap_or(&token)))?;
    let mut tx = state.store.write().await?;
    let (claim, open_until) = by_token(&state, &mut tx, &token).await?;
    if claim.status == ClaimStatus::Approved {
        apply(&mut tx, state.rules(), &claim.id, None, &Acting::customer(), &Action::OptOut, None).await?;
    } else if claim.rejection != Some(RejectionReason::CustomerDeclined) {
        return Err(ApiError::worded(
            StatusCode::CONFLICT,
            ErrorCode::WindowClosed,
            Text::new(msg::SERVER_OPT_OUT_CLOSED, [open_until.text().into()]),
        ));
    }
    let (claim, _) = by_token(&state, &mut tx, &token).await?;
    let shown = view(&mut tx, &claim, open_until).await?;
    tx.commit().await?;
    Ok(Json(shown))
}
