//! Step 2, "Solution area and role": the area, then the partner role with
//! each role's meaning beside it. A role that doesn't apply to how the
//! customer bought is shown disabled with the reason; when none of the
//! area's roles applies (a CSP customer in Business Applications), the page
//! says so once, with what the partner can do instead, and the problem to
//! fix is the area, not a role nobody can choose.

use cpor_core::api::v1::CustomerProductsResponse;
use cpor_core::roles::{PartnerRole, RoleAvailability, SolutionArea};
use cpor_core::{ErrorCode, TenantId};
use cpor_i18n::tr;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError};
use crate::components::field::ErrorMessage;
use crate::components::message_bar::{Intent, MessageBar};
use crate::components::unavailable::Unavailable;
use crate::host::Ids;
use crate::pages::flow::{use_flow, AreaData, Flow};
use crate::router::key_of;
use crate::state::customer::CustomerCheck;
use crate::state::form::{answer_problems, FieldMessage};
use crate::state::products::families;

/// Asks the server for the customer's products and roles in the chosen
/// area, unless that answer is already here or on its way.
pub fn ensure_area(flow: Flow) {
    let (tenant, area) =
        flow.draft.with_untracked(|d| (TenantId::parse(&d.input.tenant_id).ok(), d.input.solution_area));
    let (Some(tenant), Some(area)) = (tenant, area) else { return };
    let tenant = tenant.to_string();
    let same =
        flow.area.with_untracked(|a| a.key() == Some((tenant.as_str(), area)) && !matches!(a, AreaData::Failed(..)));
    if same {
        return;
    }
    flow.area.set(AreaData::Loading(tenant.clone(), area));
    spawn_local(async move {
        let path = format!("/api/customers/{tenant}/products?solution_area={}", key_of(&area));
        let result = api::get::<CustomerProductsResponse>(&path).await;
        // A newer choice may have replaced this one meanwhile.
        // (Or the page was left: nothing is written to it then.)
        let current = flow.area.try_with_untracked(|a| a.key() == Some((tenant.as_str(), area)));
        if current != Some(true) {
            return;
        }
        flow.area.set(match result {
            Ok(r) => AreaData::Loaded(tenant, area, r),
            Err(ApiError::Problem(p)) => {
                let m = FieldMessage::from_problem("solution_area", &p);
                AreaData::Failed(tenant, area, Some(m))
            }
            Err(_) => AreaData::Failed(tenant, area, None),
        });
    });
}

/// Whether none of the area's roles is open to this customer.
fn all_closed(loaded: &CustomerProductsResponse) -> bool {
    !loaded.roles.is_empty() && loaded.roles.iter().all(|o| o.availability != RoleAvailability::Open)
}

/// The customer's name as the customer check confirmed it (`None` until
/// then: the texts then say "this customer").
fn customer_name(flow: &Flow) -> Option<String> {
    match flow.customer.get() {
        CustomerCheck::Confirmed(c) => Some(c.customer_name),
        _ => None,
    }
}

/// The problem when no role of the area is open: the area is what to change.
fn area_closed(flow: &Flow, area: SolutionArea) -> FieldMessage {
    let message = match customer_name(flow) {
        Some(customer) => tr!(STEP_ROLE_AREA_CLOSED, customer, area.label()),
        None => tr!(STEP_ROLE_AREA_CLOSED_UNKNOWN, area.label()),
    };
    FieldMessage::at("solution_area", ErrorCode::RoleClosed, message)
}

/// Everything that keeps the partner on step 2, and whether the roles are
/// still loading.
pub fn verdict(flow: &Flow) -> (Vec<FieldMessage>, bool) {
    let area = flow.area.get();
    if let (Some(loaded), Some((_, chosen))) = (area.loaded(), area.key()) {
        if all_closed(loaded) {
            return (vec![area_closed(flow, chosen)], false);
        }
    }
    let products = area.loaded().map(|r| r.products.clone()).unwrap_or_default();
    let mut problems = flow.draft.with(|d| answer_problems(&d.input, &families(&products, &d.input), 2));
    let role = flow.draft.with(|d| d.input.partner_role);
    if let (Some(role), Some(loaded)) = (role, area.loaded()) {
        if let Some(RoleAvailability::Closed(reason)) =
            loaded.roles.iter().find(|o| o.role == role).map(|o| o.availability)
        {
            problems.push(FieldMessage::at("partner_role", ErrorCode::RoleClosed, reason.explanation()));
        }
    }
    if let AreaData::Failed(_, _, why) = &area {
        problems.push(
            why.clone()
                .unwrap_or_else(|| FieldMessage::at("solution_area", ErrorCode::ServiceUnavailable, unavailable())),
        );
    }
    (problems, matches!(area, AreaData::Loading(..)))
}

/// What the partner is told when the roles could not be loaded.
fn unavailable() -> String {
    tr!(STEP_ROLE_UNAVAILABLE)
}

