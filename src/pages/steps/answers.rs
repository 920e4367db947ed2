//! Step 6, "Check your answers": every answer with a "Change" link back to
//! its step, the note that the customer will be notified, and "Submit claim".

use crate::state::draft::Draft;
use cpor_i18n::{msg, tr, Msg};
use leptos::prelude::*;

use crate::components::message_bar::{Intent, MessageBar};
use crate::pages::flow::{use_flow, Flow};
use cpor_core::poe::human_size;

/// Where the submit stands.
#[derive(Clone, Debug, PartialEq)]
pub enum SubmitState {
    /// Not asked yet (or refused: the problems are in the summary).
    Idle,
    /// Being sent.
    Sending,
    /// The service couldn't answer; trying again in this many seconds.
    Retrying(u32),
    /// The device is offline: saved, sent when back online.
    Offline,
    /// Tried several times and failed; the partner may try again.
    Failed,
}

fn row(label: Msg<0>, value: String) -> impl IntoView {
    view! {
        <div class="cpor-answer">
            <dt class="cpor-answer-label">{cpor_i18n::t(label, [])}</dt>
            <dd class="cpor-answer-value">{if value.trim().is_empty() { "\u{2014}".to_owned() } else { value }}</dd>
        </div>
    }
}

use crate::components::stepper::step_name;
use crate::pages::claim::details::contact;

/// The answers of `step`, under its name; `what` names the section in
/// its "Change" link (read by screen readers).
fn section(
    flow: Flow,
    step: usize,
    what: Msg<0>,
    go: Callback<usize>,
    rows: impl Fn(&Draft, &Flow) -> Vec<(Msg<0>, String)> + Send + Sync + 'static,
) -> impl IntoView {
    let heading_id = crate::host::Ids::here().id(&format!("answers-{step}"));
    let labelled_by = heading_id.clone();
    view! {
        <section class="cpor-answers" aria-labelledby=labelled_by>
            <div class="cpor-answers-head">
                <h2 class="cpor-subheading" id=heading_id>{step_name(step)}</h2>
                <a
                    class="cpor-link"
                    href=format!("#cpor-step-{step}")
                    on:click=move |ev| {
                        ev.prevent_default();
                        go.try_run(step);
                    }
                >
                    {tr!(STEP_ANSWERS_CHANGE)}
                    <span class="cpor-visually-hidden">" "{cpor_i18n::t(what, [])}</span>
                </a>
            </div>
            <dl class="cpor-answer-list">
                {move || flow.draft.with(|d| rows(d, &flow)).into_iter().map(|(l, v)| row(l, v)).collect_view()}
            </dl>
        </section>
    }
}

impl SubmitState {
    /// Whether a submit is under way (a second click does nothing).
    pub fn busy(&self) -> bool {
        matches!(self, Self::Sending | Self::Retrying(_))
    }

    /// What the status line under the button says.
    pub fn describe(&self) -> String {
        match self {
            Self::Idle => String::new(),
            Self::Sending => tr!(STEP_ANSWERS_SENDING),
            Self::Retrying(s) => tr!(STEP_ANSWERS_RETRYING, *s),
            Self::Offline => tr!(STEP_ANSWERS_OFFLINE),
            Self::Failed => tr!(STEP_ANSWERS_FAILED),
        }
    }
}

/// Step 6.
#[component]
pub fn AnswersStep(
    /// Goes to a step.
    go: Callback<usize>,
) -> impl IntoView {
    let flow = use_flow();
    view! {
        {section(flow, 1, msg::STEP_ANSWERS_CHANGE_CUSTOMER, go, |d, f| {
            let i = &d.input;
            let program = f.programs.get().and_then(Result::ok).unwrap_or_default()
                .into_iter()
                .find(|p| p.id.as_str() == i.partner_program_id)
                .map(|p| tr!(STEP_ANSWERS_PROGRAM, p.name, p.id.to_string()))
                .unwrap_or_else(|| i.partner_program_id.clone());
            vec![
                (msg::FIELD_PARTNER_PROGRAM_ID, program),
                (msg::FIELD_TENANT_ID, i.tenant_id.clone()),
                (msg::FIELD_DOMAIN, i.domain.clone()),
            ]
        })}
        {section(flow, 2, msg::STEP_ANSWERS_CHANGE_ROLE, go, |d, _| vec![
            (msg::STEP_ROLE_AREA, d.input.solution_area.map(|a| a.label().to_owned()).unwrap_or_default()),
            (msg::STEP_ROLE_ROLE, d.input.partner_role.map(|r| r.label().to_owned()).unwrap_or_default()),
        ])}
        {section(flow, 3, msg::STEP_ANSWERS_CHANGE_PRODUCTS, go, |d, f| {
            let i = &d.input;
            let names = f.area.with(|a| a.loaded().map(|r| r.products.clone())).unwrap_or_default();
            i.products.iter().map(|p| {
                let name = names.iter().find(|n| n.product.id == p.product_id).map(|n| n.product.name.clone()).unwrap_or_else(|| p.product_id.clone());
                let value = match p.subscription_id.as_deref().filter(|s| !s.trim().is_empty()) {
                    Some(s) => tr!(STEP_ANSWERS_PRODUCT_SUBSCRIPTION, name, s.to_owned()),
                    None => name,
                };
                (msg::STEP_ANSWERS_PRODUCT, value)
            }).collect()
        })}
        {section(flow, 4, msg::STEP_ANSWERS_CHANGE_DETAILS, go, |d, _| {
            let i = &d.input;
            let mut rows = vec![
                (msg::STEP_DETAILS_CLAIM_NAME, i.claim_name.clone()),
                (msg::STEP_DETAILS_CUSTOMER_CONTACT, contact(&i.customer_contact)),
            ];
            if i.solution_area == Some(cpor_core::roles::SolutionArea::BusinessApplications) {
                rows.push((msg::STEP_DETAILS_TECHNICAL_CONTACT, contact(&i.technical_contact.clone().unwrap_or_default())));
            }
            rows.push((msg::STEP_DETAILS_YOUR_CONTACT, contact(&i.partner_contact)));
            if let (Some(r), true) = (&i.revenue, i.partner_role.is_some_and(cpor_core::roles::PartnerRole::needs_revenue_details)) {
                rows.push((msg::STEP_ANSWERS_SELLER, r.solution_seller.clone()));
                rows.push((msg::STEP_DETAILS_CUSTOMER_NAME, r.customer_name.clone()));
                rows.push((msg::STEP_ANSWERS_ISV, r.isv_product.clone()));
            }
            rows
        })}
        {section(flow, 5, msg::STEP_ANSWERS_CHANGE_EVIDENCE, go, |d, _| {
            let mut rows: Vec<(Msg<0>, String)> = d
                .files
                .iter()
                .map(|file| (msg::STEP_ANSWERS_FILE, tr!(STEP_ANSWERS_FILE_SIZE, file.name.clone(), human_size(file.bytes))))
                .collect();
            rows.push((msg::STEP_ANSWERS_COMMENT, d.input.comment.clone()));
            rows
        })}
        <MessageBar intent=Intent::Info title=tr!(STEP_ANSWERS_BEFORE)>
            <p>{tr!(STEP_ANSWERS_BEFORE_NOTIFIED)}</p>
            <p>{tr!(STEP_ANSWERS_BEFORE_REVIEW)}</p>
        </MessageBar>
    }
}
