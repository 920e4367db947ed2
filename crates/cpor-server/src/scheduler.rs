//! The claim clocks, applied: claims whose partner did not answer in time
//! are rejected, approved claims whose opt-out window passed go on to
//! eligibility. Runs every minute in the server and on demand when the demo
//! clock moves.

use std::time::Duration;

use cpor_core::lifecycle::Action;

use crate::error::ApiError;
use crate::lifecycle::{apply, Acting};
use crate::AppState;

/// Applies every deadline that has passed; returns how many claims moved.
pub async fn run_once(state: &AppState) -> Result<u32, ApiError> {
    let today = state.clock.today().to_string();
    let due: Vec<(String, String)> = sqlx::query_as(
        "SELECT id, status FROM claims
         WHERE status IN ('partner_action_required', 'approved') AND due_on IS NOT NULL AND due_on < ?
         ORDER BY due_on, id",
    )
    .bind(&today)
    .fetch_all(&state.db)
    .await?;
    let mut moved = 0;
    for (id, status) in due {
        let action = if status == "approved" { Action::OptOutWindowPassed } else { Action::PartnerResponseExpired };
        match apply(state, &id, None, &Acting::clock(), &action, None).await {
            Ok(_) => moved += 1,
            // Someone acted on the claim meanwhile: nothing left to do.
            Err(e) if e.problem().status == 409 => {}
            Err(e) => return Err(e),
        }
    }
    Ok(moved)
}

/// Runs [`run_once`] every `period` until the process ends.
pub fn spawn(state: AppState, period: Duration) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(period);
        loop {
            tick.tick().await;
            match run_once(&state).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(moved = n, "claim clocks applied"),
                Err(e) => tracing::error!(problem = ?e.problem(), "claim clocks failed"),
            }
        }
    });
}