/// Step 2.
#[component]
pub fn RoleStep() -> impl IntoView {
    let flow = use_flow();
    let draft = flow.draft;
    let chosen_area = Signal::derive(move || draft.with(|d| d.input.solution_area));
    let chosen_role = Signal::derive(move || draft.with(|d| d.input.partner_role));

    let ids = Ids::here();
    let area_error = Signal::derive(move || flow.error("solution_area"));
    let role_error = Signal::derive(move || flow.error("partner_role"));
    let group = ids.id("solution-area");
    let areas = SolutionArea::ALL
        .iter()
        .enumerate()
        .map(|(i, &area)| {
            let id = if i == 0 { ids.field("solution_area") } else { ids.id(&format!("solution_area-{i}")) };
            view! {
                <div class="cpor-radio">
                    <input
                        class="cpor-radio-input"
                        type="radio"
                        name=group.clone()
                        id=id.clone()
                        prop:checked=move || chosen_area.get() == Some(area)
                        on:change=move |_| {
                            draft.update(|d| d.choose_area(area));
                            flow.set_error("solution_area", None);
                        }
                    />
                    <label class="cpor-radio-label" for=id>
                        <span class="cpor-radio-title">{area.label()}</span>
                    </label>
                </div>
            }
        })
        .collect_view();

    let roles = move || match flow.area.get() {
        AreaData::Idle => None,
        AreaData::Loading(..) => {
            Some(view! { <p class="cpor-loading" role="status">{tr!(STEP_ROLE_LOADING)}</p> }.into_any())
        }
        AreaData::Failed(_, _, why) => Some(
            view! {
                <Unavailable
                    message=why.map(|m| m.message).unwrap_or_else(unavailable)
                    on_retry=Callback::new(move |()| ensure_area(flow))
                />
            }
            .into_any(),
        ),
        AreaData::Loaded(_, area, loaded) if all_closed(&loaded) => {
            let (title, text) = match customer_name(&flow) {
                Some(customer) => (
                    tr!(STEP_ROLE_CLOSED_TITLE, area.label(), customer.clone()),
                    tr!(STEP_ROLE_CLOSED_TEXT, customer, area.label()),
                ),
                None => (
                    tr!(STEP_ROLE_CLOSED_TITLE_UNKNOWN, area.label()),
                    tr!(STEP_ROLE_CLOSED_TEXT_UNKNOWN, area.label()),
                ),
            };
            Some(
                view! {
                    <MessageBar intent=Intent::Warning title=title>
                        <p>{text}</p>
                        <p>{tr!(STEP_ROLE_CLOSED_ADVICE)}</p>
                    </MessageBar>
                }
                .into_any(),
            )
        }
        AreaData::Loaded(_, _, loaded) => Some(role_options(flow, ids, loaded, chosen_role, role_error).into_any()),
    };

    let hint_id = ids.id("solution_area-hint");
    let error_id = ids.id("solution_area-error");
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            if area_error.with(Option::is_some) {
                format!("{hint_id} {error_id}")
            } else {
                hint_id.clone()
            }
        }
    };
    view! {
        <div class="cpor-field" class:cpor-field--error=move || area_error.with(Option::is_some)>
            <fieldset class="cpor-fieldset" aria-describedby=described>
                <legend class="cpor-label">{tr!(STEP_ROLE_AREA)}</legend>
                <p class="cpor-hint" id=hint_id>
                    {tr!(STEP_ROLE_AREA_HINT)}
                </p>
                {move || area_error.get().map(|m| view! { <ErrorMessage id=error_id.clone() message=m/> })}
                <div class="cpor-radios cpor-radios--row">{areas}</div>
            </fieldset>
        </div>
        <details class="cpor-help">
            <summary>{tr!(STEP_ROLE_HELP)}</summary>
            <p>{tr!(STEP_ROLE_HELP_CHOOSE)}</p>
            <p>{tr!(STEP_ROLE_HELP_CSP)}</p>
        </details>
        {roles}
    }
}

fn role_options(
    flow: Flow,
    ids: Ids,
    loaded: CustomerProductsResponse,
    chosen: Signal<Option<PartnerRole>>,
    error: Signal<Option<FieldMessage>>,
) -> impl IntoView {
    let options = loaded
        .roles
        .into_iter()
        .map(|option| {
            let role = option.role;
            let id = ids.id(&format!("role-{}", role_slug(role)));
            let desc_id = format!("{id}-description");
            let closed = match option.availability {
                RoleAvailability::Open => None,
                RoleAvailability::Closed(reason) => Some(reason.explanation()),
            };
            let reason_id = format!("{id}-reason");
            let is_closed = closed.is_some();
            let described = if is_closed { format!("{desc_id} {reason_id}") } else { desc_id.clone() };
            view! {
                <div class="cpor-radio" class:cpor-radio--disabled=is_closed>
                    <input
                        class="cpor-radio-input"
                        type="radio"
                        name=ids.id("partner-role")
                        id=id.clone()
                        disabled=is_closed
                        aria-describedby=described
                        prop:checked=move || chosen.get() == Some(role)
                        on:change=move |_| {
                            flow.draft.update(|d| d.input.partner_role = Some(role));
                            flow.set_error("partner_role", None);
                        }
                    />
                    <label class="cpor-radio-label" for=id>
                        <span class="cpor-radio-title">{role.label()}</span>
                        <span class="cpor-radio-meta" id=desc_id>{role.description()}</span>
                        {closed.map(|why| view! { <span class="cpor-radio-reason" id=reason_id>{why}</span> })}
                    </label>
                </div>
            }
        })
        .collect_view();
    let error_id = ids.id("partner_role-error");
    let described = {
        let error_id = error_id.clone();
        move || error.with(|e| e.as_ref().map(|_| error_id.clone()))
    };
    view! {
        <div class="cpor-field" class:cpor-field--error=move || error.with(Option::is_some)>
            <fieldset class="cpor-fieldset" id=ids.field("partner_role") tabindex="-1" aria-describedby=described>
                <legend class="cpor-label">{tr!(STEP_ROLE_ROLE)}</legend>
                {move || error.get().map(|m| view! { <ErrorMessage id=error_id.clone() message=m/> })}
                <div class="cpor-radios">{options}</div>
            </fieldset>
        </div>
    }
}

fn role_slug(role: PartnerRole) -> &'static str {
    match role {
        PartnerRole::BuildIntentAdvisor => "build-intent",
        PartnerRole::UsageRecognition => "usage",
        PartnerRole::InfluencedRevenueRecognition => "influenced-revenue",
        PartnerRole::UseOrConsume => "use-or-consume",
    }
}
