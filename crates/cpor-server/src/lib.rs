//! The CPOR claims reference backend: the JSON API the app posts to, backed
//! by a SQLite file, and the server of the built app itself.
//!
//! [`app`] builds the whole router from an [`AppState`], so tests drive it
//! with `tower::ServiceExt::oneshot` and no socket.
#![forbid(unsafe_code)]

pub mod api;
pub mod auth;
pub mod clock;
pub mod competition;
pub mod config;
pub mod db;
pub mod error;
pub mod idempotency;
pub mod lifecycle;
pub mod scheduler;
pub mod store;
pub mod token;
pub mod web;

use axum::Router;
use sqlx::SqlitePool;

/// What every request handler can reach.
#[derive(Clone)]
pub struct AppState {
    /// The SQLite pool for reads.
    pub db: SqlitePool,
    /// One connection for every write: writers queue here in order instead
    /// of spinning in SQLite's busy handler.
    pub writer: SqlitePool,
    /// How callers are authenticated.
    pub auth: auth::AuthConfig,
    /// Today's date for every rule.
    pub clock: clock::Clock,
    /// Which days count as business days for the claim clocks.
    pub calendar: cpor_core::BusinessCalendar,
    /// Where proof-of-execution files are kept (never a served folder).
    pub files_dir: std::path::PathBuf,
}

/// The whole application: the API under `/api`, the built app (when `web`
/// is given) everywhere else, and the headers every response carries.
pub fn app(state: AppState, web: Option<web::WebApp>) -> Router {
    let router = Router::new().nest("/api", api::router(state));
    let router = match web {
        Some(web) => router.fallback_service(web.service()),
        None => router.fallback(|| async { error::ApiError::not_found() }),
    };
    web::with_common_layers(router)
}
