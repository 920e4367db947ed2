//! Demo mode only (the routes exist only then): the demo issuer's
//! discovery document and key set, the seeded users for the demo's user
//! picker, sign-in as any of them (a token of the demo issuer, verified
//! like any other), and the demo clock, which moves the server's date
//! forward and applies the deadlines that passed.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use cpor_core::api::v1::{AdvanceClock, ClockState, DemoSignInRequest, DemoUsersResponse, SignInResponse};
use cpor_core::ErrorCode;
use cpor_i18n::{msg, Text};

use crate::auth::demo::token_for;
use crate::auth::{me, CurrentUser};
use crate::error::{ApiError, ApiJson};
use crate::AppState;

fn issuer(state: &AppState) -> Result<&crate::auth::DemoIssuer, ApiError> {
    state.auth.demo.as_ref().ok_or_else(ApiError::not_found)
}

/// `GET /api/demo/issuer/.well-known/openid-configuration`.
pub async fn discovery(State(state): State<AppState>) -> Result<Json<serde_json::Value>, ApiError> {
    Ok(Json(issuer(&state)?.discovery()))
}

/// `GET /api/demo/issuer/jwks.json`.
pub async fn jwks(State(state): State<AppState>) -> Result<Json<jsonwebtoken::jwk::JwkSet>, ApiError> {
    Ok(Json(issuer(&state)?.jwks()))
}

/// `GET /api/demo/users`.
pub async fn users(State(state): State<AppState>) -> Result<Json<DemoUsersResponse>, ApiError> {
    let users = state.store.read().await?.users().await?;
    Ok(Json(DemoUsersResponse { users: users.iter().map(me).collect() }))
}

/// `POST /api/demo/sign-in` `{"user_id"?}`: a token for a seeded user (the
/// default demo user when none is named).
pub async fn sign_in(State(state): State<AppState>, body: axum::body::Bytes) -> Result<Json<SignInResponse>, ApiError> {
    let default_user = state.auth.demo_user.as_deref().ok_or_else(ApiError::not_found)?;
    // An empty body signs in as the default demo user.
    let request: DemoSignInRequest = if body.iter().all(u8::is_ascii_whitespace) {
        DemoSignInRequest::default()
    } else {
        serde_json::from_slice(&body).map_err(|e| {
            ApiError::for_client(
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorCode::MalformedRequest,
                format!("The request body isn't a sign-in request: {e}"),
            )
        })?
    };
    let id = request.user_id.as_deref().unwrap_or(default_user);
    let Some((token, user)) = token_for(&state, issuer(&state)?, id).await? else {
        return Err(ApiError::worded(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::Unauthenticated,
            Text::new(msg::SERVER_DEMO_NO_USER, [id.to_owned().into()]),
        ));
    };
    let ttl = state.auth.demo_token_ttl_secs;
    Ok(Json(SignInResponse { token, expires_in: ttl, user: me(&user) }))
}

/// How far ahead the demo clock may be moved in all (ten years).
pub const MAX_DEMO_OFFSET_DAYS: i32 = 3660;

/// `POST /api/demo/clock` `{"days"}`, signed in: moves the server's date
/// forward and applies the deadlines that passed, at once.
pub async fn advance_clock(
    State(state): State<AppState>,
    _user: CurrentUser,
    ApiJson(req): ApiJson<AdvanceClock>,
) -> Result<Json<ClockState>, ApiError> {
    if !(1..=60).contains(&req.days) {
        return Err(ApiError::refused(ErrorCode::MalformedRequest, msg::SERVER_DEMO_CLOCK_STEP.into()));
    }
    if state.clock.offset_days() + req.days > MAX_DEMO_OFFSET_DAYS {
        return Err(ApiError::refused(
            ErrorCode::MalformedRequest,
            Text::new(msg::SERVER_DEMO_CLOCK_LIMIT, [MAX_DEMO_OFFSET_DAYS.into()]),
        ));
    }
    state.clock.advance(req.days);
    // The deadlines that passed are applied even if the request is given
    // up meanwhile: the date has moved for everyone. (The answer still
    // waits, as every answer does, for the writes it may have read to be on
    // disk: `durable` in the task, whose task-local the request's lacks.)
    let moving = state.clone();
    let (moved, durable) =
        tokio::spawn(async move { crate::store::durable(crate::scheduler::run_once(&moving)).await })
            .await
            .map_err(ApiError::internal)?;
    durable?;
    let moved = moved?;
    Ok(Json(ClockState { today: state.clock.today(), moved }))
}
