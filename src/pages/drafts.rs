//! "Your drafts": the signed-in partner's unsubmitted claims on the server,
//! each saying what it is (customer, products), how far it got and when it
//! last changed; each can be continued, here or on another device, or
//! deleted (after a confirmation in place).

use cpor_core::api::v1::{ClaimDetail, ClaimPage, ClaimSummary};
use cpor_core::ClaimStatus;
use cpor_i18n::tr;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError, Tagged};
use crate::components::icon::{icon, Icon};
use crate::components::stepper::step_name;
use crate::components::{date_time, now_secs};
use crate::pages::flow::{now_hh_mm, Flow};
use crate::state::draft::{Draft, STEP_COUNT};
use crate::state::drafts::{changed_ago, changed_at, customer_of, draft_title, step_reached};

/// Loads the claim `id` from the server into the flow, after saving the
/// draft on screen so nothing is lost.
pub fn resume(flow: Flow, id: String, on_done: Callback<()>) {
    if flow.draft.with_untracked(|d| d.send_pending) {
        return;
    }
    spawn_local(async move {
        // The claim on screen goes to the drafts first; if it can't, it
        // stays on screen rather than being lost.
        let saved = flow.save_now().await;
        let Some(keep) = flow.draft.try_with_untracked(Draft::worth_saving) else { return };
        if !saved && keep {
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
        on_done.try_run(());
    });
}

/// What a draft is: its customer and products, how far it got, when it
/// changed.
fn draft_meta(c: &ClaimSummary) -> String {
    let step = step_reached(c);
    let mut parts = Vec::new();
    let customer = customer_of(c);
    if !customer.is_empty() {
        parts.push(customer);
    }
    if !c.products.is_empty() {
        parts.push(c.products.join(", "));
    }
    parts.push(tr!(DRAFTS_STEP, step, STEP_COUNT, step_name(step)));
    let changed = changed_at(c);
    if changed > 0 {
        parts.push(changed_ago(changed, now_secs(), date_time));
    }
    parts.join(" \u{00B7} ")
}

/// The user's drafts, latest change first (asked for ahead by the app
/// when it opens on the flow).
pub const DRAFTS_PATH: &str = "/api/claims?status=editing&sort=updated&per_page=20";

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
    // The draft whose deletion waits for a confirmation, and the outcome.
    let confirming = RwSignal::new(None::<String>);
    let notice = RwSignal::new(String::new());
    spawn_local(async move {
        if let Ok(page) = api::get::<ClaimPage>(DRAFTS_PATH).await {
            drafts.try_set(page.items);
        }
    });
    let delete = move |id: String, title: String| {
        spawn_local(async move {
            match api::delete(&format!("/api/claims/{id}")).await {
                Ok(()) => {
                    drafts.try_update(|d| d.retain(|c| c.id != id));
                    notice.try_set(tr!(DRAFTS_DELETED, title));
                }
                Err(ApiError::Problem(p)) => {
                    notice.try_set(tr!(DRAFTS_DELETE_REFUSED, title, p.detail));
                }
                Err(_) => {
                    notice.try_set(tr!(DRAFTS_DELETE_FAILED, title));
                }
            }
            confirming.try_set(None);
        });
    };
    let others = move || {
        let current = flow.draft.with(|d| d.claim_id.clone());
        drafts.get().into_iter().filter(|c| Some(&c.id) != current.as_ref()).collect::<Vec<_>>()
    };
    let has_answers = move || flow.draft.with(Draft::has_answers);
    let count = move || tr!(DRAFTS_COUNT, others().len());
    view! {
        <Show when=move || !others().is_empty() || has_answers() || !notice.with(String::is_empty)>
            <details class="cpor-drafts">
                <summary>{count}</summary>
                <ul class="cpor-drafts-list">
                    {move || others().into_iter().map(|c| {
                        let title = draft_title(&c);
                        let meta = draft_meta(&c);
                        let id = c.id.clone();
                        let (continue_id, delete_id, confirm_id) = (id.clone(), id.clone(), id.clone());
                        let (delete_title, confirm_title) = (title.clone(), title.clone());
                        let asking = move || confirming.get().as_deref() == Some(confirm_id.as_str());
                        view! {
                            <li class="cpor-draft">
                                {icon(Icon::EDIT)}
                                <div class="cpor-draft-text">
                                    <span class="cpor-draft-name">{title.clone()}</span>
                                    <span class="cpor-draft-meta">{meta}</span>
                                </div>
                                <Show
                                    when=asking
                                    fallback={
                                        let (title, continue_id, delete_id) = (title.clone(), continue_id.clone(), delete_id.clone());
                                        move || {
                                            let (continue_id, delete_id) = (continue_id.clone(), delete_id.clone());
                                            view! {
                                                <div class="cpor-draft-actions">
                                                    <button
                                                        type="button"
                                                        class="cpor-button cpor-button--secondary"
                                                        aria-label=tr!(DRAFTS_CONTINUE_DRAFT, title.clone())
                                                        on:click=move |_| resume(flow, continue_id.clone(), on_resumed)
                                                    >
                                                        {tr!(DRAFTS_CONTINUE)}
                                                    </button>
                                                    <button
                                                        type="button"
                                                        class="cpor-button cpor-button--subtle"
                                                        aria-label=tr!(DRAFTS_DELETE_DRAFT, title.clone())
                                                        on:click=move |_| {
                                                            notice.set(String::new());
                                                            confirming.set(Some(delete_id.clone()));
                                                        }
                                                    >
                                                        {icon(Icon::DELETE)}
                                                        {tr!(DRAFTS_DELETE)}
                                                    </button>
                                                </div>
                                            }
                                        }
                                    }
                                >
                                    {
                                        let (id, title) = (id.clone(), delete_title.clone());
                                        let label = tr!(DRAFTS_DELETE_FOR_GOOD, confirm_title.clone());
                                        let group_label = tr!(DRAFTS_DELETE_GROUP, title.clone());
                                        view! {
                                            <div class="cpor-draft-confirm" role="group" aria-label=group_label>
                                                <p>{tr!(DRAFTS_DELETE_QUESTION)}</p>
                                                <div class="cpor-actions">
                                                    <button
                                                        type="button"
                                                        class="cpor-button cpor-button--danger"
                                                        aria-label=label
                                                        on:click=move |_| delete(id.clone(), title.clone())
                                                    >
                                                        {tr!(DRAFTS_DELETE_CONFIRM)}
                                                    </button>
                                                    <button
                                                        type="button"
                                                        class="cpor-button cpor-button--secondary"
                                                        on:click=move |_| confirming.set(None)
                                                    >
                                                        {tr!(DRAFTS_KEEP)}
                                                    </button>
                                                </div>
                                            </div>
                                        }
                                    }
                                </Show>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <p class="cpor-drafts-notice" role="status">{move || notice.get()}</p>
                <Show when=has_answers>
                    <p class="cpor-hint">{tr!(DRAFTS_KEPT)}</p>
                    <button type="button" class="cpor-button cpor-button--secondary" on:click=move |_| { on_new.try_run(()); }>
                        {icon(Icon::ADD)}
                        {tr!(DRAFTS_START_NEW)}
                    </button>
                </Show>
            </details>
        </Show>
    }
}
