//! Moving a claim through its lifecycle. Every move, whoever makes it
//! (partner, reviewer, customer, the clock), goes through [`apply`]: the
//! transition comes from `cpor-core`, and the new status, its clock, what
//! the claim holds and the history line are written in one `BEGIN
//! IMMEDIATE` transaction.

use axum::http::StatusCode;
use cpor_core::lifecycle::{
    next_deadline, rejection_reason, transition, Action, Actor, ClaimClock, ClaimStatus, TransitionRefusal,
};
use cpor_core::{Date, ErrorCode};
use sqlx::SqliteConnection;

use crate::db::{enum_from_text, enum_text};
use crate::error::ApiError;
use crate::{token, AppState};

/// Who acts, as history and comments record it.
#[derive(Clone, Debug)]
pub struct Acting {
    /// User id, or `clock` / `customer`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// The lifecycle actor.
    pub actor: Actor,
}

impl Acting {
    /// The scheduler.
    pub fn clock() -> Self {
        Self { id: "clock".into(), name: "Claim clock".into(), actor: Actor::Clock }
    }

    /// The customer, through the opt-out link.
    pub fn customer() -> Self {
        Self { id: "customer".into(), name: "Customer".into(), actor: Actor::Customer }
    }
}

/// A refusal of `cpor-core` as an HTTP answer.
pub fn refusal(e: TransitionRefusal) -> ApiError {
    let status = match e {
        TransitionRefusal::NotYourAction { .. } => StatusCode::FORBIDDEN,
        TransitionRefusal::ReasonRequired => StatusCode::UNPROCESSABLE_ENTITY,
        _ => StatusCode::CONFLICT,
    };
    ApiError::new(status, e.code(), e.to_string())
}

/// Sets `in_arbitration` on claim `id`, every claim sharing one of its keys
/// and every claim on one of `keys`: a claim is in arbitration exactly when
/// one of its live keys is also claimed, live, by another organisation.
pub async fn arbitration_flags(conn: &mut SqliteConnection, id: &str, keys: &[String]) -> Result<(), ApiError> {
    sqlx::query(
        "UPDATE claims SET in_arbitration = EXISTS (
            SELECT 1 FROM claim_keys mine JOIN claim_keys other
              ON other.claim_key = mine.claim_key AND other.live = 1 AND other.organisation_id <> mine.organisation_id
            WHERE mine.claim_id = claims.id AND mine.live = 1)
         WHERE id = ?1
            OR id IN (SELECT claim_id FROM claim_keys
                      WHERE claim_key IN (SELECT claim_key FROM claim_keys WHERE claim_id = ?1)
                         OR claim_key IN (SELECT value FROM json_each(?2)))",
    )
    .bind(id)
    .bind(serde_json::to_string(keys).map_err(ApiError::internal)?)
    .execute(conn)
    .await?;
    Ok(())
}

