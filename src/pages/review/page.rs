//! A claim's review page: where it stands and what is due, the partner and
//! every answer, the proof of execution to download, the competing claims
//! when there are any, the decisions open in its status, and the comments
//! and history. After each decision the page says what it did (and, for an
//! arbitration, how many competing claims it rejected).

use cpor_core::api::v1::{CommentsResponse, HistoryResponse, ReviewClaim};
use cpor_i18n::tr;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::arbitration::arbitration;
use super::decisions::decisions;
use crate::api::{self, ApiError};
use crate::components::message_bar::{Intent, MessageBar};
use crate::components::status_badge::{arbitration_badge, status_badge};
use crate::host::Ids;
use crate::pages::claim::{claim_title, details, history, thread};
use crate::router::{use_router, Route};

/// What a decision did, for the message after it.
fn decided(action: &str, r: &ReviewClaim, rejected_others: usize) -> String {
    let due = r.claim.summary.next_deadline.map(|d| d.long());
    match (action, due) {
        ("start", Some(due)) => tr!(REVIEW_STARTED_BY, due),
        ("start", None) => tr!(REVIEW_STARTED),
        ("request-information", Some(due)) => tr!(REVIEW_REQUESTED_UNTIL, due),
        ("request-information", None) => tr!(REVIEW_REQUESTED),
        ("approve", _) => tr!(REVIEW_APPROVED),
        ("reject", _) => tr!(REVIEW_REJECTED),
        ("win-arbitration", _) => tr!(REVIEW_ARBITRATION_WON, rejected_others),
        _ => tr!(REVIEW_DONE),
    }
}

