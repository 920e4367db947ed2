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
pub mod forms;
mod requests;

use cpor_core::api::v1::ClaimDetail;
use cpor_core::lifecycle::PartnerOffer;
use cpor_core::text::nouns;
use cpor_i18n::tr;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::components::error_summary::ErrorSummary;
use crate::components::icon::{icon, Icon};
use crate::host::Ids;
use crate::state::form::FieldMessage;
use crate::storage;

use requests::refused;

/// The form open under the action buttons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    /// Edit the answers still open.
    Edit,
    /// Answer an information request and resubmit.
    Resubmit,
    /// Dispute a rejection.
    Dispute,
    /// Withdraw with a reason.
    Withdraw,
}

impl Panel {
    /// What the panel's note is called in messages.
    fn noun(self) -> cpor_core::text::Noun {
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

/// What the action buttons and the forms under them (`forms`, a part of
/// its own) share.
#[derive(Clone, Copy)]
pub struct Forms {
    ids: Ids,
    claim: Signal<Option<ClaimDetail>>,
    etag: RwSignal<Option<String>>,
    reload: Callback<()>,
    /// The form open, if any.
    open: RwSignal<Option<Panel>>,
    errors: RwSignal<Vec<FieldMessage>>,
    busy: RwSignal<bool>,
    stale: RwSignal<Option<String>>,
    summary: NodeRef<leptos::html::Div>,
    /// Each form's text (resubmit, dispute, withdraw), kept while the
    /// partner moves between them.
    notes: [RwSignal<String>; 3],
    /// Proof of execution on its way.
    uploading: RwSignal<u32>,
}

impl Forms {
    fn id(self) -> String {
        self.claim.with_untracked(|c| c.as_ref().map(|c| c.summary.id.clone()).unwrap_or_default())
    }

    /// Where the text of `panel` is kept on this device until it is sent.
    fn kept_key(self, panel: Panel) -> String {
        storage::text_key(self.ids.slot(), &self.id(), panel.key())
    }

    fn note_of(self, panel: Panel) -> RwSignal<String> {
        match panel {
            Panel::Resubmit => self.notes[0],
            Panel::Dispute => self.notes[1],
            Panel::Withdraw | Panel::Edit => self.notes[2],
        }
    }

    /// Shows `problems` in the summary, focused.
    fn show(self, problems: Vec<FieldMessage>) {
        self.errors.try_set(problems);
        focus(self.summary);
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
    let forms = Forms {
        ids,
        claim,
        etag,
        reload,
        open,
        errors,
        busy,
        stale,
        summary,
        notes: [RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(String::new())],
        uploading: RwSignal::new(0u32),
    };
    let offers = move || claim.with(|c| c.as_ref().map(|c| c.offers.clone()).unwrap_or_default());
    // The forms come in a part of their own: asked for as soon as the claim
    // offers an action, so one is here before its button is pressed.
    Effect::new(move |asked: Option<bool>| {
        if asked == Some(true) {
            return true;
        }
        let offered = claim.with(|c| c.as_ref().is_some_and(|c| !c.offers.is_empty()));
        if offered {
            crate::parts::start_claim_forms();
        }
        offered
    });

    let toggle = move |panel: Panel| {
        errors.set(Vec::new());
        stale.set(None);
        if panel != Panel::Edit && forms.note_of(panel).get_untracked().is_empty() {
            forms.note_of(panel).set(storage::kept_text(&forms.kept_key(panel)));
        }
        open.update(|o| *o = if *o == Some(panel) { None } else { Some(panel) });
    };
    let reclaim = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let claim_id = forms.id();
        spawn_local(async move {
            let path = format!("/api/claims/{claim_id}/reclaim");
            let result = api::post_once::<(), ClaimDetail>(&path, None, &api::new_key()).await;
            busy.try_set(false);
            match result {
                Ok(draft) => {
                    on_resume.try_run(draft.body.summary.id);
                }
                Err(e) => forms.show(refused(e, "reclaim")),
            }
        });
    };

    let button = move |offer: PartnerOffer| {
        let (label, panel, class) = match offer {
            PartnerOffer::ContinueDraft => (tr!(CLAIM_ACTION_CONTINUE), None, "cpor-button cpor-button--primary"),
            PartnerOffer::Edit => (tr!(CLAIM_ACTION_EDIT), Some(Panel::Edit), "cpor-button cpor-button--secondary"),
            PartnerOffer::Resubmit => {
                (tr!(CLAIM_ACTION_RESUBMIT), Some(Panel::Resubmit), "cpor-button cpor-button--primary")
            }
            PartnerOffer::Dispute => {
                (tr!(CLAIM_ACTION_DISPUTE), Some(Panel::Dispute), "cpor-button cpor-button--primary")
            }
            PartnerOffer::Withdraw => {
                (tr!(CLAIM_ACTION_WITHDRAW), Some(Panel::Withdraw), "cpor-button cpor-button--danger-outline")
            }
            PartnerOffer::Reclaim => (tr!(CLAIM_ACTION_RECLAIM), None, "cpor-button cpor-button--primary"),
        };
        match (offer, panel) {
            (PartnerOffer::ContinueDraft, _) => view! {
                <button type="button" class=class on:click=move |_| { on_resume.try_run(forms.id()); }>
                    {icon(Icon::EDIT)}
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

    view! {
        <ErrorSummary problems=errors node_ref=summary/>
        <Show when=move || !offers().is_empty()>
            <div class="cpor-actions cpor-claim-actions" role="group" aria-label=tr!(CLAIM_ACTION_ACTIONS)>
                {move || offers().into_iter().map(button).collect_view()}
            </div>
        </Show>
        {move || open.get().map(|panel| crate::parts::claim_form(forms, panel))}
    }
}
