//! After "Submit claim": that the claim is with Microsoft, a link to its
//! page, what happens next with its dates, and the arbitration notice when
//! another partner holds what was claimed.

use cpor_core::api::v1::ClaimDetail;
use cpor_core::clock::REVIEW_START_BUSINESS_DAYS;
use cpor_core::exclusivity::ARBITRATION_EVIDENCE;
use cpor_i18n::tr;
use leptos::prelude::*;

use crate::components::icon::{icon, Icon};
use crate::components::message_bar::{Intent, MessageBar};
use crate::components::status_badge::status_badge;
use crate::router::{use_router, Route};

/// The confirmation.
#[component]
pub fn Confirmation(
    /// The submitted claim.
    claim: ClaimDetail,
    /// Starts another claim.
    on_new: Callback<()>,
) -> impl IntoView {
    let router = use_router();
    let s = claim.summary;
    let due = s
        .next_deadline
        .map(|d| tr!(CONFIRMATION_REVIEW_BY, REVIEW_START_BUSINESS_DAYS, d.long()))
        .unwrap_or_else(|| tr!(CONFIRMATION_REVIEW, REVIEW_START_BUSINESS_DAYS));
    let name = if s.claim_name.is_empty() { s.id.clone() } else { s.claim_name.clone() };
    let to = Route::Claim(s.id.clone());
    view! {
        <div class="cpor-confirmation" role="status">
            {icon(Icon::SUCCESS)}
            <div class="cpor-confirmation-body">
                <h2 class="cpor-confirmation-title">{tr!(CONFIRMATION_TITLE)}</h2>
                <p class="cpor-confirmation-name">{name.clone()}</p>
                <p class="cpor-confirmation-meta">
                    <span>{tr!(CONFIRMATION_CLAIM_ID)}" "<span class="cpor-mono">{s.id.clone()}</span></span>
                    <span class="cpor-confirmation-status">{status_badge(s.status)}</span>
                </p>
            </div>
        </div>
        <p class="cpor-body">
            <a class="cpor-link" href=to.href() on:click=move |ev| {
                ev.prevent_default();
                router.go(to.clone());
            }>{tr!(CONFIRMATION_GO_TO_CLAIM, name)}</a>
            // The rest of the sentence (with its own leading space where the
            // language wants one).
            {tr!(CONFIRMATION_GO_TO_CLAIM_FOR)}
        </p>
        {s.in_arbitration.then(|| view! {
            <MessageBar intent=Intent::Warning title=tr!(CONFIRMATION_ARBITRATION_TITLE)>
                <p>{cpor_core::Text::from(ARBITRATION_EVIDENCE).to_string()}</p>
                <p>{tr!(CONFIRMATION_ARBITRATION_TEXT)}</p>
            </MessageBar>
        })}
        <h2 class="cpor-subheading">{tr!(CONFIRMATION_NEXT)}</h2>
        <ol class="cpor-next-steps">
            <li>{due}</li>
            <li>{tr!(CONFIRMATION_MORE_NEEDED)}</li>
            <li>{tr!(CONFIRMATION_APPROVED)}</li>
        </ol>
        <div class="cpor-actions">
            <button type="button" class="cpor-button cpor-button--secondary" on:click=move |_| { on_new.try_run(()); }>
                {icon(Icon::ADD)}
                {tr!(CONFIRMATION_START_ANOTHER)}
            </button>
        </div>
    }
}
