//! Who is calling. Every API call carries a bearer token (a JWT verified
//! with the configured key, see [`crate::token`]); the user it names is read
//! from the database, so a role change or a removed user takes effect at
//! once. Handlers take a [`CurrentUser`], a [`PartnerAdmin`] (the three
//! claiming roles of a partner organisation) or later a reviewer, and never
//! look at headers themselves.

use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use cpor_core::access::{roles_needed_sentence, UserRole};
use cpor_core::api::v1::Me;
use cpor_core::lifecycle::Actor;
use cpor_core::ErrorCode;
use sqlx::SqlitePool;

use crate::db::enum_from_text;
use crate::error::ApiError;
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
}

impl AuthConfig {
    /// Shortest key accepted, in bytes.
    pub const MIN_KEY_BYTES: usize = 32;

    /// A random key from the operating system, for demo mode.
    pub fn random_key() -> std::io::Result<Vec<u8>> {
        use std::io::Read;
        let mut key = vec![0u8; 32];
        std::fs::File::open("/dev/urandom")?.read_exact(&mut key)?;
        Ok(key)
    }
}

/// The signed-in user a request acts for.
#[derive(Clone, Debug)]
pub struct CurrentUser {
    /// User id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Email address.
    pub email: String,
    /// The partner organisation, for partner users; every partner query is
    /// scoped to it.
    pub organisation_id: Option<String>,
    /// Role.
    pub role: UserRole,
}

impl CurrentUser {
    /// Loads a user by id.
    pub async fn load(db: &SqlitePool, id: &str) -> Result<Option<Self>, ApiError> {
        let row: Option<(String, String, String, Option<String>, String)> =
            sqlx::query_as("SELECT id, display_name, email, organisation_id, role FROM users WHERE id = ?")
                .bind(id)
                .fetch_optional(db)
                .await?;
        row.map(|(id, name, email, organisation_id, role)| {
            let role = enum_from_text(&role).map_err(|e| ApiError::internal(format!("user {id} role {role}: {e}")))?;
            Ok(Self { id, name, email, organisation_id, role })
        })
        .transpose()
    }

    /// The user as the API shows it.
    pub fn me(&self) -> Me {
        Me {
            id: self.id.clone(),
            name: self.name.clone(),
            email: self.email.clone(),
            role: self.role,
            organisation: self.organisation_id.clone(),
            can_claim: self.role.can_claim() && self.organisation_id.is_some(),
            can_review: self.role.can_review(),
        }
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
        let claims = token::verify(&state.auth.key, token.trim(), token::now()).map_err(|e| match e {
            token::TokenError::Expired => unauthenticated("Your sign-in has expired. Sign in again."),
            _ => unauthenticated("The sign-in token isn't valid. Sign in again."),
        })?;
        Self::load(&state.db, &claims.sub)
            .await?
            .ok_or_else(|| unauthenticated("The signed-in user no longer exists. Sign in again."))
    }
}

impl PartnerAdmin {
    /// The user as history and comments record them.
    pub fn acting(&self) -> crate::lifecycle::Acting {
        self.user.acting()
    }
}

impl CurrentUser {
    /// The user as history and comments record them.
    pub fn acting(&self) -> crate::lifecycle::Acting {
        let actor = if self.role.can_review() { Actor::Reviewer } else { Actor::Partner };
        crate::lifecycle::Acting { id: self.id.clone(), name: self.name.clone(), actor }
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
