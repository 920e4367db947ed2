//! "New customer association": the six steps of a claim, in order, with the
//! step bar, the error summary, Next/Back (and the browser's Back), the
//! draft saved locally on every change and to the server between steps,
//! and the submit (`submit`) that never sends twice.

use cpor_core::api::v1::Me;
use cpor_i18n::tr;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsValue;

use crate::api;
use crate::components::error_summary::{focus_control, ErrorSummary};
use crate::components::icon::{icon, Icon};
use crate::components::stepper::{step_name, Stepper};
use crate::host::Ids;
use crate::pages::drafts::DraftsList;
use crate::pages::flow::{Flow, SaveState};
use crate::pages::later::later_steps;
use crate::pages::steps::answers::SubmitState;
use crate::pages::steps::customer;
use crate::pages::steps::customer::{load_programs, CustomerStep};
use crate::pages::submit::Submitter;
use crate::router::{Route, Router};
use crate::state::draft::{Draft, STEP_COUNT};
use crate::state::form::{step_of, FieldMessage};
use crate::storage;

pub use crate::pages::steps::customer::CHECK_DEBOUNCE;

/// What keeps the partner on `step`, and whether an answer is awaited (the
/// rules of steps 2 to 5 come with their part: until then, awaited).
pub(crate) fn verdict(flow: &Flow, step: usize) -> (Vec<FieldMessage>, bool) {
    match step {
        1 => customer::verdict(flow),
        STEP_COUNT => (Vec::new(), false),
        later => match later_steps() {
            Some(rules) => (rules.verdict)(flow, later),
            None => (Vec::new(), true),
        },
    }
}

fn history_state(step: usize) -> JsValue {
    let state = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&state, &"cporStep".into(), &JsValue::from(step as u32));
    state.into()
}

fn step_from_state(state: &JsValue) -> Option<usize> {
    js_sys::Reflect::get(state, &"cporStep".into()).ok()?.as_f64().map(|n| n as usize)
}

