//! A claim's own page. First where the claim stands: its name and ID, its
//! status and next deadline, and the next thing the partner must do (or
//! that nothing is needed), then the actions its status allows
//! (`claim_actions`). Then every answer (`details`), the proof of execution
//! to download, the comments (`thread`), the status timeline and the
//! history in sentences (`history`), and always the way back to the list.

pub mod details;
pub mod history;
pub mod thread;

use cpor_core::api::v1::{ClaimDetail, CommentsResponse, HistoryResponse};
use cpor_core::ClaimStatus;
use cpor_i18n::tr;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError, Tagged};
use crate::components::icon::{icon, Icon};
use crate::components::message_bar::{Intent, MessageBar};
use crate::components::status_badge::{arbitration_badge, status_badge};
use crate::host::Ids;
use crate::pages::claim_actions::ClaimActions;
use crate::router::{use_router, Route};
use crate::state::claim_view::{arbitration, next_step, Notice, Tone};

/// The message bar of a notice, with a list under it (none when empty).
pub fn notice_bar(n: Notice, list: Vec<String>) -> impl IntoView {
    let intent = match n.tone {
        Tone::Info => Intent::Info,
        Tone::Success => Intent::Success,
        Tone::Warning => Intent::Warning,
        Tone::Error => Intent::Error,
    };
    view! {
        <MessageBar intent=intent title=n.title>
            <p>{n.body}</p>
            {(!list.is_empty()).then(|| view! {
                <ul class="cpor-list">{list.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
            })}
        </MessageBar>
    }
}

/// The "Customer associations" link back to the list.
pub fn back_to_list() -> impl IntoView {
    let router = use_router();
    let home = Route::Associations(Default::default());
    view! {
        <nav class="cpor-crumbs" aria-label=tr!(CLAIM_PAGE_BREADCRUMB)>
            <a class="cpor-back" href=home.href() on:click=move |ev| {
                ev.prevent_default();
                router.go(home.clone());
            }>{icon(Icon::BACK)}{tr!(PAGE_TITLE_ASSOCIATIONS)}</a>
        </nav>
    }
}

/// The claim's display name: its name, else what a draft is for, else its
/// ID (the same words the lists use).
pub fn claim_title(c: &ClaimDetail) -> String {
    if !c.summary.claim_name.trim().is_empty() {
        c.summary.claim_name.clone()
    } else if c.summary.status == ClaimStatus::Editing {
        crate::state::drafts::draft_title(&c.summary)
    } else {
        c.summary.id.clone()
    }
}

/// The next deadline's date and countdown, seen from today.
pub fn deadline_of(c: &ClaimDetail, today: cpor_core::date::Date) -> Option<(String, String)> {
    let (date, countdown) = crate::state::associations::deadline_parts(today, c.summary.next_deadline);
    date.map(|d| (d, countdown))
}

/// Today for the server's clock (the deadline countdowns count from it),
/// the browser's until the server said.
pub fn today_of(server: &Option<cpor_core::date::Date>) -> cpor_core::date::Date {
    server.unwrap_or_else(|| cpor_core::date::Date::from_days_since_epoch((js_sys::Date::now() / 86_400_000.0) as i32))
}

/// The claim's heading, facts and what comes next.
fn header(c: &ClaimDetail, today: cpor_core::date::Date, heading_id: String) -> impl IntoView {
    let s = &c.summary;
    let deadline = deadline_of(c, today);
    let next = next_step(s.status, deadline.as_ref(), c.rejection, c.dispute_until.map(|d| d.long()).as_deref());
    // What the reviewer asked for, under the request to act on it.
    let reasons: Vec<String> = if s.status == ClaimStatus::PartnerActionRequired {
        c.information_request.iter().map(|r| r.label()).collect()
    } else {
        Vec::new()
    };
    view! {
        <div class="cpor-claim-head">
            <h1 class="cpor-heading" id=heading_id tabindex="-1">{claim_title(c)}</h1>
            <ul class="cpor-facts" aria-label=tr!(CLAIM_PAGE_ABOUT)>
                <li>{status_badge(s.status)}{s.in_arbitration.then(arbitration_badge)}</li>
                <li><span class="cpor-fact-label">{tr!(CLAIM_PAGE_CLAIM_ID)}" "</span><span class="cpor-fact-value cpor-mono">{s.id.clone()}</span></li>
                {deadline.clone().map(|(date, countdown)| view! {
                    <li>
                        <span class="cpor-fact-label">{tr!(LIST_NEXT_DEADLINE)}" "</span>
                        <span class="cpor-fact-value">{tr!(LIST_DEADLINE, date, countdown)}</span>
                    </li>
                })}
            </ul>
        </div>
        {notice_bar(next, reasons)}
        {arbitration(s.status, s.in_arbitration).map(|n| notice_bar(n, Vec::new()))}
    }
}

/// The page of claim `id`.
#[component]
pub fn ClaimPage(
    /// The claim's id.
    id: String,
    /// Opens a draft in the claim flow (continue, reclaim).
    on_resume: Callback<String>,
) -> impl IntoView {
    let ids = Ids::here();
    let claim = RwSignal::new(None::<Result<ClaimDetail, Option<String>>>);
    let etag = RwSignal::new(None::<String>);
    let comments = RwSignal::new(None::<CommentsResponse>);
    let history = RwSignal::new(None::<HistoryResponse>);
    let today = RwSignal::new(None::<cpor_core::date::Date>);
    let load_thread = {
        let id = id.clone();
        move || {
            let id = id.clone();
            spawn_local(async move {
                if let Ok(c) = api::get::<CommentsResponse>(&format!("/api/claims/{id}/comments")).await {
                    comments.try_set(Some(c));
                }
                if let Ok(h) = api::get::<HistoryResponse>(&format!("/api/claims/{id}/history")).await {
                    history.try_set(Some(h));
                }
            });
        }
    };
    let load = {
        let (id, load_thread) = (id.clone(), load_thread.clone());
        move || {
            let id = id.clone();
            spawn_local(async move {
                let result = api::get_tagged::<ClaimDetail>(&format!("/api/claims/{id}")).await;
                claim.try_set(Some(match result {
                    Ok(Tagged { body, etag: tag }) => {
                        etag.try_set(tag);
                        Ok(body)
                    }
                    Err(ApiError::Problem(p)) => Err(Some(p.detail)),
                    Err(_) => Err(None),
                }));
            });
            load_thread();
        }
    };
    load();
    spawn_local(async move {
        if let Ok(page) = api::get::<cpor_core::api::v1::ClaimPage>("/api/claims?per_page=1").await {
            today.try_set(Some(page.today));
        }
    });
    let loaded = Signal::derive(move || claim.get().and_then(Result::ok));
    let reload = Callback::new(move |()| load());
    let heading_id = ids.id("page-heading");

    let head = {
        let heading_id = heading_id.clone();
        move || match claim.get() {
            None => view! { <p class="cpor-loading" role="status">{tr!(CLAIM_PAGE_LOADING)}</p> }.into_any(),
            Some(Err(why)) => view! {
                <h1 class="cpor-heading" id=heading_id.clone() tabindex="-1">{tr!(CLAIM_PAGE_CANT_SHOW)}</h1>
                <MessageBar intent=Intent::Error role="alert">
                    <p>{why.unwrap_or_else(|| tr!(CLAIM_PAGE_UNREACHABLE))}</p>
                </MessageBar>
            }
            .into_any(),
            Some(Ok(c)) => {
                crate::host::set_title(&tr!(PAGE_TITLE_CLAIM_DOCUMENT, claim_title(&c)));
                header(&c, today_of(&today.get()), heading_id.clone()).into_any()
            }
        }
    };

    let (details_id, files_id, comments_id, timeline_id, history_id) = (
        ids.id("details-heading"),
        ids.id("files-heading"),
        ids.id("comments-heading"),
        ids.id("timeline-heading"),
        ids.id("history-heading"),
    );
    let reply_to = RwSignal::new(None::<(i64, String)>);
    let on_reply = Callback::new(move |r: (i64, String)| reply_to.set(Some(r)));
    let sections = move || {
        let c = claim.get().and_then(Result::ok)?;
        let next = deadline_of(&c, today_of(&today.get())).map(|(d, countdown)| tr!(LIST_DEADLINE, d, countdown));
        let claim_id = c.summary.id.clone();
        let (details_id, files_id, comments_id, timeline_id, history_id) =
            (details_id.clone(), files_id.clone(), comments_id.clone(), timeline_id.clone(), history_id.clone());
        let (details_for, files_for, comments_for, timeline_for, history_for) =
            (details_id.clone(), files_id.clone(), comments_id.clone(), timeline_id.clone(), history_id.clone());
        let on_posted = Callback::new({
            let load_thread = load_thread.clone();
            move |()| load_thread()
        });
        Some(view! {
            <div class="cpor-claim-layout">
                <div class="cpor-claim-main">
                    <section class="cpor-card" aria-labelledby=details_for>
                        <h2 class="cpor-card-title" id=details_id>{tr!(CLAIM_PAGE_DETAILS)}</h2>
                        {details::answers(&c, true)}
                    </section>
                    <section class="cpor-card" aria-labelledby=files_for>
                        <h2 class="cpor-card-title" id=files_id>{tr!(FIELD_PROOF_OF_EXECUTION)}</h2>
                        {details::files(&claim_id, &c.files)}
                    </section>
                    <section class="cpor-card" aria-labelledby=comments_for>
                        <h2 class="cpor-card-title" id=comments_id>{tr!(CLAIM_PAGE_COMMENTS)}</h2>
                        {move || comments.get().map(|list| thread::comment_list(list, Some(on_reply)))}
                        <thread::CommentForm claim_id=claim_id.clone() reply_to=reply_to on_posted=on_posted/>
                    </section>
                </div>
                <div class="cpor-claim-side">
                    <section class="cpor-card" aria-labelledby=timeline_for>
                        <h2 class="cpor-card-title" id=timeline_id.clone()>{tr!(CLAIM_PAGE_TIMELINE)}</h2>
                        {
                            let next = next.clone();
                            move || match history.get() {
                                Some(h) if !history::status_steps_empty(&h) => {
                                    history::timeline(&h, next.clone(), timeline_id.clone()).into_any()
                                }
                                _ => view! { <p class="cpor-hint">{tr!(CLAIM_PAGE_TIMELINE_EMPTY)}</p> }.into_any(),
                            }
                        }
                    </section>
                    <section class="cpor-card" aria-labelledby=history_for>
                        <h2 class="cpor-card-title" id=history_id>{tr!(CLAIM_PAGE_HISTORY)}</h2>
                        {move || history.get().map(history::history_list)}
                    </section>
                </div>
            </div>
        })
    };

    view! {
        <section class="cpor-page cpor-page--wide" aria-labelledby=heading_id>
            {back_to_list()}
            {head}
            <ClaimActions claim=loaded etag=etag reload=reload on_resume=on_resume/>
            {sections}
        </section>
    }
}
