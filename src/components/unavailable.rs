//! "We couldn't load … right now" with Retry: what every page shows when
//! the service can't answer. Never worded as the partner's mistake.

use cpor_i18n::tr;
use leptos::prelude::*;

use super::icon::{icon, Icon};

/// The notice; `alert` announces it at once (when it replaces the page).
#[component]
pub fn Unavailable(
    /// What couldn't be done, and that it isn't the partner's fault.
    #[prop(into)]
    message: String,
    /// Tries again.
    on_retry: Callback<()>,
    /// Whether it is announced as an alert.
    #[prop(optional)]
    alert: bool,
) -> impl IntoView {
    view! {
        <div class="cpor-bar cpor-bar--warning cpor-unavailable" role=alert.then_some("alert")>
            {icon(Icon::WARNING)}
            <div class="cpor-bar-body">
                <p>{message}</p>
            </div>
            <button type="button" class="cpor-button cpor-button--secondary" on:click=move |_| { on_retry.try_run(()); }>
                {icon(Icon::RETRY)}
                {tr!(COMPONENT_RETRY)}
            </button>
        </div>
    }
}
