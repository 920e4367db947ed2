//! Step 5, "Proof of execution": the checklist reviewers use, the template,
//! and the files: each checked in the browser (type by content, size,
//! count) before it is sent, uploaded with its progress shown, removable;
//! plus an optional comment for the reviewers.

use cpor_core::api::v1::PoeFile;
use cpor_core::poe::human_size;
use cpor_core::poe::MAX_FILES_PER_CLAIM;
use cpor_core::ErrorCode;
use cpor_i18n::{msg, tr, Msg};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::components::field::ErrorMessage;
use crate::components::icon::{icon, Icon};
use crate::components::poe_upload::{ClaimIdSource, PoeUpload};
use crate::host::Ids;
use crate::pages::flow::{use_flow, Flow};
use crate::state::form::FieldMessage;

/// The answer's path (and the file input's element id).
pub const PATH: &str = "proof_of_execution";

/// What reviewers look for in proof of execution.
pub const CHECKLIST: [Msg<0>; 5] = [
    msg::STEP_EVIDENCE_CHECK_ACKNOWLEDGEMENT,
    msg::STEP_EVIDENCE_CHECK_DATE,
    msg::STEP_EVIDENCE_CHECK_TENANT,
    msg::STEP_EVIDENCE_CHECK_PRODUCTS,
    msg::STEP_EVIDENCE_CHECK_WORK,
];

/// The server draft's id, saving the draft first if it has none yet.
async fn ensure_claim_id(flow: Flow) -> Option<String> {
    for _ in 0..10 {
        // `None` once the page has gone.
        if let Some(id) = flow.draft.try_with_untracked(|d| d.claim_id.clone())? {
            return Some(id);
        }
        if !flow.save_to_server().await {
            api::sleep(300).await;
        }
    }
    None
}

/// Everything that keeps the partner on step 5, and whether uploads are
/// still under way.
pub fn verdict(flow: &Flow) -> (Vec<FieldMessage>, bool) {
    let none = flow.draft.with(|d| d.files.is_empty());
    let problems = if none {
        vec![FieldMessage::at(
            PATH,
            ErrorCode::PoeMissing,
            cpor_core::Text::from(cpor_core::poe::POE_MISSING).to_string(),
        )]
    } else {
        Vec::new()
    };
    (problems, flow.uploading.get() > 0)
}

/// Step 5.
#[component]
pub fn EvidenceStep() -> impl IntoView {
    let flow = use_flow();
    let announcement = RwSignal::new(String::new());
    let claim_id: ClaimIdSource = Callback::new(move |()| Box::pin(ensure_claim_id(flow)) as _);
    let on_uploaded = Callback::new(move |file: PoeFile| {
        flow.draft.try_update(|d| {
            if !d.files.iter().any(|f| f.id == file.id) {
                d.files.push(file);
            }
        });
        if flow.errors.try_get_untracked().is_some() {
            flow.set_error(PATH, None);
        }
        spawn_local(async move { flow.refresh_etag().await });
    });
    let file_count = Signal::derive(move || flow.draft.with(|d| d.files.len()));

    let remove = move |file: PoeFile| {
        spawn_local(async move {
            let Some(claim) = flow.draft.with_untracked(|d| d.claim_id.clone()) else { return };
            match api::delete(&format!("/api/claims/{claim}/files/{}", file.id)).await {
                Ok(()) => {
                    flow.draft.try_update(|d| d.files.retain(|f| f.id != file.id));
                    announcement.try_set(tr!(STEP_EVIDENCE_REMOVED, file.name.clone()));
                    flow.refresh_etag().await;
                }
                Err(_) => {
                    announcement.try_set(tr!(STEP_EVIDENCE_REMOVE_FAILED, file.name.clone()));
                }
            }
        });
    };

    let ids = Ids::here();
    let error = Signal::derive(move || flow.error(PATH));
    let (hint_id, error_id) = (ids.id("poe-hint"), ids.field("proof_of_execution-error"));
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        Signal::derive(
            move || if error.with(Option::is_some) { format!("{hint_id} {error_id}") } else { hint_id.clone() },
        )
    };
    let (checklist_id, comment_id, comment_hint) = (ids.id("poe-checklist"), ids.id("comment"), ids.id("comment-hint"));
    let comment = Signal::derive(move || flow.draft.with(|d| d.input.comment.clone()));
    let template = api::asset_url("/public/poe-template.rtf");

    view! {
        <div class="cpor-poe">
            <div class="cpor-poe-checklist">
                <h2 class="cpor-subheading" id=checklist_id.clone()>{tr!(STEP_EVIDENCE_CHECKLIST)}</h2>
                <ul class="cpor-checklist" aria-labelledby=checklist_id>
                    {CHECKLIST.iter().map(|&item| view! { <li>{icon(Icon::SUCCESS)}{cpor_i18n::t(item, [])}</li> }).collect_view()}
                </ul>
                <p>
                    <a class="cpor-link cpor-link--icon" href=template download="proof-of-execution-template.rtf">
                        {icon(Icon::DOWNLOAD)}
                        {tr!(STEP_EVIDENCE_TEMPLATE)}
                    </a>
                    " "
                    {tr!(STEP_EVIDENCE_TEMPLATE_FORMAT)}
                </p>
            </div>
            <div class="cpor-field" class:cpor-field--error=move || error.with(Option::is_some)>
                <h2 class="cpor-subheading">{tr!(STEP_EVIDENCE_DOCUMENTS)}</h2>
                <p class="cpor-hint" id=hint_id>
                    {tr!(STEP_EVIDENCE_HINT, MAX_FILES_PER_CLAIM)}
                </p>
                {move || error.get().map(|m| view! { <ErrorMessage id=error_id.clone() message=m/> })}
                <ul class="cpor-files" aria-label=tr!(STEP_EVIDENCE_FILES)>
                    {move || flow.draft.with(|d| d.files.clone()).into_iter().map(|f| {
                        let label = tr!(STEP_EVIDENCE_REMOVE_FILE, f.name.clone());
                        let size = human_size(f.bytes);
                        let name = f.name.clone();
                        view! {
                            <li class="cpor-file">
                                {icon(Icon::DOCUMENT)}
                                <span class="cpor-file-name">{name}</span>
                                <span class="cpor-file-meta">{size}</span>
                                <button
                                    type="button"
                                    class="cpor-button cpor-button--link"
                                    aria-label=label
                                    on:click=move |_| remove(f.clone())
                                >
                                    {tr!(STEP_EVIDENCE_REMOVE)}
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <PoeUpload
                    path=PATH
                    described_by=described_by
                    file_count=file_count
                    claim_id=claim_id
                    on_uploaded=on_uploaded
                    busy=flow.uploading
                />
                <p class="cpor-visually-hidden" role="status" aria-live="polite">{move || announcement.get()}</p>
            </div>
            <div class="cpor-field">
                <label class="cpor-label" for=comment_id.clone()>
                    {tr!(STEP_EVIDENCE_COMMENT)}
                    <span class="cpor-optional">" "{tr!(COMPONENT_FIELD_OPTIONAL)}</span>
                </label>
                <p class="cpor-hint" id=comment_hint.clone()>{tr!(STEP_EVIDENCE_COMMENT_HINT)}</p>
                <textarea
                    class="cpor-input cpor-textarea"
                    id=comment_id
                    rows="4"
                    maxlength="4000"
                    aria-describedby=comment_hint
                    prop:value=move || comment.get()
                    on:input:target=move |ev| flow.draft.update(|d| d.input.comment = ev.target().value())
                ></textarea>
            </div>
        </div>
    }
}
