//! Notes (a comment, a reason, a reviewer's request) checked as they are
//! typed by the text rule of `cpor-core`: the refusal the server would give
//! (a hidden direction control, an invisible character, too long) is shown
//! at once, and nothing refused is sent.

use cpor_core::text::{note, Noun};
use leptos::prelude::*;

use super::field::ErrorMessage;
use crate::state::form::FieldMessage;

/// The text rule's refusal of `text` as the note called `noun`, at `path`;
/// `None` when it may be sent (empty included: whether a note is required
/// is the form's to say).
pub fn note_message(path: &str, text: &str, noun: Noun) -> Option<FieldMessage> {
    note(text, noun).err().map(|e| FieldMessage::at(path, e.code(), e.to_string()))
}

/// A labelled text area for a note, its refusal shown under the label as
/// the user types.
#[component]
pub fn NoteArea(
    /// The text area's element id.
    id: String,
    /// Its label.
    #[prop(into)]
    label: String,
    /// What the note is called in messages (`cpor_core::text::nouns`).
    noun: Noun,
    /// The text.
    value: RwSignal<String>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let error = Memo::new(move |_| value.with(|t| note_message("note", t, noun)));
    let described = {
        let error_id = error_id.clone();
        move || error.with(|e| e.as_ref().map(|_| error_id.clone()))
    };
    view! {
        <div class="cpor-field" class:cpor-field--error=move || error.with(Option::is_some)>
            <label class="cpor-label" for=id.clone()>{label}</label>
            {move || error.get().map(|m| view! { <ErrorMessage id=error_id.clone() message=m/> })}
            <textarea
                class="cpor-input cpor-textarea"
                id=id
                maxlength="4000"
                aria-describedby=described
                aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                prop:value=move || value.get()
                on:input:target=move |ev| value.set(ev.target().value())
            ></textarea>
        </div>
    }
}
