//! `GET /api/partner-programs`.

use axum::extract::State;
use axum::Json;
use cpor_core::api::v1::{PartnerProgram, PartnerProgramsResponse};
use cpor_core::PartnerProgramId;

use crate::auth::PartnerAdmin;
use crate::error::ApiError;
use crate::AppState;

/// The caller's organisation's programs, enrolled ones first.
pub async fn partner_programs(
    State(state): State<AppState>,
    user: PartnerAdmin,
) -> Result<Json<PartnerProgramsResponse>, ApiError> {
    let rows: Vec<(String, String, String, bool, String)> = sqlx::query_as(
        "SELECT id, name, country, enrolled, partner_type FROM partner_programs
         WHERE organisation_id = ? ORDER BY enrolled DESC, name",
    )
    .bind(&user.organisation_id)
    .fetch_all(&state.db)
    .await?;
    let programs = rows
        .into_iter()
        .map(|(id, name, country, enrolled, partner_type)| {
            let id =
                PartnerProgramId::parse(&id).map_err(|e| ApiError::internal(format!("stored program id {id}: {e}")))?;
            Ok(PartnerProgram { id, name, country, enrolled, partner_type })
        })
        .collect::<Result<_, ApiError>>()?;
    Ok(Json(PartnerProgramsResponse { programs }))
}
