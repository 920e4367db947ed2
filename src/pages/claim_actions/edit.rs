//! Editing a submitted claim: the partner program ID, the products and the
//! contacts (what the status leaves open), with a comment for the reviewer
//! and more proof of execution. Checked in the browser by the same rules as
//! the claim flow before anything is sent; a save refused because someone
//! else changed the claim keeps every edit in the form and says what
//! changed.

use cpor_core::api::v1::{
    ClaimDetail, ClaimInput, ClaimedProduct, CustomerProduct, CustomerProductsResponse, PartnerProgram,
    PartnerProgramsResponse, PoeFile,
};
use cpor_core::roles::SolutionArea;
use cpor_i18n::tr;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::focus;
use super::requests::{after_stale, is_stale, post_comment, refused, stale_notice};
use crate::api;
use crate::components::error_summary::ErrorSummary;
use crate::components::field::{ErrorMessage, TextField};
use crate::components::message_bar::{Intent, MessageBar};
use crate::components::poe_upload::{ClaimIdSource, PoeUpload};
use crate::components::program_picker::ProgramPicker;
use crate::components::unavailable::Unavailable;
use crate::host::Ids;
use crate::pages::steps::details::{Answer, CUSTOMER, PARTNER, TECHNICAL};
use crate::router::key_of;
use crate::state::claim_view::rebase;
use crate::state::form::{answer_problem, FieldMessage};
use crate::state::products::families;

