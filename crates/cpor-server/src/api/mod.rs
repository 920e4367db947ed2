//! The JSON API under `/api`, one module per resource. Every input is
//! parsed again with `cpor-core`, exactly as the browser parsed it;
//! handlers parse, call `cpor-core`, call the store, and answer. The rules
//! stay in `cpor-core` and the SQL in `store`.

mod checks;
mod claims;
mod customers;
mod demo;
mod files;
mod opt_out;
mod programs;
mod review;
mod session;
mod thread;
mod views;

use std::time::Duration;

use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Router;
use tower_http::map_request_body::MapRequestBodyLayer;
use tower_http::timeout::{RequestBodyTimeoutLayer, TimeoutLayer};

use crate::error::ApiError;
use crate::limits::{BODY_IDLE_TIMEOUT, JSON_REQUEST_TIMEOUT, MAX_JSON_BODY, UPLOAD_REQUEST_TIMEOUT};
use crate::AppState;

pub use claims::MAX_PER_PAGE;
pub use files::MAX_UPLOAD_BODY;

/// A router whose requests must arrive (body pauses at most
/// [`BODY_IDLE_TIMEOUT`]) and be answered within `total`, with bodies of at
/// most `max_body` bytes.
fn limited(router: Router<AppState>, total: Duration, max_body: usize) -> Router<AppState> {
    router
        .layer(DefaultBodyLimit::max(max_body))
        .layer(MapRequestBodyLayer::new(axum::body::Body::new))
        .layer(RequestBodyTimeoutLayer::new(BODY_IDLE_TIMEOUT))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, total))
}

/// Holds an answer until every write it read is durable: on SQLite a
/// request whose write transaction was rolled back (a refusal) may have read
/// writes of other requests whose group has not committed yet
/// ([`crate::store::durable`]). When that group's COMMIT fails, the answer
/// is a fault instead: it rested on writes that are not on disk.
async fn durable_answers(request: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response {
    use axum::response::IntoResponse;
    match crate::store::durable(next.run(request)).await {
        (answer, Ok(())) => answer,
        (_, Err(e)) => ApiError::from(e).into_response(),
    }
}

/// The API routes, relative to `/api`. The demo routes exist only in demo
/// mode; every other path under `/api` is a 404 problem.
pub fn router(state: AppState) -> Router {
    let mut json = Router::new()
        .route("/openapi.json", get(openapi))
        .route("/me", get(session::me))
        .route("/opt-out/{token}", get(opt_out::show).post(opt_out::decline))
        .route("/partner-programs", get(programs::partner_programs))
        .route("/customers/{tenant_id}/products", get(customers::products))
        .route("/checks/customer", post(checks::customer))
        .route("/checks/subscription", post(checks::subscription))
        .route("/claims", get(claims::list).post(claims::create))
        .route("/claims/{id}", get(claims::get).put(claims::update).delete(claims::delete))
        .route("/claims/{id}/submit", post(claims::submit))
        .route("/claims/{id}/withdraw", post(claims::withdraw))
        .route("/claims/{id}/resubmit", post(claims::resubmit))
        .route("/claims/{id}/dispute", post(claims::dispute))
        .route("/claims/{id}/reclaim", post(claims::reclaim))
        .route("/claims/{id}/files/{file_id}", get(files::download).delete(files::remove))
        .route("/claims/{id}/comments", get(thread::comments).post(thread::post_comment))
        .route("/claims/{id}/history", get(thread::history))
        .route("/review/queue", get(review::queue))
        .route("/review/claims/{id}", get(review::claim))
        .route("/review/claims/{id}/start", post(review::start))
        .route("/review/claims/{id}/request-information", post(review::request_information))
        .route("/review/claims/{id}/approve", post(review::approve))
        .route("/review/claims/{id}/reject", post(review::reject))
        .route("/review/claims/{id}/win-arbitration", post(review::win_arbitration));
    if state.demo() {
        json = json
            .route("/demo/issuer/.well-known/openid-configuration", get(demo::discovery))
            .route("/demo/issuer/jwks.json", get(demo::jwks))
            .route("/demo/users", get(demo::users))
            .route("/demo/sign-in", post(demo::sign_in))
            .route("/demo/clock", post(demo::advance_clock));
    }
    let uploads = Router::new().route("/claims/{id}/files", post(files::upload));
    let cors = cross_origin(&state.allowed_origins);
    let api = limited(json, JSON_REQUEST_TIMEOUT, MAX_JSON_BODY)
        .merge(limited(uploads, UPLOAD_REQUEST_TIMEOUT, MAX_UPLOAD_BODY))
        .fallback(|| async { ApiError::not_found() })
        .with_state(state)
        .layer(axum::middleware::from_fn(durable_answers));
    match cors {
        Some(cors) => api.layer(cors),
        None => api,
    }
}

/// The CORS policy for host pages on other origins: those origins only,
/// bearer tokens in `Authorization` (no cookies), the headers the app
/// sends and reads. `None` when no other origin is allowed.
fn cross_origin(origins: &[String]) -> Option<tower_http::cors::CorsLayer> {
    use axum::http::{header, HeaderName, HeaderValue, Method};
    use tower_http::cors::{AllowOrigin, CorsLayer};
    let origins: Vec<HeaderValue> = origins.iter().filter_map(|o| HeaderValue::from_str(o).ok()).collect();
    if origins.is_empty() {
        return None;
    }
    let idempotency = HeaderName::from_static("idempotency-key");
    Some(
        CorsLayer::new()
            .allow_origin(AllowOrigin::list(origins))
            .allow_methods([Method::GET, Method::POST, Method::PUT, Method::DELETE])
            .allow_headers([header::AUTHORIZATION, header::CONTENT_TYPE, header::IF_MATCH, idempotency])
            .expose_headers([
                header::ETAG,
                header::LOCATION,
                header::RETRY_AFTER,
                HeaderName::from_static("x-request-id"),
            ])
            .max_age(Duration::from_secs(600)),
    )
}

/// A free-text answer (a comment, a reason) checked by `cpor-core`'s one
/// text rule and normalised: `None` when empty and not `required`; 422
/// with the rule's own code and sentence when refused.
pub(crate) fn free_text(raw: &str, noun: cpor_core::text::Noun, required: bool) -> Result<Option<String>, ApiError> {
    match cpor_core::text::note(raw, noun) {
        Ok(None) if required => Err(ApiError::refused(
            cpor_core::ErrorCode::ReasonRequired,
            cpor_i18n::Text::new(cpor_i18n::msg::SERVER_TEXT_MISSING, [noun.into()]),
        )),
        Ok(text) => Ok(text),
        Err(e) => Err(ApiError::refused(e.code(), e.text())),
    }
}

/// The API's description, checked into the repository beside the code.
pub const OPENAPI: &str = include_str!("../../openapi.json");

/// `GET /api/openapi.json`.
async fn openapi() -> impl axum::response::IntoResponse {
    ([(axum::http::header::CONTENT_TYPE, "application/json")], OPENAPI)
}
