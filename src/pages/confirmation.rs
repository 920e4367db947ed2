//! After "Submit claim": that the claim is with Microsoft, a link to its
//! page, what happens next with its dates, and the arbitration notice when
//! another partner holds what was claimed.

use cpor_core::api::v1::ClaimDetail;
use cpor_core::clock::REVIEW_START_BUSINESS_DAYS;
use cpor_core::exclusivity::ARBITRATION_EVIDENCE;
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
        .map(|d| {
            format!("Microsoft starts reviewing it within {REVIEW_START_BUSINESS_DAYS} business days, by {}.", d.long())
        })
        .unwrap_or_else(|| format!("Microsoft starts reviewing it within {REVIEW_START_BUSINESS_DAYS} business days."));
    let name = if s.claim_name.is_empty() { s.id.clone() } else { s.claim_name.clone() };
    let to = Route::Claim(s.id.clone());
    view! {
        <div class="cpor-confirmation" role="status">
            {icon(Icon::Success)}
            <div class="cpor-confirmation-body">
                <h2 class="cpor-confirmation-title">"Your claim was sent to Microsoft"</h2>
                <p class="cpor-confirmation-name">{name.clone()}</p>
                <p class="cpor-confirmation-meta">
                    <span>"Claim ID "<span class="cpor-mono">{s.id.clone()}</span></span>
                    <span class="cpor-confirmation-status">{status_badge(s.status)}</span>
                </p>
            </div>
        </div>
        <p class="cpor-body">
            <a class="cpor-link" href=to.href() on:click=move |ev| {
                ev.prevent_default();
                router.go(to.clone());
            }>{format!("Go to your claim \u{201C}{name}\u{201D}")}</a>
            " to follow its review, add proof or answer the reviewers."
        </p>
        {s.in_arbitration.then(|| view! {
            <MessageBar intent=Intent::Warning title="This claim is in arbitration">
                <p>{cpor_core::Text::from(ARBITRATION_EVIDENCE).to_string()}</p>
                <p>"It may stay Under review longer than 5 business days while Microsoft hears both partners; you'll be told in the claim's comments."</p>
            </MessageBar>
        })}
        <h2 class="cpor-subheading">"What happens next"</h2>
        <ol class="cpor-next-steps">
            <li>{due}</li>
            <li>"If reviewers need more, the claim becomes Partner action required and they ask in its comments: you then have 5 business days to answer."</li>
            <li>"Once it's approved, the customer is notified and can decline within 7 days; then the claim becomes eligible."</li>
        </ol>
        <div class="cpor-actions">
            <button type="button" class="cpor-button cpor-button--secondary" on:click=move |_| { on_new.try_run(()); }>
                {icon(Icon::Add)}
                "Start another claim"
            </button>
        </div>
    }
}
