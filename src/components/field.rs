//! A labelled text field with its hint, its error message (message, fix and,
//! where the partner cannot fix it, a support link) and the ARIA wiring
//! between them.

use cpor_core::SUPPORT_URL;
use cpor_i18n::{tr, Msg};
use leptos::prelude::*;

use super::icon::{icon, Icon};
use crate::state::form::FieldMessage;

thread_local! {
    static BUTTON_PRESSED_AT: std::cell::Cell<f64> = const { std::cell::Cell::new(f64::NEG_INFINITY) };
}

/// Notes a pointer press on a button (the app's root listens for them).
pub fn note_button_press(ev: &web_sys::MouseEvent) {
    use wasm_bindgen::JsCast;
    let on_button = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("button").ok().flatten())
        .is_some();
    if on_button {
        BUTTON_PRESSED_AT.with(|t| t.set(js_sys::Date::now()));
    }
}

/// The press is over (the root listens for `mouseup`).
pub fn note_button_release() {
    BUTTON_PRESSED_AT.with(|t| t.set(f64::NEG_INFINITY));
}

/// Whether focus is leaving because a button is being pressed with the
/// pointer (a Tab to a button still judges the field).
fn moving_to_button(ev: &web_sys::FocusEvent) -> bool {
    use wasm_bindgen::JsCast;
    let to_button = ev
        .related_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| e.tag_name() == "BUTTON");
    to_button && BUTTON_PRESSED_AT.with(|t| js_sys::Date::now() - t.get() < 500.0)
}

/// A field's label or hint, worded when the view is built: a catalogue
/// message, a text worded already, or none (an empty hint).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldText(String);

impl FieldText {
    /// Whether there is no text.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<Msg<0>> for FieldText {
    fn from(m: Msg<0>) -> Self {
        Self(cpor_i18n::t(m, []))
    }
}

impl From<Option<Msg<0>>> for FieldText {
    fn from(m: Option<Msg<0>>) -> Self {
        m.map(Self::from).unwrap_or_default()
    }
}

impl From<String> for FieldText {
    fn from(s: String) -> Self {
        Self(s)
    }
}

impl From<FieldText> for String {
    fn from(t: FieldText) -> Self {
        t.0
    }
}

/// The error block of a field: the specific sentence, then the fix.
#[component]
pub fn ErrorMessage(
    /// The element id, referenced by the control's `aria-describedby`.
    id: String,
    /// The message to show.
    message: FieldMessage,
) -> impl IntoView {
    let fix = (!message.fix.is_empty()).then(|| view! { <p class="cpor-error-fix">{message.fix}</p> });
    view! {
        <div class="cpor-error-message" id=id>
            <p class="cpor-error-text">
                {icon(Icon::ERROR)}
                <span class="cpor-visually-hidden">{tr!(COMPONENT_FIELD_ERROR)}" "</span>
                {message.message}
            </p>
            {fix}
            {message.support.then(|| view! {
                <p class="cpor-error-fix">
                    <a href=SUPPORT_URL target="_blank" rel="noopener noreferrer">
                        {tr!(COMPONENT_FIELD_SUPPORT)}
                    </a>
                </p>
            })}
        </div>
    }
}

/// A single-line text input with label, hint and error.
#[component]
pub fn TextField(
    /// The control's element id.
    id: String,
    /// The visible label.
    #[prop(into)]
    label: FieldText,
    /// A hint under the label (none when empty).
    #[prop(optional, into)]
    hint: FieldText,
    /// The value as typed.
    #[prop(into)]
    value: Signal<String>,
    /// The error shown, if any.
    #[prop(into)]
    error: Signal<Option<FieldMessage>>,
    /// Called with the new value on every keystroke.
    on_input: Callback<String>,
    /// Called when the control loses focus.
    on_blur: Callback<()>,
    /// The `autocomplete` attribute.
    #[prop(default = "off")]
    autocomplete: &'static str,
    /// The `inputmode` attribute.
    #[prop(default = "text")]
    inputmode: &'static str,
    /// The input's `type`.
    #[prop(default = "text")]
    input_type: &'static str,
    /// Whether the answer may be left empty (said in the label).
    #[prop(optional)]
    optional: bool,
    /// Content under the input (status lines and the like).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let has_hint = !hint.is_empty();
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.as_str());
            }
            if error.with(Option::is_some) {
                ids.push(error_id.as_str());
            }
            ids.join(" ")
        }
    };
    let has_error = move || error.with(Option::is_some);
    view! {
        <div class="cpor-field" class:cpor-field--error=has_error>
            <label class="cpor-label" for=id.clone()>
                {String::from(label)}
                {optional.then(|| view! { <span class="cpor-optional">" "{tr!(COMPONENT_FIELD_OPTIONAL)}</span> })}
            </label>
            {has_hint.then(|| view! { <p class="cpor-hint" id=hint_id>{String::from(hint)}</p> })}
            {move || error.get().map(|m| view! { <ErrorMessage id=error_id.clone() message=m/> })}
            <input
                class="cpor-input"
                id=id.clone()
                name=id
                type=input_type
                spellcheck="false"
                autocapitalize="off"
                autocomplete=autocomplete
                inputmode=inputmode
                aria-describedby=described_by
                aria-invalid=move || if has_error() { "true" } else { "false" }
                prop:value=move || value.get()
                on:input:target=move |ev| {
                    on_input.try_run(ev.target().value());
                }
                on:blur=move |ev: web_sys::FocusEvent| {
                    // Leaving for a button (Next, Back): that button judges
                    // the whole step; a message appearing here now would
                    // move the button away from under the pointer mid-click.
                    // (A field being removed from the page blurs too: then
                    // nothing of the page it belonged to runs.)
                    if !moving_to_button(&ev) {
                        on_blur.try_run(());
                    }
                }
            />
            {children.map(|c| c())}
        </div>
    }
}
