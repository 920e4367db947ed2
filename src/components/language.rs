//! The standalone page's language picker (a host page passes its user's
//! language as the `locale` mount option, or calls `setLocale`). Each
//! language is named in itself; the pseudo-locale is there for finding
//! clipped or untranslated text.

use leptos::prelude::*;

use crate::i18n;

/// The picker; changing it rewords every mount of the page, keeping what
/// was typed.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let id = crate::host::Ids::here().id("language");
    let label = id.clone();
    view! {
        <div class="cpor-language-bar">
            <label class="cpor-demo-label" for=label>{move || {
                i18n::track();
                cpor_i18n::tr!(APP_LANGUAGE)
            }}</label>
            <select class="cpor-select" id=id on:change:target=move |ev| i18n::set(&ev.target().value())>
                {i18n::choices()
                    .into_iter()
                    .map(|(tag, name)| {
                        let lang = tag;
                        view! {
                            <option value=tag lang=lang selected=move || i18n::language() == tag>
                                {name}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
