//! What a partner can do from a claim's page, each offered only when the
//! server says the lifecycle rules allow it today (`ClaimDetail::offers`):
//! carry on with a draft; edit the answers still open (`edit`); resubmit
//! after an information request; dispute a rejection; withdraw with a
//! reason; reclaim a subscription that expired and was renewed.
//!
//! Every change is sent over the version the partner saw (`If-Match`).
//! When someone else changed the claim meanwhile (412), the page says what
//! changed, shows the claim as it now is, and keeps what the partner typed
//! for them to send again; only a change that is the partner's own proof
//! being added (which also moves the version) is sent over without asking.

mod edit;
mod requests;

use cpor_core::api::v1::{ClaimDetail, PoeFile};
use cpor_core::lifecycle::PartnerOffer;
use cpor_core::text::nouns;
use cpor_core::ErrorCode;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::components::error_summary::ErrorSummary;
use crate::components::field::ErrorMessage;
use crate::components::icon::{icon, Icon};
use crate::components::message_bar::{Intent, MessageBar};
use crate::components::note::note_message;
use crate::components::poe_upload::{ClaimIdSource, PoeUpload};
use crate::host::Ids;
use crate::state::form::FieldMessage;
use crate::storage;

use edit::EditPanel;
use requests::{after_stale, is_stale, refused, send_action, stale_notice, NOTE_PATH};

/// The form open under the action buttons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Panel {
    Edit,
    Resubmit,
    Dispute,
    Withdraw,
}

impl Panel {
    /// What the panel's note is called in messages.
    fn noun(self) -> &'static str {
        match self {
            Self::Resubmit => nouns::ANSWER,
            Self::Dispute | Self::Edit => nouns::JUSTIFICATION,
            Self::Withdraw => nouns::WITHDRAW_REASON,
        }
    }

    fn key(self) -> &'static str {
        match self {
            Self::Edit => "edit",
            Self::Resubmit => "resubmit",
            Self::Dispute => "dispute",
            Self::Withdraw => "withdraw",
        }
    }
}

