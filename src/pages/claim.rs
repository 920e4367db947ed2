//! A claim's own page: its status and deadline, the reviewer's pinned
//! request, every answer (locked ones marked), its proof-of-execution files,
//! the comments thread (post and reply, plain text) and the history from
//! both sides; and the actions its status allows (`claim_actions`).

use cpor_core::api::v1::{ClaimDetail, Comment, CommentSide, CommentsResponse, HistoryResponse, NewComment};
use cpor_core::exclusivity::ARBITRATION_EVIDENCE;
use cpor_core::lifecycle::ClaimField;
use cpor_core::ClaimStatus;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError, Tagged};
use crate::pages::claim_actions::ClaimActions;
use crate::pages::steps::answers::contact;
use cpor_core::poe::human_size;

/// "24 Nov 2026, 14:05" for seconds since the epoch, in the user's time zone.
fn when(at: i64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at as f64 * 1000.0));
    String::from(d.to_locale_string("en-GB", &wasm_bindgen::JsValue::UNDEFINED))
}

/// Fetches a file with the bearer token and saves it under its name.
fn download_file(claim: String, file_id: String, name: String) {
    spawn_local(async move {
        if let Ok(blob) = api::get_blob(&format!("/api/claims/{claim}/files/{file_id}")).await {
            crate::components::save_file(&name, &blob);
        }
    });
}

