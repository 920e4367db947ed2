//! The claim clocks, applied: claims whose partner did not answer in time
//! are rejected, approved claims whose opt-out window passed go on to
//! eligibility, old idempotency records are forgotten. [`spawn`] runs it in
//! every server (main starts it) with a configurable period; moving the
//! demo clock runs it at once.
//!
//! On PostgreSQL several servers share the database: each tick, only the
//! one holding the leader lock ([`crate::store::Store::try_lead`]) applies
//! the clocks, and the others try to take the lock, so when the leader dies
//! another takes over within one period. Even two servers applying at once
//! could not apply a deadline twice: each claim moves in a write
//! transaction that reads its status under the shared write lock first.

use std::time::Duration;

use cpor_core::lifecycle::{Action, ClaimStatus};
use cpor_core::ErrorCode;

use crate::error::ApiError;
use crate::lifecycle::{apply, Rules};
use crate::store::Acting;
use crate::AppState;

/// How long a recorded answer to an Idempotency-Key is kept: a draft's
/// submission may be retried from a browser that was offline for weeks.
pub const REPLY_RETENTION_SECS: i64 = 45 * 24 * 60 * 60;

/// Applies every deadline that has passed; returns how many claims moved.
/// Each claim moves in its own transaction, so one claim acted on meanwhile
/// (the partner answered at the last moment), or one that can't move, does
/// not hold up the others.
pub async fn run_once(state: &AppState) -> Result<u32, ApiError> {
    let today = state.clock.today();
    let rules = Rules { today, calendar: &state.calendar };
    let due = state.store.read().await?.claims_past_deadline(today).await?;
    let mut moved = 0;
    for (id, status) in due {
        let action =
            if status == ClaimStatus::Approved { Action::OptOutWindowPassed } else { Action::PartnerResponseExpired };
        let mut tx = state.store.write().await?;
        match apply(&mut tx, rules, &id, None, &Acting::clock(), &action, None).await {
            Ok(_) => {
                tx.commit().await?;
                moved += 1;
            }
            // Someone acted on the claim meanwhile: nothing left to do.
            Err(e) if e.problem().code == ErrorCode::WrongStatus.as_str() => {}
            Err(e) => tracing::error!(claim = %id, problem = ?e.problem(), "a claim's clock could not be applied"),
        }
    }
    let mut tx = state.store.write().await?;
    tx.forget_replies(REPLY_RETENTION_SECS).await?;
    tx.commit().await?;
    Ok(moved)
}

/// Removes what cut-off uploads left, and puts in place recorded uploads
/// whose rename failed: partial files older than the longest upload may
/// take.
async fn tidy_files(state: &AppState) {
    let kept = async {
        let mut db = state.store.read().await.map_err(std::io::Error::other)?;
        db.kept_file_ids().await.map_err(std::io::Error::other)
    };
    match state.files.remove_stale_partials(crate::limits::LONGEST_UPLOAD, kept).await {
        Ok(0) => {}
        Ok(n) => tracing::warn!(removed = n, "partial files of cut-off uploads removed"),
        Err(e) => tracing::error!(error = %e, "tidying the file store failed"),
    }
}

/// Runs [`run_once`] every `period`, from now until the process ends.
pub fn spawn(state: AppState, period: Duration) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(period);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut leading: Option<crate::store::Leadership> = None;
        loop {
            tick.tick().await;
            state.write_quota.forget_idle();
            tidy_files(&state).await;
            if let Some(lead) = &mut leading {
                if !lead.still().await {
                    tracing::warn!("lost the lead of the claim clocks (its database connection dropped)");
                    leading = None;
                }
            }
            if leading.is_none() {
                match state.store.try_lead().await {
                    Ok(Some(lead)) => {
                        tracing::info!("this server applies the claim clocks");
                        leading = Some(lead);
                    }
                    Ok(None) => continue,
                    Err(e) => {
                        tracing::error!(error = %e, "could not ask for the lead of the claim clocks");
                        continue;
                    }
                }
            }
            match run_once(&state).await {
                Ok(0) => tracing::debug!("claim clocks: nothing due"),
                Ok(n) => tracing::info!(moved = n, "claim clocks applied"),
                Err(e) => tracing::error!(problem = ?e.problem(), "claim clocks failed"),
            }
        }
    })
}
