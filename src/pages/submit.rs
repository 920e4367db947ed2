//! "Submit claim": the draft saved first, then the submit with the draft's
//! own Idempotency-Key, retried with backoff on outages and held while
//! offline; a submit whose answer was lost is confirmed, never made twice.
//! Safe when the page is left meanwhile: nothing is written to a page that
//! has gone, and the local copy is still cleared once the claim is in.

use cpor_core::api::v1::ClaimDetail;
use cpor_core::{ClaimStatus, ErrorCode};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError};
use crate::host::Events;
use crate::pages::flow::Flow;
use crate::pages::steps::answers::SubmitState;
use crate::state::draft::Draft;
use crate::state::form::FieldMessage;
use crate::storage;

/// Attempts of a submit before the partner is asked to try again.
const SUBMIT_ATTEMPTS: u32 = 5;

fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// The submit of the flow's draft.
#[derive(Clone, Copy)]
pub struct Submitter {
    flow: Flow,
    /// Where the submit stands.
    pub state: RwSignal<SubmitState>,
    /// The claim once submitted (the confirmation shows it).
    pub submitted: RwSignal<Option<ClaimDetail>>,
    events: Events,
    /// Puts focus on the error summary (after a refusal).
    focus_summary: Callback<()>,
}

impl Submitter {
    /// The submitter of `flow`'s draft.
    pub fn new(flow: Flow, focus_summary: Callback<()>) -> Self {
        Self {
            flow,
            state: RwSignal::new(SubmitState::Idle),
            submitted: RwSignal::new(None),
            events: Events::here(),
            focus_summary,
        }
    }

    /// The claim is in: the local copy goes (even if the page was left), the
    /// host is told, the confirmation shows.
    fn finish(self, owner: &str, claim: ClaimDetail) {
        storage::clear_draft(owner);
        self.flow.draft.try_set(Draft::new(api::new_key(), api::new_key()));
        self.flow.checks.try_set(Default::default());
        self.state.try_set(SubmitState::Idle);
        self.events.claim_submitted(&claim.summary.id, &crate::router::key_of(&claim.summary.status));
        self.submitted.try_set(Some(claim));
    }

    /// The server refused: its problems at their answers and in the summary.
    fn refused(self, e: ApiError) {
        self.flow.draft.try_update(|d| d.send_pending = false);
        self.state.try_set(SubmitState::Idle);
        let problems = match e {
            ApiError::Problem(p) if p.error_code() == Some(ErrorCode::StaleClaim) => {
                vec![FieldMessage::from_problem("submit", &p)]
            }
            ApiError::Problem(p) => FieldMessage::all_from_problem(&p, "submit"),
            _ => Vec::new(),
        };
        let any = !problems.is_empty();
        self.flow.errors.try_set(problems.clone());
        self.flow.summary.try_set(problems);
        if any {
            self.focus_summary.try_run(());
        }
    }

    /// Sends the claim (a second call while one is under way does nothing).
    /// The sending is in the later steps' part: while it downloads the
    /// claim counts as being sent, and if it can't download the partner
    /// is told, as for a send that failed (a submit held while offline is
    /// sent when the device is back online).
    pub fn submit(self) {
        if self.state.try_get_untracked().is_none_or(|s| s.busy()) {
            return;
        }
        if let Some(later) = crate::pages::later::later_steps() {
            return (later.submit)(self);
        }
        self.flow.draft.update(|d| d.send_pending = true);
        self.state.set(SubmitState::Sending);
        spawn_local(async move {
            let later = crate::pages::later::fetch().await;
            if self.state.try_get_untracked() != Some(SubmitState::Sending) {
                return;
            }
            self.state.set(SubmitState::Idle);
            match later {
                Some(later) => (later.submit)(self),
                None if !online() => {
                    self.state.set(SubmitState::Offline);
                }
                None => {
                    self.state.set(SubmitState::Failed);
                }
            }
        });
    }

    /// Sends the claim (in the later steps' part; see `submit`).
    pub(crate) fn send(self) {
        if self.state.try_get_untracked().is_none_or(|s| s.busy()) {
            return;
        }
        let owner = self.flow.owner();
        self.flow.draft.update(|d| d.send_pending = true);
        self.flow.summary.set(Vec::new());
        spawn_local(async move {
            let mut attempt = 0;
            loop {
                // The page was left (or the app unmounted) meanwhile.
                let Some(claim_id) = self.flow.draft.try_with_untracked(|d| d.claim_id.clone()) else { return };
                if !online() {
                    self.state.try_set(SubmitState::Offline);
                    return;
                }
                self.state.try_set(SubmitState::Sending);
                // A submit whose answer was lost may have gone through:
                // the claim says so, and is then confirmed, never re-created.
                if let Some(id) = claim_id {
                    if let Ok(claim) = api::get::<ClaimDetail>(&format!("/api/claims/{id}")).await {
                        if claim.summary.status != ClaimStatus::Editing {
                            return self.finish(&owner, claim);
                        }
                    }
                }
                let result = if self.flow.save_now().await {
                    let Some((id, key)) =
                        self.flow.draft.try_with_untracked(|d| (d.claim_id.clone(), d.submit_key.clone()))
                    else {
                        return;
                    };
                    let path = format!("/api/claims/{}/submit", id.unwrap_or_default());
                    api::post_once::<(), ClaimDetail>(&path, None, &key).await.map(|t| t.body)
                } else {
                    Err(ApiError::Unavailable)
                };
                match result {
                    Ok(claim) => return self.finish(&owner, claim),
                    Err(e) if e.is_transient() => {
                        attempt += 1;
                        if attempt >= SUBMIT_ATTEMPTS {
                            self.state.try_set(SubmitState::Failed);
                            return;
                        }
                        let wait = match e {
                            ApiError::Busy(secs) => secs.clamp(1, 60),
                            _ => 1 << (attempt - 1).min(4),
                        };
                        if !online() {
                            self.state.try_set(SubmitState::Offline);
                            return;
                        }
                        self.state.try_set(SubmitState::Retrying(wait));
                        api::sleep(wait * 1000).await;
                    }
                    Err(e) => return self.refused(e),
                }
            }
        });
    }
}
