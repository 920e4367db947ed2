//! "Partner program ID": the company's programs as radio cards showing name,
//! ID, country, partner type and incentive enrolment, with the warning and
//! enrolment link for a program that is not enrolled.

use cpor_core::api::v1::PartnerProgram;
use cpor_core::{Field, ENROLMENT_URL};
use cpor_i18n::tr;
use leptos::prelude::*;

use super::field::ErrorMessage;
use super::field_id;
use super::message_bar::{Intent, MessageBar};
use super::unavailable::Unavailable;
use crate::state::form::FieldMessage;

/// The picker. `programs` is `None` while loading and `Some(Err(()))` when
/// the list could not be loaded.
#[component]
pub fn ProgramPicker(
    /// The organisation's programs.
    #[prop(into)]
    programs: Signal<Option<Result<Vec<PartnerProgram>, ()>>>,
    /// The chosen program ID.
    #[prop(into)]
    selected: Signal<String>,
    /// The error shown, if any.
    #[prop(into)]
    error: Signal<Option<FieldMessage>>,
    /// Called with the chosen ID.
    on_change: Callback<String>,
    /// Called to load the list again after a failure.
    on_retry: Callback<()>,
) -> impl IntoView {
    let base_id = field_id(Field::PartnerProgramId.key());
    let group = crate::host::Ids::here().id("partner-program");
    let hint_id = format!("{base_id}-hint");
    let error_id = format!("{base_id}-error");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || match error.get() {
            Some(_) => format!("{hint_id} {error_id}"),
            None => hint_id.clone(),
        }
    };
    let chosen = move || {
        let id = selected.get();
        programs.get().and_then(Result::ok).and_then(|list| list.into_iter().find(|p| p.id.as_str() == id))
    };
    let list = move || {
        match programs.get() {
            None => view! { <p class="cpor-loading">{tr!(COMPONENT_PROGRAM_LOADING)}</p> }.into_any(),
            Some(Err(())) => view! {
                <Unavailable
                    message=tr!(COMPONENT_PROGRAM_UNAVAILABLE)
                    on_retry=on_retry
                />
            }
            .into_any(),
            Some(Ok(list)) => {
                let base_id = base_id.clone();
                list.into_iter()
                    .enumerate()
                    .map(|(i, p)| {
                        // The first radio carries the field's id so the error
                        // summary can focus it.
                        let id = if i == 0 { base_id.clone() } else { format!("{base_id}-{}", p.id) };
                        let value = p.id.to_string();
                        let checked = {
                            let value = value.clone();
                            move || selected.get() == value
                        };
                        let (badge_class, badge) = if p.enrolled {
                            ("cpor-badge cpor-badge--success", tr!(COMPONENT_PROGRAM_ENROLLED))
                        } else {
                            ("cpor-badge cpor-badge--warning", tr!(COMPONENT_PROGRAM_NOT_ENROLLED))
                        };
                        let partner_type = (!p.partner_type.trim().is_empty()).then(|| {
                            view! { <span class="cpor-badge cpor-badge--neutral">{p.partner_type.clone()}</span> }
                        });
                        view! {
                            <div class="cpor-radio">
                                <input
                                    class="cpor-radio-input"
                                    type="radio"
                                    name=group.clone()
                                    id=id.clone()
                                    value=value.clone()
                                    prop:checked=checked
                                    on:change=move |_| { on_change.try_run(value.clone()); }
                                />
                                <label class="cpor-radio-label" for=id>
                                    <span class="cpor-radio-title">{p.name.clone()}</span>
                                    <span class="cpor-radio-meta">
                                        {tr!(COMPONENT_PROGRAM_META, p.id.to_string(), p.country.clone())}
                                    </span>
                                    <span class="cpor-badges">
                                        {partner_type}
                                        <span class=badge_class>{badge}</span>
                                    </span>
                                </label>
                            </div>
                        }
                    })
                    .collect_view()
                    .into_any()
            }
        }
    };
    view! {
        <div class="cpor-field" class:cpor-field--error=move || error.with(Option::is_some)>
            <fieldset class="cpor-fieldset" aria-describedby=described_by>
                <legend class="cpor-label">{tr!(FIELD_PARTNER_PROGRAM_ID)}</legend>
                <p class="cpor-hint" id=hint_id>
                    {tr!(COMPONENT_PROGRAM_HINT)}
                </p>
                {move || error.get().map(|m| view! { <ErrorMessage id=error_id.clone() message=m/> })}
                <div class="cpor-radios">{list}</div>
            </fieldset>
            {move || chosen().filter(|p| !p.enrolled).map(|p| view! {
                <MessageBar intent=Intent::Warning title=tr!(COMPONENT_PROGRAM_NOT_ENROLLED_TITLE, p.name.clone())>
                    <p>
                        {tr!(COMPONENT_PROGRAM_NOT_ENROLLED_TEXT)}
                        " "
                        <a href=ENROLMENT_URL target="_blank" rel="noopener noreferrer">
                            {tr!(COMPONENT_PROGRAM_ENROLMENT_LINK)}
                        </a>
                    </p>
                </MessageBar>
            })}
        </div>
    }
}
