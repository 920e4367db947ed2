//! A claim's comments: the thread between the partner and the reviewers
//! (plain text; the reviewer's latest request pinned while the partner must
//! act), and, for the partner, the form that posts a comment or a reply.
//! What the partner types is kept on this device until it is posted.

use crate::components::note::note_message;
use cpor_core::api::v1::{Comment, CommentSide, CommentsResponse, NewComment};
use cpor_core::text::nouns;
use cpor_i18n::tr;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError};
use crate::components::date_time;
use crate::components::error_summary::focus_control;
use crate::host::Ids;
use crate::storage;

fn side_label(side: CommentSide) -> String {
    match side {
        CommentSide::Partner => tr!(THREAD_PARTNER),
        CommentSide::Reviewer => tr!(THREAD_REVIEWER),
        CommentSide::System => tr!(THREAD_NOTICE),
    }
}

/// The comments, oldest first; `on_reply` (the partner's side) offers a
/// Reply on each.
pub fn comment_list(c: CommentsResponse, on_reply: Option<Callback<(i64, String)>>) -> impl IntoView {
    if c.comments.is_empty() {
        return view! { <p class="cpor-hint">{tr!(THREAD_EMPTY)}</p> }.into_any();
    }
    let pinned = c.pinned;
    let by_id: Vec<(i64, String)> = c.comments.iter().map(|m| (m.id, m.author.clone())).collect();
    let items = c
        .comments
        .into_iter()
        .map(|m: Comment| {
            let is_pinned = Some(m.id) == pinned;
            let answers = m.reply_to.and_then(|r| by_id.iter().find(|(id, _)| *id == r).map(|(_, a)| a.clone()));
            let (id, author) = (m.id, m.author.clone());
            view! {
                <li class="cpor-comment" class:cpor-comment--pinned=is_pinned class:cpor-comment--reviewer=m.side == CommentSide::Reviewer>
                    <p class="cpor-comment-meta">
                        {is_pinned.then(|| view! { <span class="cpor-badge cpor-badge--warning">{tr!(THREAD_PINNED)}</span> })}
                        <strong class="cpor-comment-author">{m.author.clone()}</strong>
                        <span>{tr!(THREAD_META, side_label(m.side), date_time(m.at))}</span>
                        {answers.map(|a| view! { <span>{tr!(THREAD_IN_REPLY_TO, a)}</span> })}
                    </p>
                    <p class="cpor-comment-body">{m.body.clone()}</p>
                    {on_reply.map(|reply| view! {
                        <button
                            type="button"
                            class="cpor-button cpor-button--link"
                            aria-label=tr!(THREAD_REPLY_LABEL, author.clone())
                            on:click=move |_| { reply.try_run((id, author.clone())); }
                        >
                            {tr!(THREAD_REPLY)}
                        </button>
                    })}
                </li>
            }
        })
        .collect_view();
    view! { <ol class="cpor-comments">{items}</ol> }.into_any()
}

/// The partner's comment form for claim `claim_id`; `on_posted` loads the
/// thread again.
#[component]
pub fn CommentForm(
    /// The claim.
    claim_id: String,
    /// The comment being answered (its id and author), if any.
    reply_to: RwSignal<Option<(i64, String)>>,
    /// Called after a comment was posted.
    on_posted: Callback<()>,
) -> impl IntoView {
    let ids = Ids::here();
    let (body_id, error_id) = (ids.id("comment-body"), ids.id("comment-error"));
    let kept = storage::text_key(ids.slot(), &claim_id, "comment");
    let text = RwSignal::new(storage::kept_text(&kept));
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let post = {
        let kept = kept.clone();
        move |ev: web_sys::SubmitEvent| {
            ev.prevent_default();
            let body = text.get_untracked();
            if body.trim().is_empty() {
                error.set(Some(tr!(THREAD_WRITE_FIRST)));
                return;
            }
            if let Some(refused) = note_message("comment", &body, nouns::COMMENT) {
                error.set(Some(refused.message));
                return;
            }
            if busy.get_untracked() {
                return;
            }
            busy.set(true);
            let request = NewComment { body, reply_to: reply_to.get_untracked().map(|(id, _)| id) };
            let (path, kept) = (format!("/api/claims/{claim_id}/comments"), kept.clone());
            spawn_local(async move {
                let result = api::post_change::<Comment>(&path, api::json(&request), None).await;
                busy.try_set(false);
                match result {
                    Ok(_) => {
                        storage::keep_text(&kept, "");
                        text.try_set(String::new());
                        reply_to.try_set(None);
                        error.try_set(None);
                        on_posted.try_run(());
                    }
                    Err(ApiError::Problem(p)) => {
                        error.try_set(Some(p.detail));
                    }
                    Err(_) => {
                        error.try_set(Some(tr!(THREAD_POST_FAILED)));
                    }
                }
            });
        }
    };
    let focus_id = body_id.clone();
    Effect::new(move |first: Option<()>| {
        if reply_to.get().is_some() && first.is_some() {
            let _ = focus_control(&focus_id);
        }
    });
    view! {
        <form class="cpor-field cpor-comment-form" on:submit=post>
            <label class="cpor-label" for=body_id.clone()>
                {move || match reply_to.get() {
                    Some((_, author)) => tr!(THREAD_YOUR_REPLY, author),
                    None => tr!(THREAD_ADD_COMMENT),
                }}
            </label>
            {
                let error_id = error_id.clone();
                move || error.get().map(|e| view! { <p class="cpor-error-text" id=error_id.clone()>{e}</p> })
            }
            <textarea
                class="cpor-input cpor-textarea"
                id=body_id
                maxlength="4000"
                aria-describedby=move || error.with(|e| e.as_ref().map(|_| error_id.clone()))
                prop:value=move || text.get()
                on:input:target=move |ev| {
                    let value = ev.target().value();
                    storage::keep_text(&kept, &value);
                    error.set(note_message("comment", &value, nouns::COMMENT).map(|m| m.message));
                    text.set(value);
                }
            ></textarea>
            <div class="cpor-actions">
                <button type="submit" class="cpor-button cpor-button--primary" aria-disabled=move || busy.get().to_string()>
                    {tr!(THREAD_POST)}
                </button>
                <Show when=move || reply_to.get().is_some()>
                    <button type="button" class="cpor-button cpor-button--secondary" on:click=move |_| reply_to.set(None)>
                        {tr!(THREAD_CANCEL_REPLY)}
                    </button>
                </Show>
            </div>
        </form>
    }
}
