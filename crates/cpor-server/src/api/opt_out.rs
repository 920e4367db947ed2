//! The customer's opt-out link: a token the customer would get by email
//! when a claim is approved, which declines the association within 7 days.
//! The token is the only credential; an unknown one is 404.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use cpor_core::api::v1::OptOutView;
use cpor_core::lifecycle::{Action, ClaimStatus, RejectionReason};
use cpor_core::{Date, ErrorCode};

use super::claims::{product_names, ClaimRow, CLAIM_COLUMNS};
use crate::db::enum_from_text;
use crate::error::ApiError;
use crate::lifecycle::{apply, Acting};
use crate::AppState;

async fn by_token(state: &AppState, token: &str) -> Result<(ClaimRow, String, Date), ApiError> {
    let not_found =
        || ApiError::new(StatusCode::NOT_FOUND, ErrorCode::NotFound, "This link isn't valid. Check it in your email.");
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(not_found());
    }
    let sql = format!(
        "SELECT {CLAIM_COLUMNS}, (SELECT name FROM partner_organisations o WHERE o.id = c.organisation_id)
         FROM claims c WHERE opt_out_token = ?"
    );
    let row = sqlx::query(&sql).bind(token).fetch_optional(&state.db).await?.ok_or_else(not_found)?;
    use sqlx::{FromRow, Row};
    let claim = ClaimRow::from_row(&row)?;
    let partner: String = row.try_get(CLAIM_COLUMNS.split(',').count())?;
    let (since,): (String,) =
        sqlx::query_as("SELECT status_since FROM claims WHERE id = ?").bind(&claim.id).fetch_one(&state.db).await?;
    let since = Date::parse(&since).map_err(ApiError::internal)?;
    Ok((claim, partner, state.calendar.opt_out_end(since)))
}

async fn view(state: &AppState, claim: &ClaimRow, partner: String, open_until: Date) -> Result<OptOutView, ApiError> {
    let input = claim.input()?;
    let summary = claim.summary(&input, &product_names(state).await?)?;
    let rejection: Option<String> = sqlx::query_as::<_, (Option<String>,)>("SELECT rejection FROM claims WHERE id = ?")
        .bind(&claim.id)
        .fetch_one(&state.db)
        .await?
        .0;
    let declined =
        rejection.as_deref().map(enum_from_text::<RejectionReason>).transpose().map_err(ApiError::internal)?
            == Some(RejectionReason::CustomerDeclined);
    Ok(OptOutView { partner, domain: summary.domain, products: summary.products, open_until, declined })
}

/// `GET /api/opt-out/{token}`: what the customer is asked about.
pub async fn show(State(state): State<AppState>, Path(token): Path<String>) -> Result<Json<OptOutView>, ApiError> {
    let (claim, partner, open_until) = by_token(&state, &token).await?;
    Ok(Json(view(&state, &claim, partner, open_until).await?))
}

/// `POST /api/opt-out/{token}`: the customer declines the association.
pub async fn decline(State(state): State<AppState>, Path(token): Path<String>) -> Result<Json<OptOutView>, ApiError> {
    let (claim, partner, open_until) = by_token(&state, &token).await?;
    if claim.status()? == ClaimStatus::Approved {
        apply(&state, &claim.id, None, &Acting::customer(), &Action::OptOut, None).await?;
    } else if !view(&state, &claim, partner.clone(), open_until).await?.declined {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            ErrorCode::WindowClosed,
            format!("This association can no longer be declined: that was possible until {}.", open_until.long()),
        ));
    }
    Ok(Json(view(&state, &claim, partner, open_until).await?))
}
