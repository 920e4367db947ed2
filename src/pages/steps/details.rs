//! Step 4, "Claim details and contacts": the claim's name, the customer's
//! contacts (and technical contact for Dynamics 365), the partner's own
//! contact, and the revenue association details when the role needs them.
//! Contacts are filled in from the partner's last claim for the customer.

use cpor_core::api::v1::{ClaimDetail, ClaimInput, ClaimPage, Contact, RevenueDetails};
use cpor_core::roles::{PartnerRole, SolutionArea};
use cpor_core::TenantId;
use cpor_i18n::{msg, tr, Msg};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::components::field::TextField;
use crate::components::field_id;
use crate::components::message_bar::{Intent, MessageBar};
use crate::pages::flow::{use_flow, Flow};
use crate::state::form::{answer_problem, answer_problems, FieldMessage};
use crate::state::products::families;

/// One answer of the step: where it lives and how it is shown.
pub(crate) struct Answer {
    pub(crate) path: &'static str,
    pub(crate) label: Msg<0>,
    pub(crate) hint: Option<Msg<0>>,
    pub(crate) autocomplete: &'static str,
    pub(crate) input_type: &'static str,
    pub(crate) get: fn(&ClaimInput) -> String,
    pub(crate) set: fn(&mut ClaimInput, String),
}

fn technical(i: &mut ClaimInput) -> &mut Contact {
    i.technical_contact.get_or_insert_with(Contact::default)
}

fn revenue(i: &mut ClaimInput) -> &mut RevenueDetails {
    i.revenue.get_or_insert_with(RevenueDetails::default)
}

fn technical_of(i: &ClaimInput) -> Contact {
    i.technical_contact.clone().unwrap_or_default()
}

fn revenue_of(i: &ClaimInput) -> RevenueDetails {
    i.revenue.clone().unwrap_or_default()
}

const CLAIM_NAME: Answer = Answer {
    path: "claim_name",
    label: msg::STEP_DETAILS_CLAIM_NAME,
    hint: Some(msg::STEP_DETAILS_CLAIM_NAME_HINT),
    autocomplete: "off",
    input_type: "text",
    get: |i| i.claim_name.clone(),
    set: |i, v| i.claim_name = v,
};

pub(crate) const CUSTOMER: [Answer; 3] = [
    Answer {
        path: "customer_contact.name",
        label: msg::STEP_DETAILS_FULL_NAME,
        hint: None,
        autocomplete: "section-customer name",
        input_type: "text",
        get: |i| i.customer_contact.name.clone(),
        set: |i, v| i.customer_contact.name = v,
    },
    Answer {
        path: "customer_contact.title",
        label: msg::STEP_DETAILS_JOB_TITLE,
        hint: None,
        autocomplete: "section-customer organization-title",
        input_type: "text",
        get: |i| i.customer_contact.title.clone(),
        set: |i, v| i.customer_contact.title = v,
    },
    Answer {
        path: "customer_contact.email",
        label: msg::STEP_DETAILS_EMAIL,
        hint: None,
        autocomplete: "section-customer email",
        input_type: "email",
        get: |i| i.customer_contact.email.clone(),
        set: |i, v| i.customer_contact.email = v,
    },
];

pub(crate) const TECHNICAL: [Answer; 3] = [
    Answer {
        path: "technical_contact.name",
        label: msg::STEP_DETAILS_FULL_NAME,
        hint: None,
        autocomplete: "section-technical name",
        input_type: "text",
        get: |i| technical_of(i).name,
        set: |i, v| technical(i).name = v,
    },
    Answer {
        path: "technical_contact.title",
        label: msg::STEP_DETAILS_JOB_TITLE,
        hint: None,
        autocomplete: "section-technical organization-title",
        input_type: "text",
        get: |i| technical_of(i).title,
        set: |i, v| technical(i).title = v,
    },
    Answer {
        path: "technical_contact.email",
        label: msg::STEP_DETAILS_EMAIL,
        hint: None,
        autocomplete: "section-technical email",
        input_type: "email",
        get: |i| technical_of(i).email,
        set: |i, v| technical(i).email = v,
    },
];

pub(crate) const PARTNER: [Answer; 2] = [
    Answer {
        path: "partner_contact.name",
        label: msg::STEP_DETAILS_FULL_NAME,
        hint: None,
        autocomplete: "name",
        input_type: "text",
        get: |i| i.partner_contact.name.clone(),
        set: |i, v| i.partner_contact.name = v,
    },
    Answer {
        path: "partner_contact.email",
        label: msg::STEP_DETAILS_EMAIL,
        hint: None,
        autocomplete: "email",
        input_type: "email",
        get: |i| i.partner_contact.email.clone(),
        set: |i, v| i.partner_contact.email = v,
    },
];

const REVENUE: [Answer; 3] = [
    Answer {
        path: "revenue.solution_seller",
        label: msg::STEP_DETAILS_SELLER,
        hint: Some(msg::STEP_DETAILS_SELLER_HINT),
        autocomplete: "off",
        input_type: "text",
        get: |i| revenue_of(i).solution_seller,
        set: |i, v| revenue(i).solution_seller = v,
    },
    Answer {
        path: "revenue.customer_name",
        label: msg::STEP_DETAILS_CUSTOMER_NAME,
        hint: Some(msg::STEP_DETAILS_CUSTOMER_NAME_HINT),
        autocomplete: "off",
        input_type: "text",
        get: |i| revenue_of(i).customer_name,
        set: |i, v| revenue(i).customer_name = v,
    },
    Answer {
        path: "revenue.isv_product",
        label: msg::STEP_DETAILS_ISV,
        hint: None,
        autocomplete: "off",
        input_type: "text",
        get: |i| revenue_of(i).isv_product,
        set: |i, v| revenue(i).isv_product = v,
    },
];

