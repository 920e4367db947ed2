//! What a partner can do from a claim's page, each offered only when the
//! server says the lifecycle rules allow it today (`ClaimDetail::offers`):
//! carry on with a draft; edit the answers still open (partner program ID,
//! products, contacts) and add proof of execution with a comment; resubmit
//! after an information request; dispute a rejection; withdraw with a
//! reason; reclaim a subscription that expired and was renewed.

use cpor_core::api::v1::{
    ClaimDetail, ClaimedProduct, Comment, CustomerProductsResponse, NewComment, PartnerProgramsResponse, PoeFile,
    WithdrawRequest,
};
use cpor_core::lifecycle::PartnerOffer;
use cpor_core::roles::SolutionArea;
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Serialize;

use crate::api::{self, ApiError};
use crate::components::error_summary::ErrorSummary;
use crate::components::field::{ErrorMessage, TextField};
use crate::components::field_id;
use crate::components::poe_upload::{ClaimIdSource, PoeUpload};
use crate::components::program_picker::ProgramPicker;
use crate::components::unavailable::Unavailable;
use crate::pages::steps::details::{Answer, CUSTOMER, PARTNER, TECHNICAL};
use crate::router::key_of;
use crate::state::form::{answer_problem, FieldMessage};
use crate::state::products::families;

/// The form open under the action buttons.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Panel {
    Edit,
    Resubmit,
    Dispute,
    Withdraw,
}

const UNAVAILABLE: &str = "We couldn't reach the claims service. Nothing you entered is lost; try again in a moment.";

/// The message for a refused or failed request, at `path`.
fn refused(e: ApiError, path: &str) -> Vec<FieldMessage> {
    match e {
        ApiError::Problem(p) => FieldMessage::all_from_problem(&p, path),
        _ => vec![FieldMessage::at(path, cpor_core::ErrorCode::ServiceUnavailable, UNAVAILABLE)],
    }
}

/// The request body of resubmit and dispute.
#[derive(Serialize)]
struct Note {
    comment: String,
}

/// The path of the action forms' text (its element is `cpor-action-note`).
const NOTE_PATH: &str = "action-note";

/// Sends the action of `panel` with its text and the claim's ETag.
async fn send_action(panel: Panel, claim: &str, text: &str, etag: &str) -> Result<api::Tagged<ClaimDetail>, ApiError> {
    let (action, body) = match panel {
        Panel::Withdraw => ("withdraw", api::json(&WithdrawRequest { reason: text.to_owned() })),
        Panel::Resubmit => ("resubmit", api::json(&Note { comment: text.to_owned() })),
        Panel::Dispute | Panel::Edit => ("dispute", api::json(&Note { comment: text.to_owned() })),
    };
    api::post_tagged::<ClaimDetail>(&format!("/api/claims/{claim}/{action}"), body, etag).await
}

/// Posts `text` (if any) to the claim's comments.
async fn post_comment(claim: &str, text: String) -> Result<(), ApiError> {
    if text.trim().is_empty() {
        return Ok(());
    }
    let body = NewComment { body: text, reply_to: None };
    api::post_once::<_, Comment>(&format!("/api/claims/{claim}/comments"), Some(&body), &api::new_key()).await?;
    Ok(())
}

/// A labelled text area with its message.
fn note_field(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    value: RwSignal<String>,
    errors: RwSignal<Vec<FieldMessage>>,
) -> impl IntoView {
    let path = id.trim_start_matches("cpor-");
    let error = Signal::derive(move || errors.with(|e| e.iter().find(|m| m.path == path).cloned()));
    view! {
        <div class="cpor-field" class:cpor-field--error=move || error.with(Option::is_some)>
            <label class="cpor-label" for=id>{label}</label>
            <p class="cpor-hint" id=format!("{id}-hint")>{hint}</p>
            {move || error.get().map(|m| view! { <ErrorMessage id=format!("{id}-error") message=m/> })}
            <textarea
                class="cpor-input cpor-textarea"
                id=id
                rows="4"
                maxlength="4000"
                aria-describedby=move || {
                    if error.with(Option::is_some) { format!("{id}-hint {id}-error") } else { format!("{id}-hint") }
                }
                prop:value=move || value.get()
                on:input:target=move |ev| {
                    value.set(ev.target().value());
                    errors.update(|e| e.retain(|m| m.path != path));
                }
            ></textarea>
        </div>
    }
}

