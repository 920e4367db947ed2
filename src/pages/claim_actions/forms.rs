//! The forms under a claim's action buttons: edit (`edit`), and the note
//! with perhaps more proof of resubmit, dispute and withdraw. They are a
//! part of the module of their own (`crate::parts`), downloaded once the
//! claim's page is on screen (or when a button opens one first), so a
//! claim's page opens without the claim flow's fields and uploads.

use cpor_core::api::v1::PoeFile;
use cpor_core::ErrorCode;
use cpor_i18n::tr;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::edit::EditPanel;
use super::requests::{after_stale, is_stale, refused, send_action, stale_notice, NOTE_PATH};
use super::{Forms, Panel};
use crate::components::field::ErrorMessage;
use crate::components::message_bar::{Intent, MessageBar};
use crate::components::note::note_message;
use crate::components::poe_upload::{ClaimIdSource, PoeUpload};
use crate::host::Ids;
use crate::state::form::FieldMessage;
use crate::storage;

/// A labelled text area with its message, kept on this device under `kept`.
fn note_field(
    ids: Ids,
    noun: cpor_core::text::Noun,
    label: String,
    hint: String,
    value: RwSignal<String>,
    kept: String,
    errors: RwSignal<Vec<FieldMessage>>,
) -> impl IntoView {
    let id = ids.field(NOTE_PATH);
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    let error = Signal::derive(move || errors.with(|e| e.iter().find(|m| m.path == NOTE_PATH).cloned()));
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || if error.with(Option::is_some) { format!("{hint_id} {error_id}") } else { hint_id.clone() }
    };
    view! {
        <div class="cpor-field" class:cpor-field--error=move || error.with(Option::is_some)>
            <label class="cpor-label" for=id.clone()>{label}</label>
            <p class="cpor-hint" id=hint_id>{hint}</p>
            {move || error.get().map(|m| view! { <ErrorMessage id=error_id.clone() message=m/> })}
            <textarea
                class="cpor-input cpor-textarea"
                id=id
                rows="4"
                maxlength="4000"
                aria-describedby=described
                aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                prop:value=move || value.get()
                on:input:target=move |ev| {
                    let text = ev.target().value();
                    storage::keep_text(&kept, &text);
                    errors.update(|e| {
                        e.retain(|m| m.path != NOTE_PATH);
                        e.extend(note_message(NOTE_PATH, &text, noun));
                    });
                    value.set(text);
                }
            ></textarea>
        </div>
    }
}