fn problem_at(flow: &Flow, path: &str) -> Option<FieldMessage> {
    let products = flow.area.with_untracked(|a| a.loaded().map(|r| r.products.clone())).unwrap_or_default();
    flow.draft.with_untracked(|d| answer_problem(&d.input, &families(&products, &d.input), path))
}

fn answer_field(flow: Flow, answer: &'static Answer) -> impl IntoView {
    let value = Signal::derive(move || flow.draft.with(|d| (answer.get)(&d.input)));
    let on_input = Callback::new(move |v: String| {
        flow.draft.update(|d| (answer.set)(&mut d.input, v));
        flow.typed(answer.path);
    });
    let on_blur = Callback::new(move |()| {
        if flow.was_edited(answer.path) {
            flow.set_error(answer.path, problem_at(&flow, answer.path));
        }
    });
    view! {
        <TextField
            id=field_id(answer.path)
            label=answer.label
            hint=answer.hint
            value=value
            error=Signal::derive(move || flow.error(answer.path))
            on_input=on_input
            on_blur=on_blur
            autocomplete=answer.autocomplete
            input_type=answer.input_type
            inputmode=if answer.input_type == "email" { "email" } else { "text" }
        />
    }
}

fn group(flow: Flow, legend: Msg<0>, hint: Msg<0>, answers: &'static [Answer]) -> impl IntoView {
    view! {
        <fieldset class="cpor-fieldset cpor-group">
            <legend class="cpor-subheading">{cpor_i18n::t(legend, [])}</legend>
            <p class="cpor-hint">{cpor_i18n::t(hint, [])}</p>
            {answers.iter().map(|a| answer_field(flow, a)).collect_view()}
        </fieldset>
    }
}

/// Everything that keeps the partner on step 4 (none of it is awaited).
pub fn verdict(flow: &Flow) -> (Vec<FieldMessage>, bool) {
    let products = flow.area.with(|a| a.loaded().map(|r| r.products.clone())).unwrap_or_default();
    (flow.draft.with(|d| answer_problems(&d.input, &families(&products, &d.input), 4)), false)
}

/// Fills in empty contacts: the partner's own from the signed-in user, the
/// customer's from the partner's last claim for the same tenant.
fn prefill(flow: Flow, note: RwSignal<Option<String>>) {
    if flow.draft.with_untracked(|d| d.contacts_prefilled) {
        return;
    }
    let me = flow.me.get_value();
    flow.draft.update(|d| {
        d.contacts_prefilled = true;
        let c = &mut d.input.partner_contact;
        if c.name.is_empty() && c.email.is_empty() {
            c.name = me.name.clone();
            c.email = me.email.clone();
        }
    });
    let (tenant, current, empty) = flow.draft.with_untracked(|d| {
        (
            TenantId::parse(&d.input.tenant_id).ok(),
            d.claim_id.clone(),
            d.input.customer_contact == Contact::default() && technical_of(&d.input) == Contact::default(),
        )
    });
    let (Some(tenant), true) = (tenant, empty) else { return };
    spawn_local(async move {
        let Ok(page) = api::get::<ClaimPage>(&format!("/api/claims?q={tenant}&sort=updated&per_page=10")).await else {
            return;
        };
        for summary in page.items.into_iter().filter(|c| Some(&c.id) != current.as_ref()) {
            let Ok(last) = api::get::<ClaimDetail>(&format!("/api/claims/{}", summary.id)).await else { return };
            if last.input.tenant_id != tenant.to_string() || last.input.customer_contact.name.is_empty() {
                continue;
            }
            let mut filled = false;
            flow.draft.try_update(|d| {
                if d.claim_id != current {
                    return;
                }
                if d.input.customer_contact == Contact::default() {
                    d.input.customer_contact = last.input.customer_contact.clone();
                    filled = true;
                }
                if technical_of(&d.input) == Contact::default() {
                    if let Some(t) = last.input.technical_contact.clone() {
                        d.input.technical_contact = Some(t);
                        filled = true;
                    }
                }
            });
            if filled {
                note.try_set(Some(tr!(STEP_DETAILS_PREFILLED, summary.claim_name.clone())));
            }
            return;
        }
    });
}

/// Step 4.
#[component]
pub fn DetailsStep() -> impl IntoView {
    let flow = use_flow();
    let note = RwSignal::new(None::<String>);
    prefill(flow, note);
    let dynamics = move || flow.draft.with(|d| d.input.solution_area == Some(SolutionArea::BusinessApplications));
    let revenue = move || flow.draft.with(|d| d.input.partner_role.is_some_and(PartnerRole::needs_revenue_details));
    view! {
        {answer_field(flow, &CLAIM_NAME)}
        {move || note.get().map(|n| view! { <MessageBar intent=Intent::Info role="status"><p>{n}</p></MessageBar> })}
        {group(flow, msg::STEP_DETAILS_CUSTOMER_CONTACT, msg::STEP_DETAILS_CUSTOMER_CONTACT_HINT, &CUSTOMER)}
        <Show when=dynamics>
            {group(flow, msg::STEP_DETAILS_TECHNICAL_CONTACT, msg::STEP_DETAILS_TECHNICAL_CONTACT_HINT, &TECHNICAL)}
        </Show>
        {group(flow, msg::STEP_DETAILS_YOUR_CONTACT, msg::STEP_DETAILS_YOUR_CONTACT_HINT, &PARTNER)}
        <Show when=revenue>
            {group(flow, msg::STEP_DETAILS_REVENUE, msg::STEP_DETAILS_REVENUE_HINT, &REVENUE)}
        </Show>
    }
}
