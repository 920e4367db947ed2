//! The JSON API under `/api`. Every input is parsed again with `cpor-core`,
//! exactly as the browser parsed it.

use axum::extract::{DefaultBodyLimit, State};
use axum::routing::{get, post};
use axum::{Json, Router};
use cpor_core::api::v1::{
    CustomerCheckRequest, CustomerCheckResponse, PartnerProgram, PartnerProgramsResponse,
};
use cpor_core::{CustomerDomain, ErrorCode, PartnerProgramId, TenantId};

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiJson};
use crate::AppState;

/// Largest JSON body the API reads.
pub const MAX_JSON_BODY: usize = 16 * 1024;

/// The API routes, relative to `/api`.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/partner-programs", get(partner_programs))
        .route("/checks/customer", post(check_customer))
        .layer(DefaultBodyLimit::max(MAX_JSON_BODY))
        .with_state(state)
}

/// `GET /api/partner-programs`: the caller's organisation's programs,
/// enrolled ones first.
async fn partner_programs(
    State(state): State<AppState>,
    user: CurrentUser,
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
            let id = PartnerProgramId::parse(&id)
                .map_err(|e| ApiError::internal(format!("stored program id {id}: {e}")))?;
            Ok(PartnerProgram {
                id,
                name,
                country,
                enrolled,
                partner_type,
            })
        })
        .collect::<Result<_, ApiError>>()?;
    Ok(Json(PartnerProgramsResponse { programs }))
}

/// `POST /api/checks/customer`: does the domain belong to the tenant?
async fn check_customer(
    State(state): State<AppState>,
    _user: CurrentUser,
    ApiJson(req): ApiJson<CustomerCheckRequest>,
) -> Result<Json<CustomerCheckResponse>, ApiError> {
    let tenant_id =
        TenantId::parse(&req.tenant_id).map_err(|e| ApiError::unprocessable(e.code(), e))?;
    let domain =
        CustomerDomain::parse(&req.domain).map_err(|e| ApiError::unprocessable(e.code(), e))?;
    let customer: Option<(String,)> =
        sqlx::query_as("SELECT name FROM customer_tenants WHERE tenant_id = ?")
            .bind(tenant_id.as_str())
            .fetch_optional(&state.db)
            .await?;
    let Some((customer_name,)) = customer else {
        return Err(ApiError::unprocessable(
            ErrorCode::UnknownTenant,
            format!("There's no customer tenant with the ID {tenant_id}."),
        ));
    };
    let belongs: Option<(i64,)> =
        sqlx::query_as("SELECT 1 FROM tenant_domains WHERE tenant_id = ? AND domain = ?")
            .bind(tenant_id.as_str())
            .bind(domain.as_str())
            .fetch_optional(&state.db)
            .await?;
    if belongs.is_none() {
        return Err(ApiError::unprocessable(
            ErrorCode::DomainTenantMismatch,
            format!(
                "{} doesn't belong to the tenant {tenant_id}.",
                domain.to_unicode()
            ),
        ));
    }
    Ok(Json(CustomerCheckResponse {
        tenant_id,
        domain,
        customer_name,
    }))
}
