//! The people who use the service: partner users of an organisation, and
//! Microsoft reviewers (no organisation).

use cpor_core::access::UserRole;

use super::{enum_from_text, enum_text, Conn, Db, StoreError, WriteTx};

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
    /// The user an issuer's subject is.
    pub async fn user_by_identity(&mut self, issuer: &str, subject: &str) -> Result<Option<UserRecord>, StoreError> {
        let row: Option<UserRow> = sqlx::query_as(
            "SELECT id, display_name, email, organisation_id, role FROM users WHERE issuer = $1 AND subject = $2",
        )
        .bind(issuer)
        .bind(subject)
        .fetch_optional(self.c())
        .await?;
        row.map(user_from_row).transpose()
    }

    /// The subject of a user of the demo issuer (its seeded users).
    pub async fn demo_subject(&mut self, id: &str) -> Result<Option<String>, StoreError> {
        let row: Option<(String,)> = sqlx::query_as("SELECT subject FROM users WHERE id = $1 AND issuer = 'demo'")
            .bind(id)
            .fetch_optional(self.c())
            .await?;
        Ok(row.map(|(s,)| s))
    }

    /// A user by id.
    pub async fn user(&mut self, id: &str) -> Result<Option<UserRecord>, StoreError> {
        let row: Option<UserRow> =
            sqlx::query_as("SELECT id, display_name, email, organisation_id, role FROM users WHERE id = $1")
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

impl WriteTx {
    /// Records `user` as the subject `subject` of `issuer`, or updates what
    /// is recorded of them. Returns their id: the one recorded first when
    /// two first requests of the same person race.
    pub async fn save_user(&mut self, user: &UserRecord, issuer: &str, subject: &str) -> Result<String, StoreError> {
        let (id,): (String,) = sqlx::query_as(
            "INSERT INTO users (id, organisation_id, display_name, email, role, issuer, subject)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (issuer, subject) DO UPDATE SET organisation_id = excluded.organisation_id,
                 display_name = excluded.display_name, email = excluded.email, role = excluded.role
             RETURNING id",
        )
        .bind(&user.id)
        .bind(&user.organisation_id)
        .bind(&user.name)
        .bind(&user.email)
        .bind(enum_text(&user.role))
        .bind(issuer)
        .bind(subject)
        .fetch_one(self.c())
        .await?;
        Ok(id)
    }
}