/// A labelled text area with its message, kept on this device under `kept`.
fn note_field(
    ids: Ids,
    noun: &'static str,
    label: &'static str,
    hint: &'static str,
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

/// Focuses the error summary once it is drawn.
fn focus(summary: NodeRef<leptos::html::Div>) {
    request_animation_frame(move || {
        if let Some(el) = summary.try_get_untracked().flatten() {
            let _ = el.focus();
        }
    });
}

/// The buttons and forms of the actions the claim offers.
#[component]
pub fn ClaimActions(
    /// The claim as loaded.
    #[prop(into)]
    claim: Signal<Option<ClaimDetail>>,
    /// Its ETag, for If-Match.
    etag: RwSignal<Option<String>>,
    /// Loads the claim again (after a change).
    reload: Callback<()>,
    /// Opens a draft in the claim flow.
    on_resume: Callback<String>,
) -> impl IntoView {
    let ids = Ids::here();
    let open = RwSignal::new(None::<Panel>);
    let errors = RwSignal::new(Vec::<FieldMessage>::new());
    let busy = RwSignal::new(false);
    let stale = RwSignal::new(None::<String>);
    let summary = NodeRef::<leptos::html::Div>::new();
    let id = move || claim.with_untracked(|c| c.as_ref().map(|c| c.summary.id.clone()).unwrap_or_default());
    // Each form keeps its own text while the partner moves between them, and
    // on this device until it is sent.
    let kept_key = move |panel: Panel| storage::text_key(ids.slot(), &id(), panel.key());
    let notes = [RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(String::new())];
    let note_of = move |panel: Panel| match panel {
        Panel::Resubmit => notes[0],
        Panel::Dispute => notes[1],
        Panel::Withdraw | Panel::Edit => notes[2],
    };
    let uploading = RwSignal::new(0u32);
    let offers = move || claim.with(|c| c.as_ref().map(|c| c.offers.clone()).unwrap_or_default());

    let toggle = move |panel: Panel| {
        errors.set(Vec::new());
        stale.set(None);
        if panel != Panel::Edit && note_of(panel).get_untracked().is_empty() {
            note_of(panel).set(storage::kept_text(&kept_key(panel)));
        }
        open.update(|o| *o = if *o == Some(panel) { None } else { Some(panel) });
    };
    let show = move |problems: Vec<FieldMessage>| {
        errors.try_set(problems);
        focus(summary);
    };

    // Resubmit, dispute and withdraw: one POST with the ETag and a note.
    let act = move |ev: web_sys::SubmitEvent, panel: Panel| {
        ev.prevent_default();
        if busy.get_untracked() || uploading.get_untracked() > 0 {
            return;
        }
        let note = note_of(panel);
        let text = note.get_untracked();
        if panel == Panel::Withdraw && text.trim().is_empty() {
            let message = "Say why you're withdrawing this claim.";
            show(vec![FieldMessage::at(NOTE_PATH, ErrorCode::ReasonRequired, message)]);
            return;
        }
        if let Some(refused) = note_message(NOTE_PATH, &text, panel.noun()) {
            show(vec![refused]);
            return;
        }
        let Some(seen) = claim.get_untracked() else { return };
        busy.set(true);
        stale.set(None);
        let kept = kept_key(panel);
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
                Err(e) => show(refused(e, NOTE_PATH)),
            }
        });
    };

    let reclaim = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let claim_id = id();
        spawn_local(async move {
            let path = format!("/api/claims/{claim_id}/reclaim");
            let result = api::post_once::<(), ClaimDetail>(&path, None, &api::new_key()).await;
            busy.try_set(false);
            match result {
                Ok(draft) => {
                    on_resume.try_run(draft.body.summary.id);
                }
                Err(e) => show(refused(e, "reclaim")),
            }
        });
    };

    // Adding proof of execution (resubmit, dispute).
    let claim_source: ClaimIdSource = Callback::new(move |()| {
        let claim_id = id();
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
                <h3 class="cpor-label">"Add proof of execution"</h3>
                <p class="cpor-hint" id=hint.clone()>
                    "Files you add here go to the reviewers with the claim's other proof."
                </p>
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

    let button = move |offer: PartnerOffer| {
        let (label, panel, class) = match offer {
            PartnerOffer::ContinueDraft => ("Continue this draft", None, "cpor-button cpor-button--primary"),
            PartnerOffer::Edit => ("Edit claim", Some(Panel::Edit), "cpor-button cpor-button--secondary"),
            PartnerOffer::Resubmit => {
                ("Answer and resubmit", Some(Panel::Resubmit), "cpor-button cpor-button--primary")
            }
            PartnerOffer::Dispute => ("Dispute the decision", Some(Panel::Dispute), "cpor-button cpor-button--primary"),
            PartnerOffer::Withdraw => ("Withdraw", Some(Panel::Withdraw), "cpor-button cpor-button--danger-outline"),
            PartnerOffer::Reclaim => ("Reclaim with the new subscription", None, "cpor-button cpor-button--primary"),
        };
        match (offer, panel) {
            (PartnerOffer::ContinueDraft, _) => view! {
                <button type="button" class=class on:click=move |_| { on_resume.try_run(id()); }>
                    {icon(Icon::Edit)}
                    {label}
                </button>
            }
            .into_any(),
            (_, Some(panel)) => view! {
                <button
                    type="button"
                    class=class
                    aria-expanded=move || if open.get() == Some(panel) { "true" } else { "false" }
                    on:click=move |_| toggle(panel)
                >
                    {label}
                </button>
            }
            .into_any(),
            _ => view! {
                <button type="button" class=class id=ids.id("reclaim") on:click=reclaim>
                    {label}
                </button>
            }
            .into_any(),
        }
    };

    let stale_bar = move || {
        stale.get().map(|text| {
            view! {
                <MessageBar intent=Intent::Warning title="This claim changed" role="alert">
                    <p>{text}</p>
                </MessageBar>
            }
        })
    };

    let panel = move || {
        let panel = open.get()?;
        let c = claim.get_untracked()?;
        let deadline = c.summary.next_deadline.map(|d| d.long()).unwrap_or_default();
        Some(match panel {
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
                        format!("Answer the request and resubmit by {deadline}"),
                        "Change what the reviewer asked for with \u{201C}Edit claim\u{201D}, add proof below, then \
                         resubmit. Without an answer by the deadline the claim is rejected."
                            .to_owned(),
                        "Your answer to the reviewer (optional)",
                        "It's added to the comments.",
                        "Resubmit claim",
                        "cpor-button cpor-button--primary",
                    ),
                    Panel::Dispute => (
                        format!("Dispute the decision by {deadline}"),
                        format!(
                            "{}Explain why the decision should change, add updated proof of execution, or both. \
                             A reviewer answers within 5 business days.",
                            c.rejection.map(|r| format!("The claim was rejected: {}. ", r.label())).unwrap_or_default()
                        ),
                        "Business justification",
                        "What the reviewer should look at again. You can leave it empty if you add updated proof below.",
                        "Send dispute",
                        "cpor-button cpor-button--primary",
                    ),
                    _ => (
                        "Withdraw this claim".to_owned(),
                        "The claim stops holding its products for this customer, and this can't be undone: to \
                         associate the customer again you make a new claim."
                            .to_owned(),
                        "Why are you withdrawing this claim?",
                        "The reviewers and your colleagues see this reason.",
                        "Withdraw claim",
                        "cpor-button cpor-button--danger",
                    ),
                };
                view! {
                    <form class="cpor-panel" on:submit=move |ev| act(ev, panel) novalidate>
                        <h2 class="cpor-card-title">{heading}</h2>
                        {(!intro.is_empty()).then(|| view! { <p class="cpor-body">{intro}</p> })}
                        {note_field(ids, panel.noun(), label, hint, note_of(panel), kept_key(panel), errors)}
                        {(panel != Panel::Withdraw).then(add_proof)}
                        {stale_bar}
                        <div class="cpor-actions">
                            <button type="submit" class=class aria-disabled=move || busy.get().to_string()>
                                {button}
                            </button>
                            <button type="button" class="cpor-button cpor-button--secondary" on:click=move |_| open.set(None)>
                                "Cancel"
                            </button>
                        </div>
                    </form>
                }
                .into_any()
            }
        })
    };

    view! {
        <ErrorSummary problems=errors node_ref=summary/>
        <Show when=move || !offers().is_empty()>
            <div class="cpor-actions cpor-claim-actions" role="group" aria-label="Actions">
                {move || offers().into_iter().map(button).collect_view()}
            </div>
        </Show>
        {panel}
    }
}
