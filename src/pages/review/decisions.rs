//! The decisions a reviewer can take on a claim in its status: start the
//! review, ask for more information (the reasons from the list, and what to
//! do), approve, or reject with a reason.

use cpor_core::api::v1::{InformationRequest, RejectRequest};
use cpor_core::lifecycle::{InformationRequestReason, RejectionReason};
use cpor_core::text::nouns;
use cpor_core::ClaimStatus;
use cpor_i18n::tr;
use leptos::prelude::*;
use serde::Serialize;

use crate::api;
use crate::components::note::{note_message, NoteArea};
use crate::host::Ids;
use crate::router::key_of;

/// A decision's request body with a comment.
#[derive(Serialize)]
pub(super) struct Note {
    pub(super) comment: String,
}

/// The decisions for a claim in `status`; `contested` when other partners'
/// claims compete with it (then only the arbitration approves); `decide`
/// posts one (its route and body).
pub(super) fn decisions(
    status: ClaimStatus,
    contested: bool,
    decide: Callback<(&'static str, String)>,
) -> impl IntoView {
    let ids = Ids::here();
    let reasons = RwSignal::new(Vec::<InformationRequestReason>::new());
    let request_comment = RwSignal::new(String::new());
    let reject_reason = RwSignal::new(RejectionReason::PoeInsufficient);
    let reject_comment = RwSignal::new(String::new());
    let in_review = matches!(status, ClaimStatus::UnderReview | ClaimStatus::Disputed);
    let (request_id, reject_reason_id, reject_comment_id) =
        (ids.id("request-comment"), ids.id("reject-reason"), ids.id("reject-comment"));
    view! {
        {(status == ClaimStatus::Submitted).then(|| view! {
            <div class="cpor-card cpor-decision">
                <h3 class="cpor-card-title">{tr!(REVIEW_START_HEADING)}</h3>
                <p class="cpor-body">{tr!(REVIEW_START_BODY)}</p>
                <div class="cpor-actions">
                    <button type="button" class="cpor-button cpor-button--primary" on:click=move |_| { decide.try_run(("start", "{}".to_owned())); }>
                        {tr!(REVIEW_START_BUTTON)}
                    </button>
                </div>
            </div>
        })}
        {(in_review && contested).then(|| view! {
            <div class="cpor-card cpor-decision">
                <h3 class="cpor-card-title">{tr!(REVIEW_APPROVE)}</h3>
                <p class="cpor-body">{tr!(REVIEW_APPROVE_CONTESTED)}</p>
            </div>
        })}
        {(in_review && !contested).then(|| view! {
            <div class="cpor-card cpor-decision">
                <h3 class="cpor-card-title">{tr!(REVIEW_APPROVE)}</h3>
                <p class="cpor-body">{tr!(REVIEW_APPROVE_BODY)}</p>
                <div class="cpor-actions">
                    <button type="button" class="cpor-button cpor-button--primary" on:click=move |_| {
                        decide.try_run(("approve", api::json(&Note { comment: String::new() })));
                    }>{tr!(REVIEW_APPROVE)}</button>
                </div>
            </div>
        })}
        {in_review.then(|| view! {
            <fieldset class="cpor-fieldset cpor-card cpor-decision">
                <legend class="cpor-card-title">{tr!(REVIEW_REQUEST)}</legend>
                <p class="cpor-hint">{tr!(REVIEW_REQUEST_HINT)}</p>
                <div class="cpor-checks">
                    {InformationRequestReason::ALL.into_iter().map(|reason| {
                        let box_id = ids.id(&format!("reason-{}", key_of(&reason)));
                        view! {
                            <div class="cpor-checkbox">
                                <input class="cpor-checkbox-input" type="checkbox" id=box_id.clone()
                                    prop:checked=move || reasons.with(|r| r.contains(&reason))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        reasons.update(|r| { r.retain(|x| *x != reason); if on { r.push(reason); } });
                                    }/>
                                <label class="cpor-checkbox-label" for=box_id>{reason.label()}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
                <NoteArea id=request_id label=tr!(REVIEW_REQUEST_COMMENT) noun=nouns::INFORMATION_REQUEST value=request_comment/>
                <div class="cpor-actions">
                    <button type="button" class="cpor-button cpor-button--secondary" on:click=move |_| {
                        if request_comment.with_untracked(|t| note_message("note", t, nouns::INFORMATION_REQUEST)).is_some() {
                            return;
                        }
                        let body = InformationRequest { reasons: reasons.get_untracked(), comment: request_comment.get_untracked() };
                        decide.try_run(("request-information", api::json(&body)));
                    }>{tr!(REVIEW_REQUEST)}</button>
                </div>
            </fieldset>
            <fieldset class="cpor-fieldset cpor-card cpor-decision">
                <legend class="cpor-card-title">{tr!(REVIEW_REJECT)}</legend>
                <label class="cpor-label" for=reject_reason_id.clone()>{tr!(REVIEW_REJECT_REASON)}</label>
                <select class="cpor-select cpor-select--wide" id=reject_reason_id on:change=move |ev| {
                    let v = event_target_value(&ev);
                    if let Some(r) = RejectionReason::ALL.into_iter().find(|r| key_of(r) == v) { reject_reason.set(r); }
                }>
                    {RejectionReason::ALL.into_iter().map(|r| view! { <option value=key_of(&r)>{r.label()}</option> }).collect_view()}
                </select>
                <NoteArea id=reject_comment_id label=tr!(REVIEW_REJECT_COMMENT) noun=nouns::COMMENT value=reject_comment/>
                <div class="cpor-actions">
                    <button type="button" class="cpor-button cpor-button--danger-outline" on:click=move |_| {
                        if reject_comment.with_untracked(|t| note_message("note", t, nouns::COMMENT)).is_some() {
                            return;
                        }
                        let body = RejectRequest { reason: reject_reason.get_untracked(), comment: reject_comment.get_untracked() };
                        decide.try_run(("reject", api::json(&body)));
                    }>{tr!(REVIEW_REJECT)}</button>
                </div>
            </fieldset>
        })}
        {(!in_review && status != ClaimStatus::Submitted).then(|| view! {
            <p class="cpor-hint">{tr!(REVIEW_NO_DECISION, key_of(&status))}</p>
        })}
    }
}