fn side_label(side: CommentSide) -> &'static str {
    match side {
        CommentSide::Partner => "Partner",
        CommentSide::Reviewer => "Microsoft reviewer",
        CommentSide::System => "Notice",
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
    let claim = RwSignal::new(None::<Result<ClaimDetail, Option<String>>>);
    let etag = StoredValue::new(None::<String>);
    let comments = RwSignal::new(None::<CommentsResponse>);
    let history = RwSignal::new(None::<HistoryResponse>);
    let id = StoredValue::new(id);
    let load = move || {
        let id = id.get_value();
        spawn_local(async move {
            let result = api::get_tagged::<ClaimDetail>(&format!("/api/claims/{id}")).await;
            claim.try_set(Some(match result {
                Ok(Tagged { body, etag: tag }) => {
                    etag.set_value(tag);
                    Ok(body)
                }
                Err(ApiError::Problem(p)) => Err(Some(p.detail)),
                Err(_) => Err(None),
            }));
            if let Ok(c) = api::get::<CommentsResponse>(&format!("/api/claims/{id}/comments")).await {
                comments.try_set(Some(c));
            }
            if let Ok(h) = api::get::<HistoryResponse>(&format!("/api/claims/{id}/history")).await {
                history.try_set(Some(h));
            }
        });
    };
    load();
    let loaded = Signal::derive(move || claim.get().and_then(Result::ok));

    // The comment form: text only, at most 4,000 characters.
    let draft_comment = RwSignal::new(String::new());
    let reply_to = RwSignal::new(None::<i64>);
    let comment_error = RwSignal::new(None::<String>);
    let post_comment = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let body = draft_comment.get_untracked();
        if body.trim().is_empty() {
            comment_error.set(Some("Write your comment first.".to_owned()));
            return;
        }
        let request = NewComment { body, reply_to: reply_to.get_untracked() };
        let key = api::new_key();
        spawn_local(async move {
            let path = format!("/api/claims/{}/comments", id.get_value());
            match api::post_once::<_, Comment>(&path, Some(&request), &key).await {
                Ok(_) => {
                    draft_comment.set(String::new());
                    reply_to.set(None);
                    comment_error.set(None);
                    load();
                }
                Err(ApiError::Problem(p)) => comment_error.set(Some(p.detail)),
                Err(_) => comment_error.set(Some(
                    "We couldn't post your comment right now. It's still here; try again in a moment.".to_owned(),
                )),
            }
        });
    };

    let body = move || {
        match claim.get() {
        None => view! { <p class="cpor-loading" role="status">"Loading the claim\u{2026}"</p> }.into_any(),
        Some(Err(why)) => view! {
            <h1 class="cpor-heading" id="cpor-page-heading" tabindex="-1">"This claim can't be shown"</h1>
            <p class="cpor-body" role="alert">
                {why.unwrap_or_else(|| "We can't reach the claims service right now. Try again in a moment.".to_owned())}
            </p>
        }
        .into_any(),
        Some(Ok(c)) => {
            let s = c.summary.clone();
            crate::host::set_title(&format!("{} \u{2013} Customer associations", if s.claim_name.is_empty() { &s.id } else { &s.claim_name }));
            let locked = |field: ClaimField| !c.editable.contains(&field);
            let lock = |field: ClaimField| locked(field).then(|| view! { <span class="cpor-lock">" (locked)"</span> });
            let i = c.input.clone();
            let rows = vec![
                ("Partner program ID", i.partner_program_id.clone(), ClaimField::PartnerProgramId),
                ("Customer tenant ID", i.tenant_id.clone(), ClaimField::Customer),
                (
                    "Customer domain",
                    cpor_core::CustomerDomain::parse(&i.domain).map(|d| d.to_unicode()).unwrap_or_else(|_| i.domain.clone()),
                    ClaimField::Customer,
                ),
                ("Solution area", i.solution_area.map(|a| a.label().to_owned()).unwrap_or_default(), ClaimField::SolutionAreaAndRole),
                ("Partner role", i.partner_role.map(|r| r.label().to_owned()).unwrap_or_default(), ClaimField::SolutionAreaAndRole),
                ("Products", s.products.join(", "), ClaimField::Products),
                ("Claim name", i.claim_name.clone(), ClaimField::ClaimName),
                ("Customer contact", contact(&i.customer_contact), ClaimField::Contacts),
                ("Your contact", contact(&i.partner_contact), ClaimField::Contacts),
            ];
            let claim_id = s.id.clone();
            view! {
                <h1 class="cpor-heading" id="cpor-page-heading" tabindex="-1">
                    {if s.claim_name.is_empty() { s.id.clone() } else { s.claim_name.clone() }}
                </h1>
                <p class="cpor-body">
                    <span class=format!("cpor-status cpor-status--{}", crate::router::key_of(&s.status))>
                        {format!("Status: {}", s.status.label())}
                    </span>
                    {s.next_deadline.map(|d| format!("Next deadline: {}", d.long()))}
                </p>
                {s.in_arbitration.then(|| view! {
                    <div class="cpor-warning" role="note">
                        <p class="cpor-warning-title">"This claim is in arbitration"</p>
                        <p>{ARBITRATION_EVIDENCE}</p>
                    </div>
                })}
                {(!c.information_request.is_empty()).then(|| view! {
                    <div class="cpor-warning" role="note">
                        <p class="cpor-warning-title">"Microsoft asked for more information"</p>
                        <ul>{c.information_request.iter().map(|r| view! { <li>{r.label()}</li> }).collect_view()}</ul>
                        <p>"Their comment is pinned below. Answer within 5 business days, then resubmit."</p>
                    </div>
                })}
                {c.rejection.map(|r| view! {
                    <div class="cpor-warning" role="note">
                        <p class="cpor-warning-title">{format!("Rejected: {}", r.label())}</p>
                        {c.dispute_until.map(|d| view! { <p>{format!("You can dispute this decision until {}.", d.long())}</p> })}
                    </div>
                })}
                <h2 class="cpor-subheading">"Answers"</h2>
                <dl class="cpor-answer-list">
                    {rows.into_iter().map(|(label, value, field)| view! {
                        <div class="cpor-answer">
                            <dt class="cpor-answer-label">{label}{lock(field)}</dt>
                            <dd class="cpor-answer-value">{value}</dd>
                        </div>
                    }).collect_view()}
                </dl>
                <h2 class="cpor-subheading">"Proof of execution"</h2>
                <ul class="cpor-files">
                    {c.files.iter().map(|f| {
                        let (claim, file, name) = (claim_id.clone(), f.id.clone(), f.name.clone());
                        view! {
                            <li class="cpor-file">
                                <span class="cpor-file-name">{f.name.clone()}</span>
                                <span class="cpor-file-meta">{format!("{} \u{00B7} {}", human_size(f.bytes), f.uploaded_on.long())}</span>
                                <button
                                    type="button"
                                    class="cpor-button cpor-button--link"
                                    aria-label=format!("Download {}", f.name)
                                    on:click=move |_| download_file(claim.clone(), file.clone(), name.clone())
                                >
                                    "Download"
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
            .into_any()
        }
    }
    };

    let thread = move || {
        let c = comments.get()?;
        let pinned = c.pinned;
        Some(view! {
            <ol class="cpor-comments">
                {c.comments.into_iter().map(|m| {
                    let is_pinned = Some(m.id) == pinned;
                    let id = m.id;
                    view! {
                        <li class="cpor-comment" class:cpor-comment--pinned=is_pinned>
                            <p class="cpor-comment-meta">
                                {is_pinned.then(|| view! { <span class="cpor-badge cpor-badge--warning">"Pinned request"</span> " " })}
                                <strong>{m.author.clone()}</strong>
                                {format!(" \u{00B7} {} \u{00B7} {}", side_label(m.side), when(m.at))}
                                {m.reply_to.map(|r| format!(" \u{00B7} in reply to comment {r}"))}
                            </p>
                            <p class="cpor-comment-body">{m.body.clone()}</p>
                            <button
                                type="button"
                                class="cpor-button cpor-button--link"
                                on:click=move |_| {
                                    reply_to.set(Some(id));
                                    let _ = crate::components::error_summary::focus_control("cpor-comment-body");
                                }
                            >
                                "Reply"
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ol>
        })
    };
    let entries = move || {
        history.get().map(|h| {
            h.entries
                .into_iter()
                .map(|e| {
                    let change = match (&e.field, &e.old_value, &e.new_value) {
                        (Some(f), old, new) => format!(
                            "{}: {} \u{2192} {}",
                            f.replace(['_', '.'], " "),
                            old.as_deref().filter(|v| !v.is_empty()).unwrap_or("\u{2014}"),
                            new.as_deref().filter(|v| !v.is_empty()).unwrap_or("\u{2014}")
                        ),
                        _ => String::new(),
                    };
                    view! {
                        <tr>
                            <td>{when(e.at)}</td>
                            <td>{format!("{} ({})", e.actor, e.actor_role)}</td>
                            <td>{e.action.clone()}</td>
                            <td class="cpor-history-change">{change}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };

    // The status timeline: each past step with its date, then the next
    // deadline while a clock runs.
    let timeline = move || {
        let steps: Vec<(String, String)> = history.with(|h| {
            h.as_ref()
                .map(|h| {
                    h.entries
                        .iter()
                        .filter(|e| e.field.as_deref() == Some("status"))
                        .filter_map(|e| {
                            let status: ClaimStatus = crate::router::from_key(e.new_value.as_deref()?)?;
                            Some((status.label().to_owned(), when(e.at)))
                        })
                        .collect()
                })
                .unwrap_or_default()
        });
        let next = claim.with(|c| match c {
            Some(Ok(c)) => c.summary.next_deadline.map(|d| d.long()),
            _ => None,
        });
        (!steps.is_empty()).then(|| {
            view! {
                <h2 class="cpor-subheading" id="cpor-timeline-heading">"Timeline"</h2>
                <ol class="cpor-timeline" aria-labelledby="cpor-timeline-heading">
                    {steps.into_iter().map(|(label, at)| view! { <li><strong>{label}</strong>{format!(" \u{00B7} {at}")}</li> }).collect_view()}
                    {next.map(|d| view! { <li class="cpor-timeline-next">{format!("Next deadline: {d}")}</li> })}
                </ol>
            }
        })
    };

    view! {
        <section class="cpor-page" aria-labelledby="cpor-page-heading">
            {body}
            <ClaimActions claim=loaded etag=etag reload=Callback::new(move |()| load()) on_resume=on_resume/>
            {timeline}
            <h2 class="cpor-subheading" id="cpor-comments-heading">"Comments"</h2>
            {thread}
            <form class="cpor-field" aria-labelledby="cpor-comments-heading" on:submit=post_comment>
                <label class="cpor-label" for="cpor-comment-body">
                    {move || match reply_to.get() {
                        Some(r) => format!("Your reply to comment {r}"),
                        None => "Add a comment".to_owned(),
                    }}
                </label>
                {move || comment_error.get().map(|e| view! { <p class="cpor-error-text" id="cpor-comment-error">{e}</p> })}
                <textarea
                    class="cpor-input cpor-textarea"
                    id="cpor-comment-body"
                    maxlength="4000"
                    aria-describedby=move || comment_error.with(|e| e.as_ref().map(|_| "cpor-comment-error"))
                    prop:value=move || draft_comment.get()
                    on:input:target=move |ev| {
                        draft_comment.set(ev.target().value());
                        comment_error.set(None);
                    }
                ></textarea>
                <div class="cpor-actions">
                    <button type="submit" class="cpor-button cpor-button--primary">"Post comment"</button>
                    <Show when=move || reply_to.get().is_some()>
                        <button type="button" class="cpor-button cpor-button--secondary" on:click=move |_| reply_to.set(None)>
                            "Cancel reply"
                        </button>
                    </Show>
                </div>
            </form>
            <h2 class="cpor-subheading">"History"</h2>
            <div class="cpor-table-wrap" role="region" aria-label="History" tabindex="0">
                <table class="cpor-table">
                    <thead>
                        <tr>
                            <th scope="col">"When"</th>
                            <th scope="col">"Who"</th>
                            <th scope="col">"What"</th>
                            <th scope="col">"Change"</th>
                        </tr>
                    </thead>
                    <tbody>{entries}</tbody>
                </table>
            </div>
        </section>
    }
}
