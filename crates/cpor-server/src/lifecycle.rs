//! Moving a claim through its lifecycle. Every move, whoever makes it
//! (partner, reviewer, customer, the clock), goes through [`apply`] inside
//! the caller's write transaction: the transition comes from `cpor-core`;
//! the new status, its clock, what the claim holds and the history lines
//! are written in that transaction, together with whatever else the caller
//! writes there (a comment, the other claims of an arbitration, the
//! request's recorded answer).

use axum::http::StatusCode;
use cpor_core::lifecycle::{
    arbitration_allows, next_deadline, rejection_reason, transition, Action, ClaimStatus, TransitionRefusal,
};
use cpor_core::{BusinessCalendar, Date, ErrorCode};
use cpor_i18n::{msg, Text};

use crate::error::ApiError;
use crate::store::{enum_text, Acting, ClaimRecord, ClaimScope, StatusChange, WriteTx};

/// The day and calendar the rules are applied with.
#[derive(Clone, Copy, Debug)]
pub struct Rules<'a> {
    /// Today, by the server's clock.
    pub today: Date,
    /// Which days are business days.
    pub calendar: &'a BusinessCalendar,
}

/// A refusal of `cpor-core` as an HTTP answer.
pub fn refusal(e: TransitionRefusal) -> ApiError {
    let status = match e {
        TransitionRefusal::NotYourAction { .. } => StatusCode::FORBIDDEN,
        TransitionRefusal::ReasonRequired => StatusCode::UNPROCESSABLE_ENTITY,
        _ => StatusCode::CONFLICT,
    };
    ApiError::worded(status, e.code(), e.text())
}

/// 404 for a claim the caller cannot see.
pub fn claim_not_found(id: &str) -> ApiError {
    ApiError::worded(
        StatusCode::NOT_FOUND,
        ErrorCode::ClaimNotFound,
        Text::new(msg::SERVER_CLAIM_NOT_FOUND, [id.to_owned().into()]),
    )
}

/// 412 for a claim that changed since the caller read it.
pub fn stale(claim: &ClaimRecord) -> ApiError {
    ApiError::worded(
        StatusCode::PRECONDITION_FAILED,
        ErrorCode::StaleClaim,
        Text::new(msg::SERVER_CLAIM_STALE, [claim.id.clone().into(), claim.etag().into()]),
    )
}

/// What a move did.
#[derive(Clone, Copy, Debug)]
pub struct Moved {
    /// The status before.
    pub from: ClaimStatus,
    /// The status after.
    pub to: ClaimStatus,
}

/// Applies `action` to claim `id` in `tx` (the caller has checked the actor
/// may see it). `expected_version`, when given, must still be the claim's
/// version. `note` (a reason) is kept in the history.
pub async fn apply(
    tx: &mut WriteTx,
    rules: Rules<'_>,
    id: &str,
    expected_version: Option<i64>,
    acting: &Acting,
    action: &Action,
    note: Option<&str>,
) -> Result<Moved, ApiError> {
    let claim = tx.claim(id, ClaimScope::Any).await?.ok_or_else(|| claim_not_found(id))?;
    if expected_version.is_some_and(|v| v != claim.version) {
        return Err(stale(&claim));
    }
    arbitration_allows(action, claim.in_arbitration).map_err(refusal)?;
    let from = claim.status;
    let to = transition(&claim.clock(), acting.actor, action, rules.today, rules.calendar).map_err(refusal)?;
    let rejection = if to == ClaimStatus::Rejected { rejection_reason(action) } else { None };
    let information_request = match action {
        Action::RequestInformation { reasons } => Some(reasons.as_slice()),
        _ => None,
    };
    let opt_out_token = (to == ClaimStatus::Approved && from != to).then(crate::ids::secret_token);
    if from != to {
        tx.move_status(&StatusChange {
            id,
            to,
            today: rules.today,
            due_on: next_deadline(to, rules.today, rules.calendar),
            rejection,
            information_request,
            opt_out_token: opt_out_token.as_deref(),
            submitted: false,
        })
        .await?;
    }
    // What the claim holds: released when it ends, held again when disputed.
    if matches!(to, ClaimStatus::Rejected | ClaimStatus::Withdrawn) {
        tx.release_keys(id).await?;
    } else if to == ClaimStatus::Disputed && !tx.hold_keys_again(id).await? {
        return Err(ApiError::worded(
            StatusCode::CONFLICT,
            ErrorCode::AlreadyClaimed,
            msg::SERVER_CLAIMED_AGAIN.into(),
        ));
    }
    let label = action.label();
    tx.history_line(id, acting, label, Some(("status", &enum_text(&from), &enum_text(&to)))).await?;
    if let Some(note) = note.map(str::trim).filter(|n| !n.is_empty()) {
        tx.history_line(id, acting, label, Some(("note", "", note))).await?;
    }
    if let Some(reason) = rejection {
        tx.history_line(id, acting, label, Some(("rejection", "", &enum_text(&reason)))).await?;
    }
    Ok(Moved { from, to })
}
