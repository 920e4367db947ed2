//! The JSON API under `/api`. Every input is parsed again with `cpor-core`,
//! exactly as the browser parsed it; handlers stay thin and the rules stay
//! in `cpor-core`.

mod checks;
mod claims;
mod customers;
mod files;
mod opt_out;
mod programs;
mod review;
mod session;
mod thread;

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
        .route("/openapi.json", get(openapi))
        .route("/me", get(session::me))
        .route("/demo/users", get(session::demo_users))
        .route("/demo/sign-in", post(session::demo_sign_in))
        .route("/demo/clock", post(session::advance_clock))
        .route("/opt-out/{token}", get(opt_out::show).post(opt_out::decline))
        .route("/partner-programs", get(programs::partner_programs))
        .route("/customers/{tenant_id}/products", get(customers::products))
        .route("/checks/customer", post(checks::customer))
        .route("/checks/subscription", post(checks::subscription))
        .route("/claims", get(claims::list).post(claims::create))
        .route("/claims/{id}", get(claims::get).put(claims::update))
        .route("/claims/{id}/submit", post(claims::submit))
        .route("/claims/{id}/withdraw", post(claims::withdraw))
        .route("/claims/{id}/resubmit", post(claims::resubmit))
        .route("/claims/{id}/dispute", post(claims::dispute))
        .route("/claims/{id}/reclaim", post(claims::reclaim))
        .route("/claims/{id}/files", post(files::upload).layer(DefaultBodyLimit::max(files::MAX_UPLOAD_BODY)))
        .route("/claims/{id}/files/{file_id}", get(files::download).delete(files::remove))
        .route("/claims/{id}/comments", get(thread::comments).post(thread::post_comment))
        .route("/claims/{id}/history", get(thread::history))
        .route("/review/queue", get(review::queue))
        .route("/review/claims/{id}", get(review::claim))
        .route("/review/claims/{id}/start", post(review::start))
        .route("/review/claims/{id}/request-information", post(review::request_information))
        .route("/review/claims/{id}/approve", post(review::approve))
        .route("/review/claims/{id}/reject", post(review::reject))
        .route("/review/claims/{id}/win-arbitration", post(review::win_arbitration))
        .layer(DefaultBodyLimit::max(MAX_JSON_BODY))
        .with_state(state)
}

/// The API's description, checked into the repository beside the code.
pub const OPENAPI: &str = include_str!("../../openapi.json");

/// `GET /api/openapi.json`.
async fn openapi() -> impl axum::response::IntoResponse {
    ([(axum::http::header::CONTENT_TYPE, "application/json")], OPENAPI)
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
