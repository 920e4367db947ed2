//! Step 6, "Check your answers": every answer with a "Change" link back to
//! its step, the note that the customer will be notified, and "Submit claim".

use crate::state::draft::Draft;
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

fn row(label: &'static str, value: String) -> impl IntoView {
    view! {
        <div class="cpor-answer">
            <dt class="cpor-answer-label">{label}</dt>
            <dd class="cpor-answer-value">{if value.trim().is_empty() { "\u{2014}".to_owned() } else { value }}</dd>
        </div>
    }
}

use crate::pages::claim::details::contact;

fn section(
    flow: Flow,
    step: usize,
    title: &'static str,
    go: Callback<usize>,
    rows: impl Fn(&Draft, &Flow) -> Vec<(&'static str, String)> + Send + Sync + 'static,
) -> impl IntoView {
    let heading_id = crate::host::Ids::here().id(&format!("answers-{step}"));
    let labelled_by = heading_id.clone();
    view! {
        <section class="cpor-answers" aria-labelledby=labelled_by>
            <div class="cpor-answers-head">
                <h2 class="cpor-subheading" id=heading_id>{title}</h2>
                <a
                    class="cpor-link"
                    href=format!("#cpor-step-{step}")
                    on:click=move |ev| {
                        ev.prevent_default();
                        go.try_run(step);
                    }
                >
                    "Change"
                    <span class="cpor-visually-hidden">{format!(" {}", title.to_lowercase())}</span>
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
            Self::Sending => "Sending your claim\u{2026}".to_owned(),
            Self::Retrying(s) => {
                format!("We couldn't reach the service. Your claim is saved; trying again in {s} seconds\u{2026}")
            }
            Self::Offline => {
                "Saved, not sent yet: you're offline. We'll send your claim as soon as you're back online.".to_owned()
            }
            Self::Failed => {
                "Saved, not sent yet: we couldn't reach the service. Nothing is lost; try again in a moment.".to_owned()
            }
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
        {section(flow, 1, "Partner and customer", go, |d, f| {
            let i = &d.input;
            let program = f.programs.get().and_then(Result::ok).unwrap_or_default()
                .into_iter()
                .find(|p| p.id.as_str() == i.partner_program_id)
                .map(|p| format!("{} ({})", p.name, p.id))
                .unwrap_or_else(|| i.partner_program_id.clone());
            vec![("Partner program ID", program), ("Customer tenant ID", i.tenant_id.clone()), ("Customer domain", i.domain.clone())]
        })}
        {section(flow, 2, "Solution area and role", go, |d, _| vec![
            ("Solution area", d.input.solution_area.map(|a| a.label().to_owned()).unwrap_or_default()),
            ("Partner role", d.input.partner_role.map(|r| r.label().to_owned()).unwrap_or_default()),
        ])}
        {section(flow, 3, "Products", go, |d, f| {
            let i = &d.input;
            let names = f.area.with(|a| a.loaded().map(|r| r.products.clone())).unwrap_or_default();
            i.products.iter().map(|p| {
                let name = names.iter().find(|n| n.product.id == p.product_id).map(|n| n.product.name.clone()).unwrap_or_else(|| p.product_id.clone());
                let value = match p.subscription_id.as_deref().filter(|s| !s.trim().is_empty()) {
                    Some(s) => format!("{name}, subscription {s}"),
                    None => name,
                };
                ("Product", value)
            }).collect()
        })}
        {section(flow, 4, "Claim details and contacts", go, |d, _| {
            let i = &d.input;
            let mut rows = vec![
                ("Claim name", i.claim_name.clone()),
                ("Customer contact", contact(&i.customer_contact)),
            ];
            if i.solution_area == Some(cpor_core::roles::SolutionArea::BusinessApplications) {
                rows.push(("Customer technical contact", contact(&i.technical_contact.clone().unwrap_or_default())));
            }
            rows.push(("Your contact", contact(&i.partner_contact)));
            if let (Some(r), true) = (&i.revenue, i.partner_role.is_some_and(cpor_core::roles::PartnerRole::needs_revenue_details)) {
                rows.push(("Dynamics solution seller", r.solution_seller.clone()));
                rows.push(("Customer name", r.customer_name.clone()));
                rows.push(("ISV product or solution", r.isv_product.clone()));
            }
            rows
        })}
        {section(flow, 5, "Proof of execution", go, |d, _| {
            let mut rows: Vec<(&'static str, String)> =
                d.files.iter().map(|file| ("File", format!("{} ({})", file.name, human_size(file.bytes)))).collect();
            rows.push(("Comment", d.input.comment.clone()));
            rows
        })}
        <MessageBar intent=Intent::Info title="Before you submit">
            <p>
                "Your customer will be notified about this association. Once Microsoft approves it, the customer contact is told and can decline it within 7 days."
            </p>
            <p>"Microsoft starts reviewing within 5 business days. If we need more from you, we'll ask in the claim's comments."</p>
        </MessageBar>
    }
}
