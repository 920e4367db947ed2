//! `GET /api/partner-programs`.

use axum::extract::State;
use axum::Json;
use cpor_core::api::v1::PartnerProgramsResponse;

use crate::auth::PartnerAdmin;
use crate::error::ApiError;
use crate::AppState;

/// The caller's organisation's programs, enrolled ones first.
pub async fn partner_programs(
    State(state): State<AppState>,
    user: PartnerAdmin,
) -> Result<Json<PartnerProgramsResponse>, ApiError> {
    let programs = state.store.read().await?.partner_programs(&user.organisation_id).await?;
    Ok(Json(PartnerProgramsResponse { programs }))
}
