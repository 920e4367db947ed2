//! "Your drafts": the signed-in partner's unsubmitted claims on the server,
//! each resumable, here or on another device.

use cpor_core::api::v1::{ClaimDetail, ClaimPage, ClaimSummary};
use cpor_core::ClaimStatus;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, Tagged};
use crate::pages::flow::{now_hh_mm, Flow};
use crate::state::draft::Draft;

/// Loads the claim `id` from the server into the flow, after saving the
/// draft on screen so nothing is lost.
pub fn resume(flow: Flow, id: String, on_done: Callback<()>) {
    if flow.draft.with_untracked(|d| d.send_pending) {
        return;
    }
    spawn_local(async move {
        // The claim on screen goes to the drafts first; if it can't, it
        // stays on screen rather than being lost.
        if !flow.save_now().await && flow.draft.with_untracked(Draft::has_answers) {
            return;
        }
        let Ok(Tagged { body, etag }) = api::get_tagged::<ClaimDetail>(&format!("/api/claims/{id}")).await else {
            return;
        };
        if body.summary.status != ClaimStatus::Editing {
            return;
        }
        let mut draft = Draft::new(api::new_key(), api::new_key());
        draft.input = body.input;
        draft.claim_id = Some(body.summary.id);
        draft.etag = etag;
        draft.files = body.files;
        draft.saved_at = Some(now_hh_mm());
        flow.clear_messages();
        flow.checks.set(Default::default());
        flow.draft.set(draft);
        on_done.run(());
    });
}

/// The list, under step 1; renders nothing without other drafts.
#[component]
pub fn DraftsList(
    /// The flow to load a draft into.
    flow: Flow,
    /// Called after a draft was loaded.
    on_resumed: Callback<()>,
    /// Starts a new, empty claim.
    on_new: Callback<()>,
) -> impl IntoView {
    let drafts = RwSignal::new(Vec::<ClaimSummary>::new());
    spawn_local(async move {
        let path = "/api/claims?status=editing&sort=updated&per_page=20";
        if let Ok(page) = api::get::<ClaimPage>(path).await {
            drafts.try_set(page.items);
        }
    });
    let others = move || {
        let current = flow.draft.with(|d| d.claim_id.clone());
        drafts.get().into_iter().filter(|c| Some(&c.id) != current.as_ref()).collect::<Vec<_>>()
    };
    let has_answers = move || flow.draft.with(Draft::has_answers);
    view! {
        <Show when=move || !others().is_empty() || has_answers()>
            <details class="cpor-drafts">
                <summary>{move || format!("Your drafts ({})", others().len())}</summary>
                <ul class="cpor-drafts-list">
                    {move || others().into_iter().map(|c| {
                        let name = if c.claim_name.trim().is_empty() { "Untitled claim".to_owned() } else { c.claim_name.clone() };
                        let meta = if c.domain.trim().is_empty() { c.id.clone() } else { format!("{} \u{00B7} {}", c.domain, c.id) };
                        let label = format!("Continue {name}");
                        let id = c.id.clone();
                        view! {
                            <li class="cpor-draft">
                                <span class="cpor-draft-name">{name}</span>
                                <span class="cpor-draft-meta">{meta}</span>
                                <button
                                    type="button"
                                    class="cpor-button cpor-button--secondary"
                                    aria-label=label
                                    on:click=move |_| resume(flow, id.clone(), on_resumed)
                                >
                                    "Continue"
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <Show when=has_answers>
                    <p class="cpor-hint">"The claim on screen is kept in your drafts when you start another."</p>
                    <button type="button" class="cpor-button cpor-button--secondary" on:click=move |_| on_new.run(())>
                        "Start a new claim"
                    </button>
                </Show>
            </details>
        </Show>
    }
}