/// The buttons and forms of the actions the claim offers.
#[component]
pub fn ClaimActions(
    /// The claim as loaded.
    #[prop(into)]
    claim: Signal<Option<ClaimDetail>>,
    /// Its ETag, for If-Match.
    etag: StoredValue<Option<String>>,
    /// Loads the claim again (after a change).
    reload: Callback<()>,
    /// Opens a draft in the claim flow.
    on_resume: Callback<String>,
) -> impl IntoView {
    let open = RwSignal::new(None::<Panel>);
    let errors = RwSignal::new(Vec::<FieldMessage>::new());
    let busy = RwSignal::new(false);
    let summary = NodeRef::<leptos::html::Div>::new();
    // Each form keeps its own text while the partner moves between them.
    let notes = [RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(String::new())];
    let note_of = move |panel: Panel| match panel {
        Panel::Resubmit => notes[0],
        Panel::Dispute => notes[1],
        Panel::Withdraw | Panel::Edit => notes[2],
    };
    let uploading = RwSignal::new(0u32);
    let offers = move || claim.with(|c| c.as_ref().map(|c| c.offers.clone()).unwrap_or_default());
    let id = move || claim.with_untracked(|c| c.as_ref().map(|c| c.summary.id.clone()).unwrap_or_default());

    let toggle = move |panel: Panel| {
        errors.set(Vec::new());
        open.update(|o| *o = if *o == Some(panel) { None } else { Some(panel) });
    };
    let show = move |problems: Vec<FieldMessage>| {
        errors.try_set(problems);
        focus(summary);
    };

    // Resubmit, dispute and withdraw: one POST with the ETag and a note. A
    // file that finished uploading moves the claim's version: the action is
    // sent once more with the version read again.
    let act = move |ev: web_sys::SubmitEvent, panel: Panel| {
        ev.prevent_default();
        if busy.get_untracked() || uploading.get_untracked() > 0 {
            return;
        }
        let note = note_of(panel);
        let text = note.get_untracked();
        if panel == Panel::Withdraw && text.trim().is_empty() {
            let message = "Say why you're withdrawing this claim.";
            show(vec![FieldMessage::at(NOTE_PATH, cpor_core::ErrorCode::ReasonRequired, message)]);
            return;
        }
        busy.set(true);
        let claim_id = id();
        spawn_local(async move {
            let tag = etag.try_get_value().flatten().unwrap_or_default();
            let mut result = send_action(panel, &claim_id, &text, &tag).await;
            if let Err(ApiError::Problem(p)) = &result {
                if p.error_code() == Some(cpor_core::ErrorCode::StaleClaim) {
                    if let Ok(fresh) = api::get_tagged::<ClaimDetail>(&format!("/api/claims/{claim_id}")).await {
                        let tag = fresh.etag.unwrap_or_default();
                        result = send_action(panel, &claim_id, &text, &tag).await;
                    }
                }
            }
            busy.try_set(false);
            match result {
                Ok(_) => {
                    open.try_set(None);
                    note.try_set(String::new());
                    reload.try_run(());
                }
                Err(e) => show(refused(e, NOTE_PATH)),
            }
        });
    };

    let reclaim = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let claim_id = id();
        spawn_local(async move {
            let path = format!("/api/claims/{claim_id}/reclaim");
            let result = api::post_once::<(), ClaimDetail>(&path, None, &api::new_key()).await;
            busy.try_set(false);
            match result {
                Ok(draft) => {
                    on_resume.try_run(draft.body.summary.id);
                }
                Err(e) => show(refused(e, "reclaim")),
            }
        });
    };

    // Adding proof of execution (edit, resubmit, dispute).
    let claim_id: ClaimIdSource = Callback::new(move |()| {
        let claim_id = id();
        Box::pin(async move { Some(claim_id) }) as _
    });
    let on_uploaded = Callback::new(move |_: PoeFile| {
        reload.try_run(());
    });
    let file_count = Signal::derive(move || claim.with(|c| c.as_ref().map_or(0, |c| c.files.len())));
    let add_proof = move || {
        view! {
            <div class="cpor-field">
                <h3 class="cpor-label">"Add proof of execution"</h3>
                <p class="cpor-hint" id="cpor-more-proof-hint">
                    "Files you add here go to the reviewers with the claim's other proof."
                </p>
                <PoeUpload
                    path="more_proof"
                    described_by="cpor-more-proof-hint"
                    file_count=file_count
                    claim_id=claim_id
                    on_uploaded=on_uploaded
                    busy=uploading
                />
            </div>
        }
    };

    let button = move |offer: PartnerOffer| {
        let (label, panel) = match offer {
            PartnerOffer::ContinueDraft => ("Continue this draft", None),
            PartnerOffer::Edit => ("Edit claim", Some(Panel::Edit)),
            PartnerOffer::Resubmit => ("Answer and resubmit", Some(Panel::Resubmit)),
            PartnerOffer::Dispute => ("Dispute the decision", Some(Panel::Dispute)),
            PartnerOffer::Withdraw => ("Withdraw", Some(Panel::Withdraw)),
            PartnerOffer::Reclaim => ("Reclaim with the new subscription", None),
        };
        match (offer, panel) {
            (PartnerOffer::ContinueDraft, _) => view! {
                <button type="button" class="cpor-button cpor-button--primary" on:click=move |_| on_resume.run(id())>
                    {label}
                </button>
            }
            .into_any(),
            (_, Some(panel)) => view! {
                <button
                    type="button"
                    class="cpor-button cpor-button--secondary"
                    aria-expanded=move || if open.get() == Some(panel) { "true" } else { "false" }
                    on:click=move |_| toggle(panel)
                >
                    {label}
                </button>
            }
            .into_any(),
            _ => view! {
                <button type="button" class="cpor-button cpor-button--secondary" id="cpor-reclaim" on:click=reclaim>
                    {label}
                </button>
            }
            .into_any(),
        }
    };

    let panel = move || {
        let panel = open.get()?;
        let c = claim.get_untracked()?;
        let deadline = c.summary.next_deadline.map(|d| d.long()).unwrap_or_default();
        Some(match panel {
            Panel::Edit => view! {
                <EditPanel
                    claim=c
                    etag=etag
                    file_count=file_count
                    reload=reload
                    on_close=Callback::new(move |()| open.set(None))
                />
            }
            .into_any(),
            _ => {
                // Resubmit, dispute and withdraw: a text, perhaps more proof, one button.
                let (heading, intro, label, hint, button) = match panel {
                    Panel::Resubmit => (
                        format!("Answer the request and resubmit by {deadline}"),
                        "Change what the reviewer asked for with \u{201C}Edit claim\u{201D}, add proof below, then \
                         resubmit. Without an answer by the deadline the claim is rejected."
                            .to_owned(),
                        "Your answer to the reviewer (optional)",
                        "It's added to the comments.",
                        "Resubmit claim",
                    ),
                    Panel::Dispute => (
                        format!("Dispute the decision by {deadline}"),
                        format!(
                            "{}Explain why the decision should change, add updated proof of execution, or both. \
                             A reviewer answers within 5 business days.",
                            c.rejection.map(|r| format!("The claim was rejected: {}. ", r.label())).unwrap_or_default()
                        ),
                        "Business justification",
                        "What the reviewer should look at again. You can leave it empty if you add updated proof below.",
                        "Send dispute",
                    ),
                    _ => (
                        "Withdraw this claim".to_owned(),
                        String::new(),
                        "Why are you withdrawing this claim?",
                        "The reviewers and your colleagues see this reason.",
                        "Withdraw claim",
                    ),
                };
                view! {
                    <form class="cpor-panel" on:submit=move |ev| act(ev, panel) novalidate>
                        <h2 class="cpor-subheading">{heading}</h2>
                        {(!intro.is_empty()).then(|| view! { <p class="cpor-body">{intro}</p> })}
                        {note_field("cpor-action-note", label, hint, note_of(panel), errors)}
                        {(panel != Panel::Withdraw).then(add_proof)}
                        <div class="cpor-actions">
                            <button type="submit" class="cpor-button cpor-button--primary" aria-disabled=move || busy.get().to_string()>
                                {button}
                            </button>
                        </div>
                    </form>
                }
                .into_any()
            }
        })
    };

    view! {
        <ErrorSummary problems=errors node_ref=summary/>
        <Show when=move || !offers().is_empty()>
            <div class="cpor-actions" role="group" aria-label="Actions">
                {move || offers().into_iter().map(button).collect_view()}
            </div>
        </Show>
        {panel}
    }
}

