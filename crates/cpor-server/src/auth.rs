//! Who is calling. For now every request acts as the seeded demo user; this
//! extractor is the one place where bearer-token verification will go, so
//! handlers already take a [`CurrentUser`] and never look at headers.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;

use crate::error::ApiError;
use crate::AppState;

/// The signed-in partner user a request acts for.
#[derive(Clone, Debug)]
pub struct CurrentUser {
    /// User id.
    pub id: String,
    /// The partner organisation the user belongs to; every query is scoped
    /// to it.
    pub organisation_id: String,
    /// The user's role, e.g. `global_admin`.
    pub role: String,
}

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = ApiError;

    async fn from_request_parts(
        _parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        // The seam for token auth: verify the bearer token here and look the
        // user up by its subject instead of the configured demo user.
        let row: Option<(String, Option<String>, String)> =
            sqlx::query_as("SELECT id, organisation_id, role FROM users WHERE id = ?")
                .bind(&state.demo_user_id)
                .fetch_optional(&state.db)
                .await?;
        match row {
            Some((id, Some(organisation_id), role)) => Ok(Self {
                id,
                organisation_id,
                role,
            }),
            _ => Err(ApiError::internal(format!(
                "demo user {} is not a partner user",
                state.demo_user_id
            ))),
        }
    }
}
