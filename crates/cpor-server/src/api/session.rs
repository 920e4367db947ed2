//! `GET /api/me`, and in demo mode `GET /api/demo/users` and
//! `POST /api/demo/sign-in`, which issue tokens for seeded users.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use cpor_core::api::v1::{DemoSignInRequest, DemoUsersResponse, Me, SignInResponse};
use cpor_core::ErrorCode;

use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::{token, AppState};

/// Who am I.
pub async fn me(user: CurrentUser) -> Json<Me> {
    Json(user.me())
}

fn demo_only(state: &AppState) -> Result<&str, ApiError> {
    state.auth.demo_user.as_deref().ok_or_else(ApiError::not_found)
}

/// The seeded users, for the demo's user picker.
pub async fn demo_users(State(state): State<AppState>) -> Result<Json<DemoUsersResponse>, ApiError> {
    demo_only(&state)?;
    let ids: Vec<(String,)> =
        sqlx::query_as("SELECT id FROM users ORDER BY organisation_id IS NULL, organisation_id, role, id")
            .fetch_all(&state.db)
            .await?;
    let mut users = Vec::with_capacity(ids.len());
    for (id,) in ids {
        if let Some(user) = CurrentUser::load(&state.db, &id).await? {
            users.push(user.me());
        }
    }
    Ok(Json(DemoUsersResponse { users }))
}

/// Signs in as a seeded user (the default demo user when none is named).
pub async fn demo_sign_in(
    State(state): State<AppState>,
    body: axum::body::Bytes,
) -> Result<Json<SignInResponse>, ApiError> {
    let default_user = demo_only(&state)?;
    // An empty body signs in as the default demo user.
    let request: DemoSignInRequest = if body.iter().all(u8::is_ascii_whitespace) {
        DemoSignInRequest::default()
    } else {
        serde_json::from_slice(&body).map_err(|e| {
            ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorCode::MalformedRequest,
                format!("The request body isn't a sign-in request: {e}"),
            )
        })?
    };
    let requested = request.user_id;
    let id = requested.as_deref().unwrap_or(default_user);
    let Some(user) = CurrentUser::load(&state.db, id).await? else {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::Unauthenticated,
            format!("There's no demo user {id:?}."),
        ));
    };
    let now = token::now();
    let claims = token::TokenClaims { sub: user.id.clone(), iat: now, exp: now + state.auth.token_ttl_secs };
    Ok(Json(SignInResponse {
        token: token::issue(&state.auth.key, &claims),
        expires_in: state.auth.token_ttl_secs,
        user: user.me(),
    }))
}

/// `POST /api/demo/clock` `{"days"}` (demo mode only): moves the server's
/// date forward and applies the deadlines that passed.
pub async fn advance_clock(
    State(state): State<AppState>,
    crate::error::ApiJson(req): crate::error::ApiJson<cpor_core::api::v1::AdvanceClock>,
) -> Result<Json<cpor_core::api::v1::ClockState>, ApiError> {
    demo_only(&state)?;
    if !(1..=60).contains(&req.days) {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::MalformedRequest,
            "Move the clock forward by 1 to 60 days.",
        ));
    }
    state.clock.advance(req.days);
    let moved = crate::scheduler::run_once(&state).await?;
    Ok(Json(cpor_core::api::v1::ClockState { today: state.clock.today(), moved }))
}
