//! Step 3, "Products": the customer's products in the chosen area. A
//! Dynamics 365 product with several subscriptions asks which one; each
//! chosen product gets the server's verdict, with the exact reason and fix
//! when it can't be claimed, and the arbitration notice when another partner
//! holds it.

use std::time::Duration;

use cpor_core::api::v1::CustomerProduct;
use cpor_core::exclusivity::{Competition, ARBITRATION_EVIDENCE};
use cpor_i18n::{msg, tr};
use leptos::prelude::*;

use crate::components::field::{ErrorMessage, TextField};
use crate::components::field_id;
use crate::components::icon::{icon, Icon};
use crate::components::message_bar::{Intent, MessageBar};
use crate::components::unavailable::Unavailable;
use crate::host::Ids;
use crate::pages::flow::{use_flow, AreaData, Flow};
use crate::pages::steps::existing::ExistingClaimLink;
use crate::pages::steps::role::ensure_area;
use crate::pages::steps::verdicts::Verdicts;
pub use crate::pages::steps::verdicts::SUBSCRIPTION_DEBOUNCE;
use crate::state::form::FieldMessage;
use crate::state::products::{product_path, step_problems, subscription_message, subscription_path, ProductCheck};

/// What the partner is told when the products could not be loaded.
fn list_unavailable() -> String {
    tr!(STEP_PRODUCTS_LIST_UNAVAILABLE)
}

/// Everything that keeps the partner on step 3, and whether verdicts are
/// still awaited.
pub fn verdict(flow: &Flow) -> (Vec<FieldMessage>, bool) {
    let area = flow.area.get();
    let Some(loaded) = area.loaded() else {
        if let AreaData::Failed(_, _, why) = area {
            let m = why.unwrap_or_else(|| {
                FieldMessage::at("products", cpor_core::ErrorCode::ServiceUnavailable, list_unavailable())
            });
            return (vec![FieldMessage { path: "products".to_owned(), ..m }], false);
        }
        return (Vec::new(), true);
    };
    let checks = flow.checks.get();
    flow.draft.with(|d| step_problems(&loaded.products, d, &checks))
}

/// Step 3.
#[component]
pub fn ProductsStep() -> impl IntoView {
    let flow = use_flow();
    let verdicts = Verdicts::new(flow);
    on_cleanup(move || verdicts.cancel_all());
    // Chosen products without a verdict (after a reload or coming back)
    // are checked once the list is here.
    Effect::new(move |_| {
        let Some(loaded) = flow.area.with(|a| a.loaded().cloned()) else { return };
        for product in loaded.products {
            let id = product.product.id.clone();
            let chosen = flow.draft.with_untracked(|d| d.input.products.iter().any(|p| p.product_id == id));
            let known = flow.checks.with_untracked(|c| {
                c.get(&id).is_some_and(|c| {
                    matches!(c, ProductCheck::Claimable(_) | ProductCheck::Refused(_) | ProductCheck::NotYet(_))
                })
            });
            if chosen && !known {
                verdicts.schedule(product, Duration::ZERO);
            }
        }
    });

    let list_error = Signal::derive(move || flow.error("products"));
    let body = move || match flow.area.get() {
        AreaData::Loaded(_, _, loaded) if loaded.products.is_empty() => view! {
            <p class="cpor-body">{tr!(STEP_PRODUCTS_NONE)}</p>
        }
        .into_any(),
        AreaData::Loaded(_, _, loaded) => {
            loaded.products.into_iter().map(|p| product_card(flow, verdicts, p)).collect_view().into_any()
        }
        AreaData::Failed(..) => view! {
            <Unavailable message=list_unavailable() on_retry=Callback::new(move |()| ensure_area(flow))/>
        }
        .into_any(),
        _ => view! { <p class="cpor-loading" role="status">{tr!(STEP_PRODUCTS_LOADING)}</p> }.into_any(),
    };
    let ids = Ids::here();
    let (hint_id, error_id) = (ids.id("products-hint"), ids.id("products-error"));
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || if list_error.with(Option::is_some) { format!("{hint_id} {error_id}") } else { hint_id.clone() }
    };
    view! {
        <div class="cpor-field" class:cpor-field--error=move || list_error.with(Option::is_some)>
            <fieldset class="cpor-fieldset" id=ids.field("products") tabindex="-1" aria-describedby=described>
                <legend class="cpor-label">{tr!(FIELD_PRODUCTS)}</legend>
                <p class="cpor-hint" id=hint_id>
                    {tr!(STEP_PRODUCTS_HINT)}
                </p>
                {move || list_error.get().map(|m| view! { <ErrorMessage id=error_id.clone() message=m/> })}
                <div class="cpor-products">{body}</div>
            </fieldset>
            <p class="cpor-visually-hidden" role="status" aria-live="polite">{move || verdicts.announcement.get()}</p>
        </div>
    }
}