/// The whole "New customer association" flow for the signed-in user (whose
/// draft it restores).
#[component]
pub fn NewClaim(
    /// The signed-in user.
    me: Me,
    /// A server draft to open (chosen in the associations list).
    #[prop(default = None)]
    resume: Option<String>,
) -> impl IntoView {
    let flow = Flow::new(me);
    provide_context(flow);
    let ids = Ids::here();
    let router = use_context::<Router>();
    // Steps are history entries only where the app owns the page's URL.
    let steps_in_history = router.is_none_or(|r| r.uses_history());
    load_programs(flow);
    let owner = flow.owner();
    Effect::new(move |_| flow.draft.with(|d| storage::save_draft(&owner, d)));
    let step = Memo::new(move |_| flow.draft.with(|d| d.step.clamp(1, STEP_COUNT)));
    // From step 2 on, the customer's products and roles for the chosen area
    // (asked again when the tenant or the area changes).
    let area_key = Memo::new(move |_| flow.draft.with(|d| (d.input.tenant_id.clone(), d.input.solution_area)));
    Effect::new(move |previous: Option<(String, Option<cpor_core::SolutionArea>)>| {
        let key = area_key.get();
        // Verdicts belong to a tenant: another customer is checked afresh.
        if previous.is_some_and(|p| p != key) {
            flow.checks.set(Default::default());
        }
        if step.get() >= 2 {
            if let Some(later) = later_steps() {
                (later.ensure_area)(flow);
            }
        }
        key
    });

    let summary_ref = NodeRef::<leptos::html::Div>::new();
    let heading_ref = NodeRef::<leptos::html::H1>::new();
    let focus_summary = Callback::new(move |()| {
        request_animation_frame(move || {
            if let Some(el) = summary_ref.try_get_untracked().flatten() {
                crate::host::focus_into_view(&el);
            }
        })
    });
    let submitter = Submitter::new(flow, focus_summary);
    // Steps 2 to 6's rules start downloading once step 1 is on screen and
    // has had a moment for the partner's first keys (their part's download
    // and compiling would otherwise share the main thread with them); they
    // arrive long before Next is pressed, and until then a later step
    // counts as awaited. A draft resumed at a later step asks for them at
    // once (its step's part and the area's check). Not started when the
    // flow is gone within that moment.
    if let Ok(timer) = set_timeout_with_handle(
        || {
            let _ = untrack(later_steps);
        },
        std::time::Duration::from_millis(300),
    ) {
        on_cleanup(move || timer.clear());
    }
    let submit_state = submitter.state;
    let submitted = submitter.submitted;

    // The summary lists what was wrong when Next was pressed, as each still
    // is: an answer fixed since drops out (the step's own problems are
    // judged again; a refused submit's stay until the next try).
    let summary = Signal::derive(move || {
        let shown = flow.summary.get();
        let n = step.get();
        if n == STEP_COUNT || shown.is_empty() {
            return shown;
        }
        let now = verdict(&flow, n).0;
        now.into_iter().filter(|m| shown.iter().any(|s| s.path == m.path)).collect()
    });

    let show = move |n: usize, push: bool| {
        // While a submit is being sent, the answers stay as they are.
        if submit_state.get_untracked().busy() {
            return;
        }
        flow.waiting.set(false);
        flow.clear_messages();
        flow.draft.update(|d| d.step = n.clamp(1, STEP_COUNT));
        if push && steps_in_history {
            if let Ok(history) = window().history() {
                let _ = history.push_state(&history_state(n), "");
            }
        }
        spawn_local(async move {
            flow.save_to_server().await;
        });
    };
    let go = Callback::new(move |n: usize| show(n, true));

    // The browser's Back and Forward move between steps.
    if steps_in_history {
        if let Ok(history) = window().history() {
            let _ = history.replace_state(&history_state(step.get_untracked()), "");
        }
        let popstate = window_event_listener(leptos::ev::popstate, move |ev| {
            if let Some(n) = step_from_state(&ev.state()) {
                if submitted.try_with_untracked(Option::is_none).unwrap_or(false) {
                    show(n, false);
                }
            }
        });
        on_cleanup(move || popstate.remove());
    }

    // Next: the whole step is judged; an answer still awaited from the
    // server completes the move when it arrives.
    let waiting = flow.waiting;
    let try_advance = move || {
        let n = step.get_untracked();
        let (problems, pending) = untrack(|| verdict(&flow, n));
        if problems.is_empty() && pending {
            waiting.set(true);
            return;
        }
        waiting.set(false);
        if problems.is_empty() {
            show(n + 1, true);
        } else {
            flow.show_problems(problems);
            focus_summary.try_run(());
        }
    };
    Effect::new(move |_| {
        if waiting.get() && !verdict(&flow, step.get()).1 {
            try_advance();
        }
    });

    // An answer in the summary that sits on another step: go there, then
    // focus it.
    let to_answer = Callback::new(move |path: String| {
        let target = step_of(&path);
        if target != step.get_untracked() {
            show(target, true);
        }
        let id = ids.field(&path);
        set_timeout(
            move || {
                let _ = focus_control(&id);
            },
            std::time::Duration::from_millis(50),
        );
    });

    // Back online: save what was kept on this device, send what was held.
    let online_listener = window_event_listener(leptos::ev::online, move |_| {
        if flow.draft.try_with_untracked(|d| d.send_pending).unwrap_or(false) {
            submitter.submit();
        } else if flow.save.try_get_untracked() == Some(SaveState::Offline) {
            spawn_local(async move {
                flow.save_to_server().await;
            });
        }
    });
    on_cleanup(move || online_listener.remove());
    // A submit pressed before a reload or a crash is sent again (with the
    // same key: it can't create a second claim).
    if flow.draft.with_untracked(|d| d.send_pending) {
        submitter.submit();
    }

    // The page title and focus follow the step.
    Effect::new(move |first: Option<()>| {
        let n = step.get();
        let title = match submitted.get() {
            Some(_) => tr!(FLOW_SUBMITTED),
            None => step_name(n),
        };
        crate::host::set_title(&tr!(FLOW_PAGE_TITLE, title));
        if first.is_some() {
            request_animation_frame(move || {
                if let Some(h) = heading_ref.try_get_untracked().flatten() {
                    let _ = h.focus();
                }
            });
        }
    });

    let start_new = Callback::new(move |()| {
        if flow.draft.with_untracked(|d| d.send_pending) {
            return;
        }
        spawn_local(async move {
            // The claim on screen goes to the drafts first; if it can't,
            // it stays on screen rather than being lost.
            let saved = flow.save_now().await;
            let Some(keep) = flow.draft.try_with_untracked(Draft::worth_saving) else { return };
            if !saved && keep {
                return;
            }
            flow.clear_messages();
            flow.checks.set(Default::default());
            flow.draft.set(Draft::new(api::new_key(), api::new_key()));
        });
    });
    let after_submit = Callback::new(move |()| {
        submitted.set(None);
        flow.clear_messages();
        show(1, true);
    });
    let resumed = Callback::new(move |()| show(1, true));
    if let Some(id) = resume {
        crate::pages::drafts::resume(flow, id, resumed);
    }
    let list_href = Route::Associations(Default::default()).href();
    let to_list = move |ev: web_sys::MouseEvent| {
        if let Some(router) = router {
            ev.prevent_default();
            router.go(Route::Associations(Default::default()));
        }
    };

    let save_status = move || {
        let saved_at = flow.draft.with(|d| d.saved_at.clone());
        match (flow.save.get(), saved_at) {
            (SaveState::Saving, _) => tr!(FLOW_SAVING),
            (SaveState::Offline, _) => tr!(FLOW_SAVED_OFFLINE),
            (SaveState::Idle, Some(t)) => tr!(FLOW_SAVED_AT, t),
            (SaveState::Idle, None) => String::new(),
        }
    };

    let body = move || match step.get() {
        1 => view! {
            <DraftsList flow=flow on_resumed=resumed on_new=start_new/>
            <CustomerStep/>
        }
        .into_any(),
        // Steps 2 to 6 are a part of their own (downloaded in the
        // background while step 1 is filled in).
        later => crate::parts::later_step(later, go),
    };
    let heading_id = ids.id("page-heading");
    let labelled_by = heading_id.clone();
    let submit_id = ids.id("submit");

    view! {
        <section class="cpor-page" aria-labelledby=labelled_by>
            <nav class="cpor-crumbs" aria-label=tr!(FLOW_BREADCRUMB)>
                <a class="cpor-back" href=list_href on:click=to_list>{icon(Icon::BACK)}{tr!(FLOW_BACK_TO_LIST)}</a>
            </nav>
            {move || match submitted.get() {
                Some(claim) => view! {
                    <p class="cpor-caption">{tr!(FLOW_CAPTION)}</p>
                    <h1 class="cpor-heading" id=heading_id.clone() tabindex="-1" node_ref=heading_ref>
                        {tr!(FLOW_SUBMITTED)}
                    </h1>
                    {later_steps().map(|later| (later.confirmation)(claim, after_submit))}
                }
                .into_any(),
                None => {
                    let (heading_id, submit_id) = (heading_id.clone(), submit_id.clone());
                    view! {
                    <div class="cpor-page-head">
                        <p class="cpor-caption">{tr!(FLOW_CAPTION)}</p>
                        <p class="cpor-saved" aria-live="polite">{save_status}</p>
                    </div>
                    <Stepper current=step/>
                    <ErrorSummary problems=summary node_ref=summary_ref on_elsewhere=to_answer/>
                    <div class="cpor-card cpor-step">
                        <h1 class="cpor-heading" id=heading_id tabindex="-1" node_ref=heading_ref>
                            {move || step_name(step.get())}
                        </h1>
                        {body}
                        <Show when=move || step.get() == STEP_COUNT>
                            <p class="cpor-submit-status" id=submit_id.clone() tabindex="-1" role="status" aria-live="polite">
                                {move || submit_state.get().describe()}
                            </p>
                            <Show when=move || submit_state.get() == SubmitState::Failed>
                                <button type="button" class="cpor-button cpor-button--secondary" on:click=move |_| submitter.submit()>
                                    {icon(Icon::RETRY)}
                                    {tr!(FLOW_TRY_AGAIN)}
                                </button>
                            </Show>
                        </Show>
                        <div class="cpor-actions cpor-actions--flow">
                            <Show when=move || step.get() < STEP_COUNT>
                                <button
                                    type="button"
                                    class="cpor-button cpor-button--primary"
                                    aria-busy=move || if waiting.get() { "true" } else { "false" }
                                    on:click=move |_| try_advance()
                                >
                                    {tr!(FLOW_NEXT)}
                                </button>
                            </Show>
                            <Show when=move || step.get() == STEP_COUNT>
                                <button
                                    type="button"
                                    class="cpor-button cpor-button--primary"
                                    aria-disabled=move || if submit_state.get().busy() { "true" } else { "false" }
                                    on:click=move |_| submitter.submit()
                                >
                                    {tr!(FLOW_SUBMIT)}
                                </button>
                            </Show>
                            <Show when=move || { step.get() > 1 }>
                                <button
                                    type="button"
                                    class="cpor-button cpor-button--secondary"
                                    on:click=move |_| show(step.get_untracked() - 1, true)
                                >
                                    {tr!(FLOW_BACK)}
                                </button>
                            </Show>
                        </div>
                    </div>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}
