//! Who is calling. Every API call carries a bearer token (a JWT verified
//! with the configured key, see [`crate::token`]); the user it names is read
//! from the database, so a role change or a removed user takes effect at
//! once. Handlers take a [`CurrentUser`], a [`PartnerAdmin`] (the three
//! claiming roles of a partner organisation) or a [`Reviewer`], and never
//! look at headers themselves. Every write of a signed-in user counts
//! against their write quota (see [`crate::limits`]).

use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use cpor_core::access::{roles_needed_sentence, UserRole};
use cpor_core::api::v1::Me;
use cpor_core::lifecycle::Actor;
use cpor_core::ErrorCode;

use crate::error::ApiError;
use crate::store::{Acting, UserRecord};
use crate::token;
use crate::AppState;

/// How tokens are checked and, in demo mode, issued.
#[derive(Clone)]
pub struct AuthConfig {
    /// The HMAC key tokens are signed with.
    pub key: Arc<[u8]>,
    /// In demo mode, the user signed in when the sign-in names none; `None`
    /// turns the demo sign-in off.
    pub demo_user: Option<String>,
    /// How long an issued token lives, in seconds.
    pub token_ttl_secs: u64,
    /// The longest lifetime (expiry minus issue time) a token may claim.
    pub max_token_lifetime_secs: u64,
}

impl AuthConfig {
    /// Shortest key accepted, in bytes.
    pub const MIN_KEY_BYTES: usize = 32;
}

/// How far a token's issue time may lie in the future (clock skew).
pub const MAX_CLOCK_SKEW_SECS: u64 = 60;

/// The signed-in user a request acts for.
#[derive(Clone, Debug)]
pub struct CurrentUser(pub UserRecord);

impl std::ops::Deref for CurrentUser {
    type Target = UserRecord;
    fn deref(&self) -> &UserRecord {
        &self.0
    }
}

/// The user as the API shows it.
pub fn me(user: &UserRecord) -> Me {
    Me {
        id: user.id.clone(),
        name: user.name.clone(),
        email: user.email.clone(),
        role: user.role,
        organisation: user.organisation_id.clone(),
        can_claim: user.role.can_claim() && user.organisation_id.is_some(),
        can_review: user.role.can_review(),
    }
}

impl CurrentUser {
    /// The user as history and comments record them.
    pub fn acting(&self) -> Acting {
        let actor = if self.role.can_review() { Actor::Reviewer } else { Actor::Partner };
        Acting { id: self.id.clone(), name: self.name.clone(), actor }
    }
}

fn unauthenticated(detail: &str) -> ApiError {
    ApiError::new(StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated, detail)
}

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let header = parts.headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok());
        let Some(token) = header.and_then(|h| h.strip_prefix("Bearer ")) else {
            return Err(unauthenticated("Sign in to continue: the request has no bearer token."));
        };
        let now = token::now();
        let claims = token::verify(&state.auth.key, token.trim(), now).map_err(|e| match e {
            token::TokenError::Expired => unauthenticated("Your sign-in has expired. Sign in again."),
            _ => unauthenticated("The sign-in token isn't valid. Sign in again."),
        })?;
        // Issued in the past (a minute of clock skew allowed), and not
        // valid for longer than the configured maximum from either end.
        let max = state.auth.max_token_lifetime_secs;
        if claims.iat > now + MAX_CLOCK_SKEW_SECS
            || claims.exp.saturating_sub(claims.iat) > max
            || claims.exp.saturating_sub(now) > max
        {
            return Err(unauthenticated("The sign-in token claims too long a lifetime. Sign in again."));
        }
        let user = state
            .store
            .read()
            .await?
            .user(&claims.sub)
            .await?
            .ok_or_else(|| unauthenticated("The signed-in user no longer exists. Sign in again."))?;
        // The checks are questions, not writes, even though they are POSTs.
        if !parts.method.is_safe() && !parts.uri.path().contains("/checks/") {
            state.write_quota.check(&format!("user:{}", user.id))?;
        }
        Ok(Self(user))
    }
}

/// A partner user with one of the three claiming roles, in an organisation.
#[derive(Clone, Debug)]
pub struct PartnerAdmin {
    /// The user.
    pub user: CurrentUser,
    /// Their organisation: every query is scoped to it.
    pub organisation_id: String,
}

impl PartnerAdmin {
    /// The user as history and comments record them.
    pub fn acting(&self) -> Acting {
        self.user.acting()
    }
}

impl FromRequestParts<AppState> for PartnerAdmin {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let user = CurrentUser::from_request_parts(parts, state).await?;
        match (&user.organisation_id, user.role.can_claim()) {
            (Some(org), true) => Ok(Self { organisation_id: org.clone(), user }),
            _ if user.role.can_review() => Err(ApiError::new(
                StatusCode::FORBIDDEN,
                ErrorCode::RoleRequired,
                "Reviewers review claims; they don't create them.",
            )),
            _ => Err(ApiError::new(StatusCode::FORBIDDEN, ErrorCode::RoleRequired, roles_needed_sentence())),
        }
    }
}

/// A Microsoft reviewer.
#[derive(Clone, Debug)]
pub struct Reviewer(pub CurrentUser);

impl FromRequestParts<AppState> for Reviewer {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let user = CurrentUser::from_request_parts(parts, state).await?;
        if user.role.can_review() {
            Ok(Self(user))
        } else {
            Err(ApiError::new(StatusCode::FORBIDDEN, ErrorCode::RoleRequired, "Only Microsoft reviewers can do this."))
        }
    }
}

/// Whether `role` may see claims at all (partner admins their own,
/// reviewers every one); 403 naming the roles otherwise.
pub fn may_see_claims(role: UserRole) -> Result<(), ApiError> {
    if role.can_review() || role.can_claim() {
        Ok(())
    } else {
        Err(ApiError::new(StatusCode::FORBIDDEN, ErrorCode::RoleRequired, roles_needed_sentence()))
    }
}
