//! "New customer association": the six steps of a claim, in order, with the
//! step bar, the error summary, Next/Back (and the browser's Back), the
//! draft saved locally on every change and to the server between steps,
//! and the submit that never sends twice.

use cpor_core::api::v1::{ClaimDetail, Me};
use cpor_core::ErrorCode;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsValue;

use crate::api::{self, ApiError};
use crate::components::error_summary::{focus_control, ErrorSummary};
use crate::components::field_id;
use crate::components::stepper::{Stepper, STEPS};
use crate::pages::confirmation::Confirmation;
use crate::pages::drafts::DraftsList;
use crate::pages::flow::{Flow, SaveState};
use crate::pages::steps::answers::{AnswersStep, SubmitState};
use crate::pages::steps::customer::{load_programs, CustomerStep};
use crate::pages::steps::details::DetailsStep;
use crate::pages::steps::evidence::EvidenceStep;
use crate::pages::steps::products::ProductsStep;
use crate::pages::steps::role::RoleStep;
use crate::pages::steps::{customer, details, evidence, products, role};
use crate::router::{Route, Router};
use crate::state::draft::{Draft, STEP_COUNT};
use crate::state::form::{step_of, FieldMessage};
use crate::storage;

pub use crate::pages::steps::customer::CHECK_DEBOUNCE;

/// Attempts of a submit before the partner is asked to try again.
const SUBMIT_ATTEMPTS: u32 = 5;

/// What keeps the partner on `step`, and whether an answer is awaited.
fn verdict(flow: &Flow, step: usize) -> (Vec<FieldMessage>, bool) {
    match step {
        1 => customer::verdict(flow),
        2 => role::verdict(flow),
        3 => products::verdict(flow),
        4 => details::verdict(flow),
        5 => evidence::verdict(flow),
        _ => (Vec::new(), false),
    }
}

fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
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
    let router = use_context::<Router>();
    // Steps are history entries only where the app owns the page's URL.
    let steps_in_history = router.is_none_or(|r| r.uses_history());
    let events = crate::host::Events::here();
    load_programs(flow);
    let user = flow.user();
    Effect::new(move |_| flow.draft.with(|d| storage::save_draft(&user, d)));
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
            role::ensure_area(flow);
        }
        key
    });

    let summary_ref = NodeRef::<leptos::html::Div>::new();
    let submit_state = RwSignal::new(SubmitState::Idle);
    let submitted = RwSignal::new(None::<ClaimDetail>);
    let heading_ref = NodeRef::<leptos::html::H1>::new();

    let focus_summary = move || {
        request_animation_frame(move || {
            if let Some(el) = summary_ref.get_untracked() {
                crate::host::focus_into_view(&el);
            }
        })
    };
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
                if submitted.get_untracked().is_none() {
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
            focus_summary();
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
        set_timeout(
            move || {
                let _ = focus_control(&field_id(&path));
            },
            std::time::Duration::from_millis(50),
        );
    });

    // Submit: the draft saved first, then the submit with the draft's own
    // Idempotency-Key, retried with backoff on outages, held while offline.
    let owner = StoredValue::new(flow.user());
    let finish = move |claim: ClaimDetail| {
        // The user's local copy goes even if the page was left meanwhile.
        if let Some(user) = owner.try_get_value() {
            storage::clear_draft(&user);
        }
        flow.draft.try_set(Draft::new(api::new_key(), api::new_key()));
        flow.checks.try_set(Default::default());
        submit_state.try_set(SubmitState::Idle);
        events.claim_submitted(&claim.summary.id, &crate::router::key_of(&claim.summary.status));
        submitted.try_set(Some(claim));
    };
    let submit = move || {
        if submit_state.get_untracked().busy() {
            return;
        }
        flow.draft.update(|d| d.send_pending = true);
        flow.summary.set(Vec::new());
        spawn_local(async move {
            let mut attempt = 0;
            loop {
                // The page was left (or the app unmounted) meanwhile.
                if flow.draft.is_disposed() {
                    return;
                }
                if !online() {
                    submit_state.try_set(SubmitState::Offline);
                    return;
                }
                submit_state.try_set(SubmitState::Sending);
                // A submit whose answer was lost may have gone through:
                // the claim says so, and is then confirmed, never re-created.
                if let Some(id) = flow.draft.with_untracked(|d| d.claim_id.clone()) {
                    if let Ok(claim) = api::get::<ClaimDetail>(&format!("/api/claims/{id}")).await {
                        if claim.summary.status != cpor_core::ClaimStatus::Editing {
                            return finish(claim);
                        }
                    }
                }
                let result = if flow.save_now().await {
                    let (id, key) = flow.draft.with_untracked(|d| (d.claim_id.clone(), d.submit_key.clone()));
                    let path = format!("/api/claims/{}/submit", id.unwrap_or_default());
                    api::post_once::<(), ClaimDetail>(&path, None, &key).await.map(|t| t.body)
                } else {
                    Err(ApiError::Unavailable)
                };
                match result {
                    Ok(claim) => return finish(claim),
                    Err(e) if e.is_transient() => {
                        attempt += 1;
                        if attempt >= SUBMIT_ATTEMPTS {
                            submit_state.try_set(SubmitState::Failed);
                            return;
                        }
                        let wait = match e {
                            ApiError::Busy(secs) => secs.clamp(1, 60),
                            _ => 1 << (attempt - 1).min(4),
                        };
                        if !online() {
                            submit_state.try_set(SubmitState::Offline);
                            return;
                        }
                        submit_state.try_set(SubmitState::Retrying(wait));
                        api::sleep(wait * 1000).await;
                    }
                    Err(e) => {
                        flow.draft.try_update(|d| d.send_pending = false);
                        submit_state.try_set(SubmitState::Idle);
                        let problems = match e {
                            ApiError::Problem(p) if p.error_code() == Some(ErrorCode::StaleClaim) => {
                                vec![FieldMessage::from_problem("submit", &p)]
                            }
                            ApiError::Problem(p) => FieldMessage::all_from_problem(&p, "submit"),
                            _ => Vec::new(),
                        };
                        let any = !problems.is_empty();
                        flow.errors.try_set(problems.clone());
                        flow.summary.try_set(problems);
                        if any {
                            focus_summary();
                        }
                        return;
                    }
                }
            }
        });
    };
    // Back online: save what was kept on this device, send what was held.
    let online_listener = window_event_listener(leptos::ev::online, move |_| {
        if flow.draft.with_untracked(|d| d.send_pending) {
            submit();
        } else if flow.save.get_untracked() == SaveState::Offline {
            spawn_local(async move {
                flow.save_to_server().await;
            });
        }
    });
    on_cleanup(move || online_listener.remove());
    // A submit pressed before a reload or a crash is sent again (with the
    // same key: it can't create a second claim).
    if flow.draft.with_untracked(|d| d.send_pending) {
        submit();
    }

    // The page title and focus follow the step.
    Effect::new(move |first: Option<()>| {
        let n = step.get();
        let title = match submitted.get() {
            Some(_) => "Claim submitted".to_owned(),
            None => STEPS[n - 1].to_owned(),
        };
        crate::host::set_title(&format!("{title} \u{2013} New customer association"));
        if first.is_some() {
            request_animation_frame(move || {
                if let Some(h) = heading_ref.get_untracked() {
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
            if !flow.save_now().await && flow.draft.with_untracked(Draft::has_answers) {
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
    let to_list = move |ev: web_sys::MouseEvent| {
        if let Some(router) = router {
            ev.prevent_default();
            router.go(Route::Associations(Default::default()));
        }
    };

    let save_status = move || {
        let saved_at = flow.draft.with(|d| d.saved_at.clone());
        match (flow.save.get(), saved_at) {
            (SaveState::Saving, _) => "Saving\u{2026}".to_owned(),
            (SaveState::Offline, _) => {
                "Saved on this device. We'll save it to your account when we can reach the service.".to_owned()
            }
            (SaveState::Idle, Some(t)) => format!("Saved {t}"),
            (SaveState::Idle, None) => String::new(),
        }
    };

    let body = move || match step.get() {
        1 => view! {
            <DraftsList flow=flow on_resumed=resumed on_new=start_new/>
            <CustomerStep/>
        }
        .into_any(),
        2 => view! { <RoleStep/> }.into_any(),
        3 => view! { <ProductsStep/> }.into_any(),
        4 => view! { <DetailsStep/> }.into_any(),
        5 => view! { <EvidenceStep/> }.into_any(),
        _ => view! { <AnswersStep go=go/> }.into_any(),
    };

    view! {
        <section class="cpor-page" aria-labelledby="cpor-page-heading">
            <nav class="cpor-crumbs" aria-label="Breadcrumb">
                <a href=Route::Associations(Default::default()).href() on:click=to_list>"Customer associations"</a>
            </nav>
            {move || match submitted.get() {
                Some(claim) => view! {
                    <p class="cpor-caption">"New customer association"</p>
                    <h1 class="cpor-heading" id="cpor-page-heading" tabindex="-1" node_ref=heading_ref>
                        "Claim submitted"
                    </h1>
                    <Confirmation claim=claim on_new=after_submit/>
                }
                .into_any(),
                None => view! {
                    <div class="cpor-page-head">
                        <p class="cpor-caption">"New customer association"</p>
                        <p class="cpor-saved" aria-live="polite">{save_status}</p>
                    </div>
                    <Stepper current=step/>
                    <ErrorSummary problems=flow.summary node_ref=summary_ref on_elsewhere=to_answer/>
                    <h1 class="cpor-heading" id="cpor-page-heading" tabindex="-1" node_ref=heading_ref>
                        {move || STEPS[step.get() - 1]}
                    </h1>
                    {body}
                    <Show when=move || step.get() == STEP_COUNT>
                        <p class="cpor-submit-status" id="cpor-submit" tabindex="-1" role="status" aria-live="polite">
                            {move || submit_state.get().describe()}
                        </p>
                        <Show when=move || submit_state.get() == SubmitState::Failed>
                            <button type="button" class="cpor-button cpor-button--secondary" on:click=move |_| submit()>
                                "Try again"
                            </button>
                        </Show>
                    </Show>
                    <div class="cpor-actions">
                        <Show when=move || step.get() < STEP_COUNT>
                            <button
                                type="button"
                                class="cpor-button cpor-button--primary"
                                aria-busy=move || if waiting.get() { "true" } else { "false" }
                                on:click=move |_| try_advance()
                            >
                                "Next"
                            </button>
                        </Show>
                        <Show when=move || step.get() == STEP_COUNT>
                            <button
                                type="button"
                                class="cpor-button cpor-button--primary"
                                aria-disabled=move || if submit_state.get().busy() { "true" } else { "false" }
                                on:click=move |_| submit()
                            >
                                "Submit claim"
                            </button>
                        </Show>
                        <Show when=move || { step.get() > 1 }>
                            <button
                                type="button"
                                class="cpor-button cpor-button--secondary"
                                on:click=move |_| show(step.get_untracked() - 1, true)
                            >
                                "Back"
                            </button>
                        </Show>
                    </div>
                }
                .into_any(),
            }}
        </section>
    }
}