/// One of the customer's products, ticked when claimed, with the choice of
/// subscription when the tenant has several.
fn product_choice(
    ids: Ids,
    p: CustomerProduct,
    input: RwSignal<ClaimInput>,
    errors: RwSignal<Vec<FieldMessage>>,
) -> impl IntoView {
    let product_id = p.product.id.clone();
    let (pid, pid2) = (product_id.clone(), product_id.clone());
    let checked = move || input.with(|i| i.products.iter().any(|c| c.product_id == pid));
    let chosen = move || {
        input.with(|i| i.products.iter().find(|c| c.product_id == pid2).and_then(|c| c.subscription_id.clone()))
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
    let box_id = ids.id(&format!("edit-product-{product_id}"));
    let subscription_path = format!("subscription_id.{product_id}");
    let select_id = ids.field(&subscription_path);
    let select_error = {
        let path = subscription_path.clone();
        Signal::derive(move || errors.with(|e| e.iter().find(|m| m.path == path).cloned()))
    };
    let select_error_id = format!("{select_id}-error");
    let needs_subscription = p.subscription_required;
    let name = p.product.name.clone();
    let subscriptions = p.subscriptions.clone();
    let checked_for_show = checked.clone();
    view! {
        <div class="cpor-product">
            <div class="cpor-checkbox">
                <input
                    type="checkbox"
                    class="cpor-checkbox-input"
                    id=box_id.clone()
                    prop:checked=checked
                    on:change:target=move |ev| toggle(ev.target().checked())
                />
                <label class="cpor-checkbox-label" for=box_id>
                    <span class="cpor-radio-title">{name.clone()}</span>
                </label>
            </div>
            <Show when=move || needs_subscription && checked_for_show()>
                <div class="cpor-field">
                    <label class="cpor-label" for=select_id.clone()>{tr!(CLAIM_ACTION_SUBSCRIPTION_FOR, name.clone())}</label>
                    {
                        let id = select_error_id.clone();
                        move || select_error.get().map(|m| view! { <ErrorMessage id=id.clone() message=m/> })
                    }
                    <select
                        class="cpor-select cpor-select--wide"
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
                        <option value="" selected=chosen().is_none()>{tr!(CLAIM_ACTION_CHOOSE_SUBSCRIPTION)}</option>
                        {subscriptions.iter().map(|s| {
                            let value = s.id.to_string();
                            let selected = chosen().as_deref() == Some(value.as_str());
                            view! { <option value=value.clone() selected=selected>{tr!(CLAIM_ACTION_SUBSCRIPTION, value.clone(), s.status.label())}</option> }
                        }).collect_view()}
                    </select>
                </div>
            </Show>
        </div>
    }
}

/// The edit form of `claim`.
#[component]
pub(super) fn EditPanel(
    claim: ClaimDetail,
    etag: RwSignal<Option<String>>,
    file_count: Signal<usize>,
    reload: Callback<()>,
    on_close: Callback<()>,
) -> impl IntoView {
    let ids = Ids::here();
    let claim_id = claim.summary.id.clone();
    // The claim as the partner last saw it: a save refused as stale is
    // compared with it to tell their own new proof from someone's change.
    let seen = RwSignal::new(claim.clone());
    let input = RwSignal::new(claim.input.clone());
    let errors = RwSignal::new(Vec::<FieldMessage>::new());
    let comment = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let stale = RwSignal::new(None::<String>);
    let uploading = RwSignal::new(0u32);
    let summary = NodeRef::<leptos::html::Div>::new();

    // The organisation's programs and the customer's products in the area.
    let programs = RwSignal::new(None::<Result<Vec<PartnerProgram>, ()>>);
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
                id=ids.field(answer.path)
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
    let group = move |legend: String, answers: &'static [Answer]| {
        view! {
            <fieldset class="cpor-fieldset cpor-group">
                <legend class="cpor-subheading">{legend}</legend>
                {answers.iter().map(field).collect_view()}
            </fieldset>
        }
    };

    let products = move || match area.get() {
        None => view! { <p class="cpor-loading">{tr!(CLAIM_ACTION_LOADING_PRODUCTS)}</p> }.into_any(),
        Some(Err(())) => {
            view! { <Unavailable message=tr!(CLAIM_ACTION_PRODUCTS_UNAVAILABLE) on_retry=retry/> }.into_any()
        }
        Some(Ok(area)) => {
            area.products.into_iter().map(|p| product_choice(ids, p, input, errors)).collect_view().into_any()
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
            stale.set(None);
            let (claim_id, body, note, base) =
                (claim_id.clone(), input.get_untracked(), comment.get_untracked(), seen.get_untracked());
            spawn_local(async move {
                let path = format!("/api/claims/{claim_id}");
                let tag = etag.try_get_untracked().flatten().unwrap_or_default();
                let mut saved = api::put::<_, ClaimDetail>(&path, &body, &tag).await;
                if is_stale(&saved) {
                    match after_stale(&claim_id, &base).await {
                        // Only proof was added (the partner's own upload): save over it.
                        Ok(fresh) => saved = api::put::<_, ClaimDetail>(&path, &body, &fresh).await,
                        Err((changed, fresh)) => {
                            // Someone else's change: shown on the page, the
                            // partner's edits laid over it here; the next
                            // save goes over the version now shown.
                            if fresh.is_some() {
                                etag.try_set(fresh);
                            }
                            if let Ok(now) = api::get::<ClaimDetail>(&path).await {
                                input.try_update(|i| *i = rebase(&base.input, i, &now.input));
                                seen.try_set(now);
                            }
                            busy.try_set(false);
                            stale.try_set(Some(stale_notice(changed)));
                            reload.try_run(());
                            return;
                        }
                    }
                }
                let result = match saved {
                    Ok(saved) => {
                        // Saved: the page shows the new answers whatever
                        // becomes of the comment.
                        etag.try_set(saved.etag);
                        seen.try_set(saved.body);
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
    let (products_id, products_error) = (ids.field("products"), ids.id("products-error"));
    let described = {
        let products_error = products_error.clone();
        move || error_at("products").with(|e| e.as_ref().map(|_| products_error.clone()))
    };
    let (comment_id, proof_hint) = (ids.field("edit-comment"), ids.id("edit-proof-hint"));
    let comment_error = error_at("edit-comment");

    view! {
        <form class="cpor-panel" on:submit=save novalidate>
            <h2 class="cpor-card-title">{tr!(CLAIM_ACTION_EDIT)}</h2>
            <p class="cpor-body">{tr!(CLAIM_ACTION_EDIT_INTRO)}</p>
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
            <fieldset class="cpor-fieldset cpor-group" id=products_id tabindex="-1" aria-describedby=described>
                <legend class="cpor-subheading">{tr!(FIELD_PRODUCTS)}</legend>
                {move || error_at("products").get().map(|m| view! { <ErrorMessage id=products_error.clone() message=m/> })}
                {products}
            </fieldset>
            {group(tr!(CLAIM_PAGE_CUSTOMER_CONTACT), &CUSTOMER)}
            {dynamics.then(|| group(tr!(CLAIM_PAGE_TECHNICAL_CONTACT), &TECHNICAL))}
            {group(tr!(CLAIM_ACTION_YOUR_CONTACT), &PARTNER)}
            <div class="cpor-field" class:cpor-field--error=move || comment_error.with(Option::is_some)>
                <label class="cpor-label" for=comment_id.clone()>{tr!(CLAIM_ACTION_EDIT_COMMENT)}</label>
                <p class="cpor-hint" id=format!("{comment_id}-hint")>{tr!(CLAIM_ACTION_EDIT_COMMENT_HINT)}</p>
                {
                    let id = format!("{comment_id}-error");
                    move || comment_error.get().map(|m| view! { <ErrorMessage id=id.clone() message=m/> })
                }
                <textarea
                    class="cpor-input cpor-textarea"
                    id=comment_id.clone()
                    rows="3"
                    maxlength="4000"
                    aria-describedby=format!("{comment_id}-hint")
                    prop:value=move || comment.get()
                    on:input:target=move |ev| {
                        comment.set(ev.target().value());
                        errors.update(|e| e.retain(|m| m.path != "edit-comment"));
                    }
                ></textarea>
            </div>
            <div class="cpor-field">
                <h3 class="cpor-label">{tr!(CLAIM_ACTION_ADD_PROOF)}</h3>
                <p class="cpor-hint" id=proof_hint.clone()>{tr!(CLAIM_ACTION_EDIT_PROOF_HINT)}</p>
                <PoeUpload
                    path="edit_proof"
                    described_by=proof_hint
                    file_count=file_count
                    claim_id=claim_source
                    on_uploaded=Callback::new(move |_: PoeFile| {
                        reload.try_run(());
                    })
                    busy=uploading
                />
            </div>
            {move || stale.get().map(|text| view! {
                <MessageBar intent=Intent::Warning title=tr!(CLAIM_ACTION_STALE_TITLE) role="alert">
                    <p>{text}</p>
                </MessageBar>
            })}
            <div class="cpor-actions">
                <button type="submit" class="cpor-button cpor-button--primary" aria-disabled=move || busy.get().to_string()>
                    {tr!(CLAIM_ACTION_SAVE)}
                </button>
                <button type="button" class="cpor-button cpor-button--secondary" on:click=move |_| { on_close.try_run(()); }>
                    {tr!(CLAIM_ACTION_CANCEL)}
                </button>
            </div>
        </form>
    }
}
