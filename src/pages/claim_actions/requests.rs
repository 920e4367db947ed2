//! The requests behind a claim's actions, and what a refusal as stale
//! (412, someone else changed the claim) turns into: the claim read again,
//! sent again only when nothing the partner answered or could act on
//! changed, else the words saying what did.

use cpor_core::api::v1::{ClaimDetail, Comment, NewComment, WithdrawRequest};
use cpor_core::ErrorCode;
use cpor_i18n::tr;
use serde::Serialize;

use super::Panel;
use crate::api::{self, ApiError, Tagged};
use crate::state::claim_view::what_changed;
use crate::state::form::FieldMessage;

/// The message for a refused or failed request, at `path`.
pub(super) fn refused(e: ApiError, path: &str) -> Vec<FieldMessage> {
    match e {
        ApiError::Problem(p) => FieldMessage::all_from_problem(&p, path),
        _ => vec![FieldMessage::at(path, ErrorCode::ServiceUnavailable, tr!(CLAIM_ACTION_UNAVAILABLE))],
    }
}

/// Whether the server refused because the claim changed since it was read.
pub(super) fn is_stale(result: &Result<Tagged<ClaimDetail>, ApiError>) -> bool {
    matches!(result, Err(ApiError::Problem(p)) if p.error_code() == Some(ErrorCode::StaleClaim))
}

/// The request body of resubmit and dispute.
#[derive(Serialize)]
struct Note {
    comment: String,
}

/// The path of the action forms' text (its element is `…action-note`).
pub(super) const NOTE_PATH: &str = "action-note";

/// Sends the action of `panel` with its text and the claim's ETag.
pub(super) async fn send_action(
    panel: Panel,
    claim: &str,
    text: &str,
    etag: &str,
) -> Result<Tagged<ClaimDetail>, ApiError> {
    let (action, body) = match panel {
        Panel::Withdraw => ("withdraw", api::json(&WithdrawRequest { reason: text.to_owned() })),
        Panel::Resubmit => ("resubmit", api::json(&Note { comment: text.to_owned() })),
        Panel::Dispute | Panel::Edit => ("dispute", api::json(&Note { comment: text.to_owned() })),
    };
    api::post_change::<ClaimDetail>(&format!("/api/claims/{claim}/{action}"), body, Some(etag)).await
}

/// Posts `text` (if any) to the claim's comments.
pub(super) async fn post_comment(claim: &str, text: String) -> Result<(), ApiError> {
    if text.trim().is_empty() {
        return Ok(());
    }
    let body = api::json(&NewComment { body: text, reply_to: None });
    api::post_change::<Comment>(&format!("/api/claims/{claim}/comments"), body, None).await?;
    Ok(())
}

/// The claim as it is now, when a change was refused as stale: `Ok` with
/// its version when only the partner's own proof moved it (send again),
/// `Err` with what changed (ask the partner), or `Err` with nothing when it
/// couldn't be read.
pub(super) async fn after_stale(
    claim_id: &str,
    seen: &ClaimDetail,
) -> Result<String, (Option<String>, Option<String>)> {
    match api::get_tagged::<ClaimDetail>(&format!("/api/claims/{claim_id}")).await {
        Ok(Tagged { body, etag }) => match what_changed(seen, &body) {
            None => etag.ok_or((None, None)),
            Some(changed) => Err((Some(changed), etag)),
        },
        Err(_) => Err((None, None)),
    }
}

/// The notice of a refused change: what changed, and that the text stays.
pub(super) fn stale_notice(changed: Option<String>) -> String {
    match changed {
        Some(what) => tr!(CLAIM_ACTION_STALE, what),
        None => tr!(CLAIM_ACTION_STALE_UNKNOWN),
    }
}
