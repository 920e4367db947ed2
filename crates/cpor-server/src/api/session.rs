//! `GET /api/me`: who the caller is, with what they may do.

use axum::Json;
use cpor_core::api::v1::Me;

use crate::auth::{me as shown, CurrentUser};

/// Who am I.
pub async fn me(user: CurrentUser) -> Json<Me> {
    Json(shown(&user))
}