fn product_card(flow: Flow, verdicts: Verdicts, product: CustomerProduct) -> impl IntoView {
    let id = product.product.id.clone();
    let checkbox_id = field_id(&product_path(&id));
    let sub_path = subscription_path(&id);
    let chosen = {
        let id = id.clone();
        Signal::derive(move || flow.draft.with(|d| d.input.products.iter().any(|p| p.product_id == id)))
    };
    let check = {
        let id = id.clone();
        Signal::derive(move || flow.checks.with(|c| c.get(&id).cloned().unwrap_or_default()))
    };
    let product_error = {
        let path = product_path(&id);
        Signal::derive(move || {
            flow.error(&path).or_else(|| match check.get() {
                ProductCheck::Refused(m) if m.path == path => Some(m),
                _ => None,
            })
        })
    };
    let subscription_error = {
        let path = sub_path.clone();
        Signal::derive(move || {
            flow.error(&path).or_else(|| match check.get() {
                ProductCheck::Refused(m) if m.path == path => Some(m),
                _ => None,
            })
        })
    };
    let count = product.subscriptions.len();
    let meta = tr!(STEP_PRODUCTS_META, product.product.family.label(), count);
    let held_elsewhere = product.competition == Competition::Arbitration;
    let name = product.product.name.clone();
    let link_name = name.clone();
    let on_toggle = {
        let (product, id) = (product.clone(), id.clone());
        move |ev: web_sys::Event| {
            let on = event_target_checked(&ev);
            flow.draft.update(|d| d.toggle_product(&id, on));
            flow.set_error("products", None);
            flow.set_error(&product_path(&id), None);
            verdicts.schedule(product.clone(), Duration::ZERO);
        }
    };
    let subscription_field = product.subscription_required.then(|| {
        let (product, id, path) = (product.clone(), id.clone(), sub_path.clone());
        let value = {
            let id = id.clone();
            Signal::derive(move || flow.draft.with(|d| d.subscription(&id)))
        };
        let on_input = {
            let (product, id, path) = (product.clone(), id.clone(), path.clone());
            Callback::new(move |v: String| {
                flow.draft.update(|d| d.set_subscription(&id, v));
                flow.typed(&path);
                verdicts.schedule(product.clone(), SUBSCRIPTION_DEBOUNCE);
            })
        };
        let on_blur = {
            let path = path.clone();
            Callback::new(move |()| {
                if !flow.was_edited(&path) {
                    return;
                }
                match subscription_message(&product, &value.get_untracked()) {
                    Ok(sub) => {
                        let canonical = sub.to_string();
                        if canonical != value.get_untracked() {
                            flow.draft.update(|d| d.set_subscription(&id, canonical));
                        }
                        flow.set_error(&path, None);
                        if matches!(check.get_untracked(), ProductCheck::Waiting) {
                            verdicts.schedule(product.clone(), Duration::ZERO);
                        }
                    }
                    Err(m) => flow.set_error(&path, Some(m)),
                }
            })
        };
        view! {
            <Show when=move || chosen.get()>
                <TextField
                    id=field_id(&path)
                    label=msg::FIELD_SUBSCRIPTION_ID
                    hint=msg::STEP_PRODUCTS_SUBSCRIPTION_HINT
                    value=value
                    error=subscription_error
                    on_input=on_input
                    on_blur=on_blur
                />
            </Show>
        }
    });
    let status = move || {
        if !chosen.get() {
            return None;
        }
        Some(match check.get() {
            ProductCheck::Waiting | ProductCheck::Checking => {
                view! { <p class="cpor-check cpor-check--busy">{tr!(STEP_PRODUCTS_CHECKING)}</p> }.into_any()
            }
            ProductCheck::Claimable(ok) if ok.competition == Competition::Arbitration => view! {
                <MessageBar intent=Intent::Warning title=tr!(STEP_PRODUCTS_ARBITRATION_TITLE)>
                    <p>{cpor_core::Text::from(ARBITRATION_EVIDENCE).to_string()}</p>
                    <p>{tr!(STEP_PRODUCTS_ARBITRATION_TEXT)}</p>
                </MessageBar>
            }
            .into_any(),
            ProductCheck::Claimable(ok) => {
                let text = match ok.subscription_id {
                    Some(sub) => tr!(STEP_PRODUCTS_CLAIMABLE_SUBSCRIPTION, sub.to_string()),
                    None => tr!(STEP_PRODUCTS_CLAIMABLE),
                };
                view! { <p class="cpor-check cpor-check--ok">{icon(Icon::SUCCESS)}{text}</p> }.into_any()
            }
            ProductCheck::NotYet(m) => view! {
                <MessageBar intent=Intent::Info title=m.message>
                    <p>{m.fix}</p>
                </MessageBar>
            }
            .into_any(),
            ProductCheck::Unavailable => {
                let product = product.clone();
                view! {
                    <div class="cpor-check-row">
                        <p class="cpor-check cpor-check--unavailable">{icon(Icon::WARNING)}{crate::state::products::unavailable()}</p>
                        <button
                            type="button"
                            class="cpor-button cpor-button--secondary"
                            on:click=move |_| verdicts.schedule(product.clone(), Duration::ZERO)
                        >
                            {icon(Icon::RETRY)}
                            {tr!(COMPONENT_RETRY)}
                        </button>
                    </div>
                }
                .into_any()
            }
            ProductCheck::Idle | ProductCheck::Refused(_) => return None,
        })
    };
    let error_id = format!("{checkbox_id}-error");
    let described = {
        let error_id = error_id.clone();
        move || product_error.with(|e| e.as_ref().map(|_| error_id.clone()))
    };
    view! {
        <div class="cpor-product" class:cpor-field--error=move || product_error.with(Option::is_some)>
            <div class="cpor-checkbox">
                <input
                    class="cpor-checkbox-input"
                    type="checkbox"
                    id=checkbox_id.clone()
                    aria-describedby=described
                    prop:checked=move || chosen.get()
                    on:change=on_toggle
                />
                <label class="cpor-checkbox-label" for=checkbox_id>
                    <span class="cpor-radio-title">{name}</span>
                    <span class="cpor-radio-meta">{meta}</span>
                    {held_elsewhere.then(|| view! {
                        <span class="cpor-badge cpor-badge--warning">{icon(Icon::WARNING)}{tr!(STEP_PRODUCTS_HELD_ELSEWHERE)}</span>
                    })}
                </label>
            </div>
            {move || product_error.get().map(|m| {
                let existing = (m.code == cpor_core::ErrorCode::AlreadyClaimed).then(|| {
                    let tenant = flow.draft.with_untracked(|d| d.input.tenant_id.clone());
                    view! { <ExistingClaimLink tenant=tenant product_name=link_name.clone()/> }
                });
                view! { <ErrorMessage id=error_id.clone() message=m/> {existing} }
            })}
            {subscription_field}
            {status}
        </div>
    }
}
