//! The error summary above the step heading: takes focus when the partner
//! tries to go on with problems, and links to each answer with exactly the
//! words shown inline.

use cpor_i18n::tr;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::icon::{icon, Icon};
use crate::host::Ids;
use crate::state::form::FieldMessage;

/// Focuses a control by id (links in the summary use this rather than the
/// fragment jump, which scrolls without focusing and changes the URL).
/// Returns whether the control was found.
pub fn focus_control(id: &str) -> bool {
    match document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        Some(el) => {
            crate::host::focus_into_view(&el);
            true
        }
        None => false,
    }
}

/// The summary; renders nothing while `problems` is empty.
#[component]
pub fn ErrorSummary(
    /// The problems to list, in page order.
    #[prop(into)]
    problems: Signal<Vec<FieldMessage>>,
    /// The summary's element, for the page to focus.
    node_ref: NodeRef<leptos::html::Div>,
    /// Called with an answer's path when its link is followed and the
    /// answer is not on this page (the page goes to its step).
    #[prop(optional)]
    on_elsewhere: Option<Callback<String>>,
) -> impl IntoView {
    let ids = Ids::here();
    let title_id = ids.id("error-summary-title");
    let labelled_by = title_id.clone();
    view! {
        <div
            class="cpor-error-summary"
            class:cpor-hidden=move || problems.with(Vec::is_empty)
            tabindex="-1"
            role="alert"
            aria-labelledby=labelled_by
            node_ref=node_ref
        >
            <Show when=move || !problems.with(Vec::is_empty)>
                <h2 class="cpor-error-summary-title" id=title_id.clone()>
                    {icon(Icon::ERROR)}
                    {tr!(COMPONENT_ERROR_SUMMARY_TITLE)}
                </h2>
                <ul class="cpor-error-summary-list">
                    {move || problems.get().into_iter().map(|m| {
                        let id = ids.field(&m.path);
                        let href = format!("#{id}");
                        let path = m.path.clone();
                        view! {
                            <li>
                                <a href=href on:click=move |ev| {
                                    ev.prevent_default();
                                    if !focus_control(&id) {
                                        if let Some(go) = on_elsewhere {
                                            go.try_run(path.clone());
                                        }
                                    }
                                }>
                                    {m.message}
                                </a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </Show>
        </div>
    }
}