/// The form of `panel`, open under the action buttons.
pub fn form(forms: Forms, panel: Panel) -> AnyView {
    let Forms { ids, claim, etag, reload, open, errors, busy, stale, uploading, .. } = forms;
    // Resubmit, dispute and withdraw: one POST with the ETag and a note.
    let act = move |ev: web_sys::SubmitEvent, panel: Panel| {
        let Forms { busy, uploading, claim, stale, etag, reload, open, .. } = forms;
        ev.prevent_default();
        if busy.get_untracked() || uploading.get_untracked() > 0 {
            return;
        }
        let note = forms.note_of(panel);
        let text = note.get_untracked();
        if panel == Panel::Withdraw && text.trim().is_empty() {
            let message = tr!(CLAIM_ACTION_WITHDRAW_REASON_NEEDED);
            forms.show(vec![FieldMessage::at(NOTE_PATH, ErrorCode::ReasonRequired, message)]);
            return;
        }
        if let Some(refused) = note_message(NOTE_PATH, &text, panel.noun()) {
            forms.show(vec![refused]);
            return;
        }
        let Some(seen) = claim.get_untracked() else { return };
        busy.set(true);
        stale.set(None);
        let kept = forms.kept_key(panel);
        spawn_local(async move {
            let claim_id = seen.summary.id.clone();
            let tag = etag.try_get_untracked().flatten().unwrap_or_default();
            let mut result = send_action(panel, &claim_id, &text, &tag).await;
            if is_stale(&result) {
                match after_stale(&claim_id, &seen).await {
                    Ok(fresh) => result = send_action(panel, &claim_id, &text, &fresh).await,
                    Err((changed, fresh)) => {
                        busy.try_set(false);
                        if fresh.is_some() {
                            etag.try_set(fresh);
                        }
                        stale.try_set(Some(stale_notice(changed)));
                        reload.try_run(());
                        return;
                    }
                }
            }
            busy.try_set(false);
            match result {
                Ok(_) => {
                    storage::keep_text(&kept, "");
                    open.try_set(None);
                    note.try_set(String::new());
                    reload.try_run(());
                }
                Err(e) => forms.show(refused(e, NOTE_PATH)),
            }
        });
    };

    // Adding proof of execution (resubmit, dispute).
    let claim_source: ClaimIdSource = Callback::new(move |()| {
        let claim_id = forms.id();
        Box::pin(async move { Some(claim_id) }) as _
    });
    let on_uploaded = Callback::new(move |_: PoeFile| {
        reload.try_run(());
    });
    let file_count = Signal::derive(move || claim.with(|c| c.as_ref().map_or(0, |c| c.files.len())));
    let add_proof = move || {
        let hint = ids.id("more-proof-hint");
        view! {
            <div class="cpor-field">
                <h3 class="cpor-label">{tr!(CLAIM_ACTION_ADD_PROOF)}</h3>
                <p class="cpor-hint" id=hint.clone()>{tr!(CLAIM_ACTION_ADD_PROOF_HINT)}</p>
                <PoeUpload
                    path="more_proof"
                    described_by=hint
                    file_count=file_count
                    claim_id=claim_source
                    on_uploaded=on_uploaded
                    busy=uploading
                />
            </div>
        }
    };

    let stale_bar = move || {
        stale.get().map(|text| {
            view! {
                <MessageBar intent=Intent::Warning title=tr!(CLAIM_ACTION_STALE_TITLE) role="alert">
                    <p>{text}</p>
                </MessageBar>
            }
        })
    };

    let Some(c) = claim.get_untracked() else { return ().into_any() };
    let deadline = c.summary.next_deadline.map(|d| d.long()).unwrap_or_default();
    match panel {
        Panel::Edit => view! {
            <EditPanel
                claim=c
                etag=etag
                file_count=file_count
                reload=reload
                on_close=Callback::new(move |()| open.set(None))
            />
        }
        .into_any(),
        _ => {
            // Resubmit, dispute and withdraw: a text, perhaps more proof, one button.
            let (heading, intro, label, hint, button, class) = match panel {
                Panel::Resubmit => (
                    tr!(CLAIM_ACTION_RESUBMIT_HEADING, deadline),
                    tr!(CLAIM_ACTION_RESUBMIT_INTRO),
                    tr!(CLAIM_ACTION_RESUBMIT_LABEL),
                    tr!(CLAIM_ACTION_RESUBMIT_HINT),
                    tr!(CLAIM_ACTION_RESUBMIT_BUTTON),
                    "cpor-button cpor-button--primary",
                ),
                Panel::Dispute => (
                    tr!(CLAIM_ACTION_DISPUTE_HEADING, deadline),
                    match c.rejection {
                        Some(r) => tr!(CLAIM_ACTION_DISPUTE_INTRO_REASON, r.label()),
                        None => tr!(CLAIM_ACTION_DISPUTE_INTRO),
                    },
                    tr!(CLAIM_ACTION_DISPUTE_LABEL),
                    tr!(CLAIM_ACTION_DISPUTE_HINT),
                    tr!(CLAIM_ACTION_DISPUTE_BUTTON),
                    "cpor-button cpor-button--primary",
                ),
                _ => (
                    tr!(CLAIM_ACTION_WITHDRAW_HEADING),
                    tr!(CLAIM_ACTION_WITHDRAW_INTRO),
                    tr!(CLAIM_ACTION_WITHDRAW_LABEL),
                    tr!(CLAIM_ACTION_WITHDRAW_HINT),
                    tr!(CLAIM_ACTION_WITHDRAW_BUTTON),
                    "cpor-button cpor-button--danger",
                ),
            };
            view! {
                    <form class="cpor-panel" on:submit=move |ev| act(ev, panel) novalidate>
                        <h2 class="cpor-card-title">{heading}</h2>
                        {(!intro.is_empty()).then(|| view! { <p class="cpor-body">{intro}</p> })}
                        {note_field(ids, panel.noun(), label, hint, forms.note_of(panel), forms.kept_key(panel), errors)}
                        {(panel != Panel::Withdraw).then(add_proof)}
                        {stale_bar}
                        <div class="cpor-actions">
                            <button type="submit" class=class aria-disabled=move || busy.get().to_string()>
                                {button}
                            </button>
                            <button type="button" class="cpor-button cpor-button--secondary" on:click=move |_| open.set(None)>
                                {tr!(CLAIM_ACTION_CANCEL)}
                            </button>
                        </div>
                    </form>
                }
                .into_any()
        }
    }
}
