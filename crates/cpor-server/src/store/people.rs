//! The people who use the service: partner users of an organisation, and
//! Microsoft reviewers (no organisation).

use cpor_core::access::UserRole;

use super::{enum_from_text, Conn, Db, StoreError};

/// A user as stored.
#[derive(Clone, Debug)]
pub struct UserRecord {
    /// User id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Email address.
    pub email: String,
    /// The partner organisation, for partner users.
    pub organisation_id: Option<String>,
    /// Role.
    pub role: UserRole,
}

type UserRow = (String, String, String, Option<String>, String);

fn user_from_row((id, name, email, organisation_id, role): UserRow) -> Result<UserRecord, StoreError> {
    let role = enum_from_text(&format!("role of user {id}"), &role)?;
    Ok(UserRecord { id, name, email, organisation_id, role })
}

impl<C: Conn> Db<C> {
    /// A user by id.
    pub async fn user(&mut self, id: &str) -> Result<Option<UserRecord>, StoreError> {
        let row: Option<UserRow> =
            sqlx::query_as("SELECT id, display_name, email, organisation_id, role FROM users WHERE id = ?")
                .bind(id)
                .fetch_optional(self.c())
                .await?;
        row.map(user_from_row).transpose()
    }

    /// Every user, partner users by organisation first, then reviewers.
    pub async fn users(&mut self) -> Result<Vec<UserRecord>, StoreError> {
        let rows: Vec<UserRow> = sqlx::query_as(
            "SELECT id, display_name, email, organisation_id, role FROM users
             ORDER BY organisation_id IS NULL, organisation_id, role, id",
        )
        .fetch_all(self.c())
        .await?;
        rows.into_iter().map(user_from_row).collect()
    }
}