/// Editing a submitted claim: the partner program ID, the products and the
/// contacts (what the status leaves open), with a comment for the reviewer
/// and more proof of execution.
#[component]
fn EditPanel(
    claim: ClaimDetail,
    etag: StoredValue<Option<String>>,
    file_count: Signal<usize>,
    reload: Callback<()>,
    on_close: Callback<()>,
) -> impl IntoView {
    let claim_id = claim.summary.id.clone();
    let input = RwSignal::new(claim.input.clone());
    let errors = RwSignal::new(Vec::<FieldMessage>::new());
    let comment = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let uploading = RwSignal::new(0u32);
    let summary = NodeRef::<leptos::html::Div>::new();

    // The organisation's programs and the customer's products in the area.
    let programs = RwSignal::new(None::<Result<Vec<cpor_core::api::v1::PartnerProgram>, ()>>);
    let area = RwSignal::new(None::<Result<CustomerProductsResponse, ()>>);
    let load = {
        let tenant = claim.input.tenant_id.clone();
        let solution_area = claim.input.solution_area;
        move || {
            let tenant = tenant.clone();
            spawn_local(async move {
                let list = api::get::<PartnerProgramsResponse>("/api/partner-programs").await;
                programs.try_set(Some(list.map(|l| l.programs).map_err(|_| ())));
                if let Some(a) = solution_area {
                    let path = format!("/api/customers/{tenant}/products?solution_area={}", key_of(&a));
                    area.try_set(Some(api::get::<CustomerProductsResponse>(&path).await.map_err(|_| ())));
                }
            });
        }
    };
    load();
    let retry = Callback::new({
        let load = load.clone();
        move |()| load()
    });

    let products_of = move || area.with(|a| a.as_ref().and_then(|a| a.as_ref().ok()).map(|a| a.products.clone()));
    let problem = move |path: &str| {
        let products = products_of().unwrap_or_default();
        input.with_untracked(|i| answer_problem(i, &families(&products, i), path))
    };
    let error_at =
        move |path: &'static str| Signal::derive(move || errors.with(|e| e.iter().find(|m| m.path == path).cloned()));
    let field = move |answer: &'static Answer| {
        let on_input = Callback::new(move |v: String| {
            input.update(|i| (answer.set)(i, v));
            errors.update(|e| e.retain(|m| m.path != answer.path));
        });
        let on_blur = Callback::new(move |()| {
            if let Some(m) = problem(answer.path) {
                errors.update(|e| {
                    e.retain(|x| x.path != answer.path);
                    e.push(m);
                });
            }
        });
        view! {
            <TextField
                id=field_id(answer.path)
                label=answer.label
                hint=answer.hint
                value=Signal::derive(move || input.with(|i| (answer.get)(i)))
                error=error_at(answer.path)
                on_input=on_input
                on_blur=on_blur
                autocomplete=answer.autocomplete
                input_type=answer.input_type
                inputmode=if answer.input_type == "email" { "email" } else { "text" }
            />
        }
    };
    let group = move |legend: &'static str, answers: &'static [Answer]| {
        view! {
            <fieldset class="cpor-fieldset cpor-group">
                <legend class="cpor-subheading">{legend}</legend>
                {answers.iter().map(field).collect_view()}
            </fieldset>
        }
    };

    let products = move || {
        match area.get() {
        None => view! { <p class="cpor-loading">"Loading the customer's products\u{2026}"</p> }.into_any(),
        Some(Err(())) => view! {
            <Unavailable message="We couldn't load the customer's products right now." on_retry=retry/>
        }
        .into_any(),
        Some(Ok(area)) => area
            .products
            .into_iter()
            .map(|p| {
                let product_id = p.product.id.clone();
                let (pid, pid2) = (product_id.clone(), product_id.clone());
                let checked = move || input.with(|i| i.products.iter().any(|c| c.product_id == pid));
                let chosen = move || {
                    input.with(|i| {
                        i.products.iter().find(|c| c.product_id == pid2).and_then(|c| c.subscription_id.clone())
                    })
                };
                let toggle = {
                    let product_id = product_id.clone();
                    move |on: bool| {
                        input.update(|i| {
                            i.products.retain(|c| c.product_id != product_id);
                            if on {
                                i.products.push(ClaimedProduct { product_id: product_id.clone(), subscription_id: None });
                            }
                        });
                        errors.update(|e| e.retain(|m| m.path != "products"));
                    }
                };
                let box_id = format!("cpor-edit-product-{product_id}");
                let subscription_path = format!("subscription_id.{product_id}");
                let select_id = field_id(&subscription_path);
                let select_error = {
                    let path = subscription_path.clone();
                    Signal::derive(move || errors.with(|e| e.iter().find(|m| m.path == path).cloned()))
                };
                let select_error_id = format!("{select_id}-error");
                let subscriptions = p.subscriptions.clone();
                let needs_subscription = p.subscription_required;
                let name = p.product.name.clone();
                let chosen_for_select = chosen.clone();
                view! {
                    <div class="cpor-product">
                        <div class="cpor-checkbox">
                            <input
                                type="checkbox"
                                class="cpor-checkbox-input"
                                id=box_id.clone()
                                prop:checked=checked.clone()
                                on:change:target=move |ev| toggle(ev.target().checked())
                            />
                            <label class="cpor-checkbox-label" for=box_id>
                                <span class="cpor-radio-title">{name.clone()}</span>
                            </label>
                        </div>
                        <Show when=move || needs_subscription && checked()>
                            <div class="cpor-field">
                                <label class="cpor-label" for=select_id.clone()>{format!("Subscription ID for {name}")}</label>
                                {
                                    let id = select_error_id.clone();
                                    move || select_error.get().map(|m| view! { <ErrorMessage id=id.clone() message=m/> })
                                }
                                <select
                                    class="cpor-input cpor-select"
                                    id=select_id.clone()
                                    aria-describedby={
                                        let id = select_error_id.clone();
                                        move || select_error.with(|e| e.as_ref().map(|_| id.clone()))
                                    }
                                    on:change:target={
                                        let product_id = product_id.clone();
                                        move |ev| {
                                            let value = ev.target().value();
                                            input.update(|i| {
                                                if let Some(c) = i.products.iter_mut().find(|c| c.product_id == product_id) {
                                                    c.subscription_id = (!value.is_empty()).then_some(value.clone());
                                                }
                                            });
                                        }
                                    }
                                >
                                    <option value="" selected=chosen_for_select().is_none()>"Choose a subscription"</option>
                                    {subscriptions.iter().map(|s| {
                                        let value = s.id.to_string();
                                        let selected = chosen_for_select().as_deref() == Some(value.as_str());
                                        view! { <option value=value.clone() selected=selected>{format!("{value} ({})", s.status.label())}</option> }
                                    }).collect_view()}
                                </select>
                            </div>
                        </Show>
                    </div>
                }
            })
            .collect_view()
            .into_any(),
    }
    };

    let save = {
        let claim_id = claim_id.clone();
        move |ev: web_sys::SubmitEvent| {
            ev.prevent_default();
            if busy.get_untracked() || uploading.get_untracked() > 0 {
                return;
            }
            // The same checks as the claim flow, before anything is sent.
            let paths = ["partner_program_id", "products"]
                .into_iter()
                .chain(CUSTOMER.iter().chain(TECHNICAL.iter()).chain(PARTNER.iter()).map(|a| a.path));
            let found: Vec<FieldMessage> = paths.filter_map(problem).collect();
            if !found.is_empty() {
                errors.set(found);
                focus(summary);
                return;
            }
            busy.set(true);
            let (claim_id, body, note) = (claim_id.clone(), input.get_untracked(), comment.get_untracked());
            spawn_local(async move {
                let tag = etag.try_get_value().flatten().unwrap_or_default();
                let saved = api::put::<_, ClaimDetail>(&format!("/api/claims/{claim_id}"), &body, &tag).await;
                let result = match saved {
                    Ok(saved) => {
                        // Saved: the page shows the new answers whatever
                        // becomes of the comment.
                        etag.try_set_value(saved.etag);
                        reload.try_run(());
                        post_comment(&claim_id, note).await.map_err(|e| refused(e, "edit-comment"))
                    }
                    Err(e) => Err(refused(e, "products")),
                };
                busy.try_set(false);
                match result {
                    Ok(()) => {
                        on_close.try_run(());
                    }
                    Err(problems) => {
                        errors.try_set(problems);
                        focus(summary);
                    }
                }
            });
        }
    };
    let upload_id = claim_id.clone();
    let claim_source: ClaimIdSource = Callback::new(move |()| {
        let id = upload_id.clone();
        Box::pin(async move { Some(id) }) as _
    });
    let dynamics = claim.input.solution_area == Some(SolutionArea::BusinessApplications);
    let selected = Signal::derive(move || input.with(|i| i.partner_program_id.clone()));

    view! {
        <form class="cpor-panel" on:submit=save novalidate>
            <h2 class="cpor-subheading">"Edit claim"</h2>
            <p class="cpor-body">
                "You can change the partner program ID, the products and the contacts. "
                "The customer, solution area, role and claim name are locked once a claim is submitted."
            </p>
            <ErrorSummary problems=errors node_ref=summary/>
            <ProgramPicker
                programs=programs
                selected=selected
                error=error_at("partner_program_id")
                on_change=Callback::new(move |v: String| {
                    input.update(|i| i.partner_program_id = v);
                    errors.update(|e| e.retain(|m| m.path != "partner_program_id"));
                })
                on_retry=retry
            />
            <fieldset
                class="cpor-fieldset cpor-group"
                id="cpor-products"
                tabindex="-1"
                aria-describedby=move || error_at("products").with(|e| e.as_ref().map(|_| "cpor-products-error"))
            >
                <legend class="cpor-subheading">"Products"</legend>
                {move || error_at("products").get().map(|m| view! { <ErrorMessage id="cpor-products-error".to_owned() message=m/> })}
                {products}
            </fieldset>
            {group("Customer contact", &CUSTOMER)}
            {dynamics.then(|| group("Customer technical contact", &TECHNICAL))}
            {group("Your contact", &PARTNER)}
            {note_field("cpor-edit-comment", "Comment for the reviewer (optional)", "Say what you changed and why; it's added to the comments.", comment, errors)}
            <div class="cpor-field">
                <h3 class="cpor-label">"Add proof of execution"</h3>
                <p class="cpor-hint" id="cpor-edit-proof-hint">"Files are added to the claim as soon as they're uploaded."</p>
                <PoeUpload
                    path="edit_proof"
                    described_by="cpor-edit-proof-hint"
                    file_count=file_count
                    claim_id=claim_source
                    on_uploaded=Callback::new(move |_: PoeFile| {
                        reload.try_run(());
                    })
                    busy=uploading
                />
            </div>
            <div class="cpor-actions">
                <button type="submit" class="cpor-button cpor-button--primary" aria-disabled=move || busy.get().to_string()>
                    "Save changes"
                </button>
                <button type="button" class="cpor-button cpor-button--secondary" on:click=move |_| on_close.run(())>
                    "Cancel"
                </button>
            </div>
        </form>
    }
}

fn focus(summary: NodeRef<leptos::html::Div>) {
    request_animation_frame(move || {
        if let Some(el) = summary.try_get_untracked().flatten() {
            let _ = el.focus();
        }
    });
}
