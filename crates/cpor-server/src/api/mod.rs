//! The JSON API under `/api`. Every input is parsed again with `cpor-core`,
//! exactly as the browser parsed it; handlers stay thin and the rules stay
//! in `cpor-core`.

mod checks;
mod claims;
mod customers;
mod programs;
mod session;

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;
use cpor_core::{ErrorCode, TenantId};

use crate::error::ApiError;
use crate::AppState;

/// Largest JSON body the API reads.
pub const MAX_JSON_BODY: usize = 16 * 1024;

/// The API routes, relative to `/api`.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/me", get(session::me))
        .route("/demo/users", get(session::demo_users))
        .route("/demo/sign-in", post(session::demo_sign_in))
        .route("/partner-programs", get(programs::partner_programs))
        .route("/customers/{tenant_id}/products", get(customers::products))
        .route("/checks/customer", post(checks::customer))
        .route("/checks/subscription", post(checks::subscription))
        .route("/claims", get(claims::list).post(claims::create))
        .route("/claims/{id}", get(claims::get).put(claims::update))
        .route("/claims/{id}/submit", post(claims::submit))
        .route("/claims/{id}/withdraw", post(claims::withdraw))
        .layer(DefaultBodyLimit::max(MAX_JSON_BODY))
        .with_state(state)
}

/// Parses a tenant ID and finds the customer: 422 with the parse error's
/// code, or `unknown_tenant`.
async fn known_tenant(state: &AppState, raw: &str) -> Result<(TenantId, String), ApiError> {
    let tenant_id = TenantId::parse(raw).map_err(|e| ApiError::unprocessable(e.code(), e))?;
    match crate::store::customer_name(&state.db, &tenant_id).await? {
        Some(name) => Ok((tenant_id, name)),
        None => Err(ApiError::unprocessable(
            ErrorCode::UnknownTenant,
            format!("There's no customer tenant with the ID {tenant_id}."),
        )),
    }
}
