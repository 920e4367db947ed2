//! "Step n of 6": the step bar, in text first (the words screen readers
//! hear), with a visual track beside it: each step's number, or a tick once
//! done, and its name where the mount is wide enough.

use cpor_i18n::{msg, tr, Msg};
use leptos::prelude::*;

use super::icon::{icon, Icon};

/// The names of the six steps of a new claim.
pub const STEPS: [Msg<0>; 6] = [
    msg::STEP_CUSTOMER_TITLE,
    msg::STEP_ROLE_TITLE,
    msg::STEP_PRODUCTS_TITLE,
    msg::STEP_DETAILS_TITLE,
    msg::STEP_EVIDENCE_TITLE,
    msg::STEP_ANSWERS_TITLE,
];

/// The name of step `n` (1-based), in the current language.
pub fn step_name(n: usize) -> String {
    cpor_i18n::t(STEPS[n.clamp(1, STEPS.len()) - 1], [])
}

/// The step bar for step `current` (1-based).
#[component]
pub fn Stepper(
    /// The current step, 1-based.
    #[prop(into)]
    current: Signal<usize>,
) -> impl IntoView {
    view! {
        <div class="cpor-stepper">
            <p class="cpor-stepper-text">{move || tr!(COMPONENT_STEPPER, current.get(), STEPS.len())}</p>
            <ol class="cpor-stepper-track" aria-hidden="true">
                {STEPS.iter().enumerate().map(|(i, &name)| {
                    let n = i + 1;
                    view! {
                        <li
                            class="cpor-stepper-segment"
                            class:cpor-stepper-segment--done=move || n < current.get()
                            class:cpor-stepper-segment--current=move || n == current.get()
                        >
                            <span class="cpor-stepper-dot">
                                <span class="cpor-stepper-number">{n}</span>
                                {icon(Icon::SUCCESS)}
                            </span>
                            <span class="cpor-stepper-label">{cpor_i18n::t(name, [])}</span>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </div>
    }
}
