//! After "Submit claim": the claim's status and what happens next, or the
//! arbitration notice when another partner holds what was claimed.

use cpor_core::api::v1::ClaimDetail;
use cpor_core::clock::REVIEW_START_BUSINESS_DAYS;
use cpor_core::exclusivity::ARBITRATION_EVIDENCE;
use leptos::prelude::*;

/// The confirmation.
#[component]
pub fn Confirmation(
    /// The submitted claim.
    claim: ClaimDetail,
    /// Starts another claim.
    on_new: Callback<()>,
) -> impl IntoView {
    let s = claim.summary;
    let due = s
        .next_deadline
        .map(|d| {
            format!("Microsoft starts reviewing it within {REVIEW_START_BUSINESS_DAYS} business days, by {}.", d.long())
        })
        .unwrap_or_else(|| format!("Microsoft starts reviewing it within {REVIEW_START_BUSINESS_DAYS} business days."));
    let name = if s.claim_name.is_empty() { s.id.clone() } else { s.claim_name.clone() };
    view! {
        <div class="cpor-confirmation" role="status">
            <h2 class="cpor-confirmation-title">"Your claim was sent to Microsoft"</h2>
            <p>{format!("{name} \u{00B7} {}", s.id)}</p>
            <p class="cpor-confirmation-status">{format!("Status: {}", s.status.label())}</p>
        </div>
        <h2 class="cpor-subheading">"What happens next"</h2>
        <ol class="cpor-next-steps">
            <li>{due}</li>
            <li>"If reviewers need more, the claim becomes Partner action required and they ask in its comments: you then have 5 business days to answer."</li>
            <li>"Once it's approved, the customer is notified and can decline within 7 days; then the claim becomes eligible."</li>
        </ol>
        {s.in_arbitration.then(|| view! {
            <div class="cpor-warning" role="note">
                <p class="cpor-warning-title">"This claim is in arbitration"</p>
                <p>{ARBITRATION_EVIDENCE}</p>
                <p>"It may stay Under review longer than 5 business days while Microsoft hears both partners; you'll be told in the claim's comments."</p>
            </div>
        })}
        <div class="cpor-actions">
            <button type="button" class="cpor-button cpor-button--primary" on:click=move |_| on_new.run(())>
                "Start another claim"
            </button>
        </div>
    }
}