/// Writes one history line.
pub async fn history(
    conn: &mut SqliteConnection,
    claim_id: &str,
    acting: &Acting,
    action: &str,
    change: Option<(&str, String, String)>,
) -> Result<(), ApiError> {
    let (field, old, new) = match change {
        Some((f, o, n)) => (Some(f), Some(o), Some(n)),
        None => (None, None, None),
    };
    sqlx::query(
        "INSERT INTO claim_history (claim_id, at, actor_id, actor_role, action, field, old_value, new_value)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(claim_id)
    .bind(token::now() as i64)
    .bind(&acting.id)
    .bind(enum_text(&acting.actor))
    .bind(action)
    .bind(field)
    .bind(old)
    .bind(new)
    .execute(conn)
    .await?;
    Ok(())
}

/// Posts a comment on a claim.
pub async fn comment(
    conn: &mut SqliteConnection,
    claim_id: &str,
    acting: &Acting,
    side: &str,
    reply_to: Option<i64>,
    body: &str,
) -> Result<i64, ApiError> {
    let id = sqlx::query(
        "INSERT INTO claim_comments (claim_id, at, author_id, author_name, side, reply_to, body) VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(claim_id)
    .bind(token::now() as i64)
    .bind(&acting.id)
    .bind(&acting.name)
    .bind(side)
    .bind(reply_to)
    .bind(body)
    .execute(conn)
    .await?
    .last_insert_rowid();
    Ok(id)
}

/// What a move did.
#[derive(Clone, Copy, Debug)]
pub struct Moved {
    /// The status before.
    pub from: ClaimStatus,
    /// The status after.
    pub to: ClaimStatus,
}

/// Applies `action` to claim `id` (the caller has checked the actor may see
/// it). `expected_version`, when given, must still be the claim's version.
/// `note` (a reason, a comment) is kept in the history.
pub async fn apply(
    state: &AppState,
    id: &str,
    expected_version: Option<i64>,
    acting: &Acting,
    action: &Action,
    note: Option<&str>,
) -> Result<Moved, ApiError> {
    let today = state.clock.today();
    let mut tx = state.writer.begin_with("BEGIN IMMEDIATE").await?;
    let row: Option<(String, String, Option<String>, i64)> =
        sqlx::query_as("SELECT status, status_since, rejection, version FROM claims WHERE id = ?")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
    let Some((status, since, rejection, version)) = row else {
        return Err(ApiError::new(StatusCode::NOT_FOUND, ErrorCode::ClaimNotFound, format!("There's no claim {id}.")));
    };
    if expected_version.is_some_and(|v| v != version) {
        return Err(ApiError::new(
            StatusCode::PRECONDITION_FAILED,
            ErrorCode::StaleClaim,
            format!("Claim {id} changed since you opened it."),
        ));
    }
    let corrupt = |what: &str, e: &dyn std::fmt::Display| ApiError::internal(format!("claim {id} {what}: {e}"));
    let from: ClaimStatus = enum_from_text(&status).map_err(|e| corrupt("status", &e))?;
    let clock = ClaimClock {
        status: from,
        since: Date::parse(&since).map_err(|e| corrupt("date", &e))?,
        rejection: rejection.as_deref().map(enum_from_text).transpose().map_err(|e| corrupt("rejection", &e))?,
    };
    let to = transition(&clock, acting.actor, action, today, &state.calendar).map_err(refusal)?;
    let rejection = if to == ClaimStatus::Rejected { rejection_reason(action).map(|r| enum_text(&r)) } else { None };
    let information_request = match action {
        Action::RequestInformation { reasons } => Some(serde_json::to_string(reasons).map_err(ApiError::internal)?),
        _ => None,
    };
    let opt_out_token = if to == ClaimStatus::Approved {
        let bytes = crate::auth::AuthConfig::random_key().map_err(ApiError::internal)?;
        Some(bytes.iter().map(|b| format!("{b:02x}")).collect::<String>())
    } else {
        None
    };
    sqlx::query(
        "UPDATE claims SET status = ?, status_since = ?, due_on = ?, rejection = ?,
                information_request = COALESCE(?, information_request),
                opt_out_token = COALESCE(?, opt_out_token),
                version = version + 1, updated_at = ?
         WHERE id = ?",
    )
    .bind(enum_text(&to))
    .bind(today.to_string())
    .bind(next_deadline(to, today, &state.calendar).map(|d| d.to_string()))
    .bind(&rejection)
    .bind(&information_request)
    .bind(&opt_out_token)
    .bind(token::now() as i64)
    .bind(id)
    .execute(&mut *tx)
    .await?;
    // What the claim holds: released when it ends, held again when disputed.
    if matches!(to, ClaimStatus::Rejected | ClaimStatus::Withdrawn) {
        sqlx::query("UPDATE claim_keys SET live = 0 WHERE claim_id = ?").bind(id).execute(&mut *tx).await?;
        arbitration_flags(&mut tx, id, &[]).await?;
    } else if to == ClaimStatus::Disputed {
        let held = sqlx::query("UPDATE claim_keys SET live = 1 WHERE claim_id = ?").bind(id).execute(&mut *tx).await;
        if let Err(sqlx::Error::Database(e)) = &held {
            if e.is_unique_violation() {
                return Err(ApiError::new(
                    StatusCode::CONFLICT,
                    ErrorCode::AlreadyClaimed,
                    "Your company has since made another claim on this product; dispute that one instead.",
                ));
            }
        }
        held?;
        arbitration_flags(&mut tx, id, &[]).await?;
    }
    history(&mut tx, id, acting, action.label(), Some(("status", enum_text(&from), enum_text(&to)))).await?;
    if let Some(note) = note.map(str::trim).filter(|n| !n.is_empty()) {
        history(&mut tx, id, acting, action.label(), Some(("note", String::new(), note.to_owned()))).await?;
    }
    if let Some(reason) = &rejection {
        history(&mut tx, id, acting, action.label(), Some(("rejection", String::new(), reason.clone()))).await?;
    }
    tx.commit().await?;
    Ok(Moved { from, to })
}
