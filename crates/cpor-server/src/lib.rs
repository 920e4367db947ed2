//! The CPOR claims reference backend: the JSON API the app posts to, backed
//! by a SQLite file or a PostgreSQL database, the server of the built app itself, and the clocks
//! that move claims when their deadlines pass.
//!
//! [`app`] builds the whole router from an [`AppState`], so tests drive it
//! with `tower::ServiceExt::oneshot` and no socket; [`start`] is what the
//! binary runs: the store opened and swept, the scheduler spawned, the
//! accept loop with its limits.
//!
//! Layers, from the outside in: `api` (handlers: parse, call `cpor-core`,
//! call the store, answer) uses `lifecycle` (status moves in a write
//! transaction), `idempotency`, `auth` and `limits`; all of them use
//! `store`, which owns every SQL statement; nothing below imports upward.
#![forbid(unsafe_code)]

pub mod api;
pub mod auth;
pub mod clock;
pub mod config;
pub mod error;
pub mod failpoints;
pub mod i18n;
pub mod idempotency;
pub mod ids;
pub mod lifecycle;
pub mod limits;
pub mod scheduler;
pub mod serve;
pub mod store;
pub mod web;

use std::sync::Arc;

use axum::Router;

/// What every request handler can reach.
#[derive(Clone)]
pub struct AppState {
    /// The database.
    pub store: store::Store,
    /// Where proof-of-execution files are kept (never a served folder).
    pub files: store::FileStore,
    /// How callers are authenticated.
    pub auth: Arc<auth::Auth>,
    /// Today's date for every rule.
    pub clock: clock::Clock,
    /// Which days count as business days for the claim clocks.
    pub calendar: cpor_core::BusinessCalendar,
    /// Each caller's write quota.
    pub write_quota: Arc<limits::WriteQuota>,
    /// The Idempotency-Keys whose first request is running here.
    pub in_flight: idempotency::InFlight,
    /// Host pages on other origins that may call the API (CORS).
    pub allowed_origins: Arc<Vec<String>>,
}

impl AppState {
    /// The state of a server on `store` and `files`, with business days
    /// Monday to Friday and every user's writes limited to `rate`.
    pub fn new(
        store: store::Store,
        files: store::FileStore,
        auth: auth::Auth,
        clock: clock::Clock,
        rate: limits::WriteRate,
    ) -> Self {
        Self {
            store,
            files,
            auth: Arc::new(auth),
            clock,
            calendar: cpor_core::BusinessCalendar::weekends_only(),
            write_quota: Arc::new(limits::WriteQuota::new(rate)),
            in_flight: idempotency::InFlight::default(),
            allowed_origins: Arc::default(),
        }
    }

    /// Lets host pages on `origins` call the API (CORS).
    pub fn with_allowed_origins(mut self, origins: Vec<String>) -> Self {
        self.allowed_origins = Arc::new(origins);
        self
    }

    /// Whether the server runs in demo mode (demo sign-in and clock).
    pub fn demo(&self) -> bool {
        self.auth.demo.is_some()
    }

    /// Today and the calendar, for the lifecycle rules.
    pub fn rules(&self) -> lifecycle::Rules<'_> {
        lifecycle::Rules { today: self.clock.today(), calendar: &self.calendar }
    }
}

/// `GET /healthz`: the process answers (for a load balancer's liveness
/// probe; touches nothing).
async fn healthz() -> axum::Json<serde_json::Value> {
    axum::Json(serde_json::json!({ "status": "ok" }))
}

/// `GET /readyz`: the database answers, so requests can be sent here; 503
/// with a problem body while it does not.
async fn readyz(axum::extract::State(state): axum::extract::State<AppState>) -> axum::response::Response {
    use axum::response::IntoResponse;
    match state.store.ping().await {
        Ok(()) => axum::Json(serde_json::json!({ "status": "ready" })).into_response(),
        Err(e) => {
            tracing::warn!(error = %e, "not ready: the database does not answer");
            // Read by a load balancer or its operator, never by a partner.
            error::ApiError::for_client(
                axum::http::StatusCode::SERVICE_UNAVAILABLE,
                cpor_core::ErrorCode::ServiceUnavailable,
                "The claims database does not answer; try another server.",
            )
            .into_response()
        }
    }
}

/// The whole application: the API under `/api`, the health probes
/// (`/healthz`, `/readyz`), the built app (when `web` is given) everywhere
/// else, and the headers every response carries.
pub fn app(state: AppState, web: Option<web::WebApp>) -> Router {
    use axum::routing::get;
    let origins = state.allowed_origins.clone();
    let probes = Router::new().route("/healthz", get(healthz)).route("/readyz", get(readyz)).with_state(state.clone());
    let router = Router::new().nest("/api", api::router(state)).merge(probes);
    let router = match web {
        Some(web) => router.fallback_service(web.service()),
        None => router.fallback(|| async { error::ApiError::not_found() }),
    };
    web::with_common_layers(router, origins)
}
