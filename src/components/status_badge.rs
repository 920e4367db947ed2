//! A claim's status as a badge (Fluent's tinted Badge): its colour and icon
//! say how it stands at a glance, its words say it for everyone.

use cpor_core::ClaimStatus;
use cpor_i18n::tr;
use leptos::prelude::*;

use super::icon::{icon, Icon};

pub use crate::state::claim_view::status_label;

fn look(status: ClaimStatus) -> (&'static str, Icon) {
    match status {
        ClaimStatus::Editing => ("cpor-badge cpor-badge--neutral", Icon::EDIT),
        ClaimStatus::Submitted | ClaimStatus::UnderReview | ClaimStatus::Disputed => {
            ("cpor-badge cpor-badge--brand", Icon::CLOCK)
        }
        ClaimStatus::PartnerActionRequired => ("cpor-badge cpor-badge--warning", Icon::WARNING),
        ClaimStatus::Approved | ClaimStatus::Eligible => ("cpor-badge cpor-badge--success", Icon::SUCCESS),
        ClaimStatus::Rejected => ("cpor-badge cpor-badge--danger", Icon::DISMISS),
        ClaimStatus::Withdrawn => ("cpor-badge cpor-badge--neutral", Icon::DISMISS),
    }
}

/// The badge; screen readers hear "Status: …".
pub fn status_badge(status: ClaimStatus) -> impl IntoView {
    let (class, glyph) = look(status);
    view! {
        <span class=format!("cpor-status {class}")>
            {icon(glyph)}
            <span class="cpor-visually-hidden">{tr!(COMPONENT_STATUS)}" "</span>
            {status_label(status)}
        </span>
    }
}

/// The "Arbitration" badge of a claim competing with another partner's.
pub fn arbitration_badge() -> impl IntoView {
    view! { <span class="cpor-badge cpor-badge--warning">{tr!(COMPONENT_ARBITRATION)}</span> }
}