/// A claim's review page.
#[component]
pub fn ReviewPage(
    /// The claim's id.
    id: String,
) -> impl IntoView {
    let ids = Ids::here();
    let router = use_router();
    let review = RwSignal::new(None::<Result<ReviewClaim, String>>);
    let comments = RwSignal::new(None::<CommentsResponse>);
    let history = RwSignal::new(None::<HistoryResponse>);
    let error = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    let load = {
        let id = id.clone();
        move || {
            let id = id.clone();
            spawn_local(async move {
                let result = api::get::<ReviewClaim>(&format!("/api/review/claims/{id}")).await;
                review.try_set(Some(result.map_err(|e| match e {
                    ApiError::Problem(p) => p.detail,
                    _ => tr!(REVIEW_UNREACHABLE),
                })));
                comments.try_set(api::get::<CommentsResponse>(&format!("/api/claims/{id}/comments")).await.ok());
                history.try_set(api::get::<HistoryResponse>(&format!("/api/claims/{id}/history")).await.ok());
            });
        }
    };
    load();
    // Every decision posts to its route and shows the claim as it now is.
    let decide = Callback::new({
        let (id, load) = (id.clone(), load.clone());
        move |(action, body): (&'static str, String)| {
            error.set(None);
            done.set(None);
            let others =
                review.with_untracked(|r| r.as_ref().map_or(0, |r| r.as_ref().map_or(0, |r| r.competing.len())));
            let (path, load) = (format!("/api/review/claims/{id}/{action}"), load.clone());
            spawn_local(async move {
                match api::post_change::<ReviewClaim>(&path, body, None).await.map(|t| t.body) {
                    Ok(r) => {
                        done.try_set(Some(decided(action, &r, others)));
                        review.try_set(Some(Ok(r)));
                        load();
                    }
                    Err(ApiError::Problem(p)) => {
                        error.try_set(Some(p.detail));
                    }
                    Err(_) => {
                        error.try_set(Some(tr!(REVIEW_NOT_RECORDED)));
                    }
                }
            });
        }
    });

    let heading_id = ids.id("page-heading");
    let (details_id, files_id, decision_id, comments_id, history_id) = (
        ids.id("details-heading"),
        ids.id("files-heading"),
        ids.id("decision-heading"),
        ids.id("comments-heading"),
        ids.id("history-heading"),
    );
    let (comments_for, history_for) = (comments_id.clone(), history_id.clone());
    let body = {
        let heading_id = heading_id.clone();
        move || match review.get() {
            None => view! { <p class="cpor-loading" role="status">{tr!(CLAIM_PAGE_LOADING)}</p> }.into_any(),
            Some(Err(why)) => view! {
                <h1 class="cpor-heading" id=heading_id.clone() tabindex="-1">{tr!(CLAIM_PAGE_CANT_SHOW)}</h1>
                <MessageBar intent=Intent::Error role="alert"><p>{why}</p></MessageBar>
            }
            .into_any(),
            Some(Ok(r)) => {
                let c = r.claim.clone();
                let s = c.summary.clone();
                crate::host::set_title(&tr!(PAGE_TITLE_REVIEW_DOCUMENT, claim_title(&c)));
                let contested = !r.competing.is_empty();
                let competing =
                    contested.then(|| arbitration(&c, &r.organisation, r.submitted_on, r.competing.clone(), decide));
                let (details_id, files_id, decision_id) = (details_id.clone(), files_id.clone(), decision_id.clone());
                let (details_for, files_for, decision_for) =
                    (details_id.clone(), files_id.clone(), decision_id.clone());
                view! {
                    <div class="cpor-claim-head">
                        <p class="cpor-caption">{tr!(REVIEW_CAPTION, r.organisation.clone())}</p>
                        <h1 class="cpor-heading" id=heading_id.clone() tabindex="-1">{claim_title(&c)}</h1>
                        <ul class="cpor-facts" aria-label=tr!(CLAIM_PAGE_ABOUT)>
                            <li>{status_badge(s.status)}{s.in_arbitration.then(arbitration_badge)}</li>
                            <li><span class="cpor-fact-label">{tr!(CLAIM_PAGE_CLAIM_ID)}" "</span><span class="cpor-fact-value cpor-mono">{s.id.clone()}</span></li>
                            {s.next_deadline.map(|d| view! {
                                <li><span class="cpor-fact-label">{tr!(REVIEW_DUE)}" "</span><span class="cpor-fact-value">{d.long()}</span></li>
                            })}
                            {r.submitted_on.map(|d| view! {
                                <li><span class="cpor-fact-label">{tr!(REVIEW_SUBMITTED)}" "</span><span class="cpor-fact-value">{d.long()}</span></li>
                            })}
                        </ul>
                    </div>
                    {r.opt_out_url.clone().map(|url| view! {
                        <MessageBar intent=Intent::Info title=tr!(REVIEW_DEMO_OPT_OUT)>
                            <p><a href=url.clone()>{url.clone()}</a></p>
                        </MessageBar>
                    })}
                    <div class="cpor-claim-layout">
                        <div class="cpor-claim-main">
                            <section class="cpor-card" aria-labelledby=details_for>
                                <h2 class="cpor-card-title" id=details_id>{tr!(CLAIM_PAGE_DETAILS)}</h2>
                                {details::answers(&c, false)}
                            </section>
                            <section class="cpor-card" aria-labelledby=files_for>
                                <h2 class="cpor-card-title" id=files_id>{tr!(FIELD_PROOF_OF_EXECUTION)}</h2>
                                {details::files(&s.id, &c.files)}
                            </section>
                            {competing}
                        </div>
                        <div class="cpor-claim-side">
                            <section class="cpor-decisions" aria-labelledby=decision_for>
                                <h2 class="cpor-subheading" id=decision_id>{tr!(REVIEW_DECISION)}</h2>
                                {decisions(s.status, contested, decide)}
                            </section>
                        </div>
                    </div>
                }
                .into_any()
            }
        }
    };
    let queue = Route::ReviewQueue;
    view! {
        <section class="cpor-page cpor-page--wide" aria-labelledby=heading_id>
            <nav class="cpor-crumbs" aria-label=tr!(CLAIM_PAGE_BREADCRUMB)>
                <a class="cpor-back" href=queue.href() on:click=move |ev| {
                    ev.prevent_default();
                    router.go(Route::ReviewQueue);
                }>{crate::components::icon::icon(crate::components::icon::Icon::BACK)}{tr!(PAGE_TITLE_REVIEW_QUEUE)}</a>
            </nav>
            {move || done.get().map(|text| view! {
                <MessageBar intent=Intent::Success role="status"><p>{text}</p></MessageBar>
            })}
            {move || error.get().map(|e| view! {
                <MessageBar intent=Intent::Error role="alert"><p>{e}</p></MessageBar>
            })}
            {body}
            <section class="cpor-card" aria-labelledby=comments_for>
                <h2 class="cpor-card-title" id=comments_id>{tr!(CLAIM_PAGE_COMMENTS)}</h2>
                {move || comments.get().map(|c| thread::comment_list(c, None))}
            </section>
            <section class="cpor-card" aria-labelledby=history_for>
                <h2 class="cpor-card-title" id=history_id>{tr!(CLAIM_PAGE_HISTORY)}</h2>
                {move || history.get().map(history::history_list)}
            </section>
        </section>
    }
}
