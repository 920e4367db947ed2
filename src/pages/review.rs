//! The reviewers' side: the queue by due date with its SLA state, and a
//! claim's review page — the claim, its files, comments and history, the
//! decisions its status allows, the competing claims side by side with the
//! arbitration decision, and, in the demo, the customer's opt-out link.

use cpor_core::api::v1::{
    CommentsResponse, HistoryResponse, InformationRequest, QueueResponse, RejectRequest, ReviewClaim, SlaState,
};
use cpor_core::lifecycle::{InformationRequestReason, RejectionReason};
use cpor_core::ClaimStatus;
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Serialize;

use crate::api::{self, ApiError};
use crate::pages::steps::answers::contact;
use crate::router::{key_of, use_router, Route};

fn sla_label(sla: SlaState) -> &'static str {
    match sla {
        SlaState::OnTime => "On time",
        SlaState::DueToday => "Due today",
        SlaState::Overdue => "Overdue",
    }
}

/// The queue.
#[component]
pub fn ReviewQueue() -> impl IntoView {
    let router = use_router();
    let queue = RwSignal::new(None::<Result<QueueResponse, ()>>);
    spawn_local(async move {
        let result = api::get::<QueueResponse>("/api/review/queue").await.map_err(|_| ());
        queue.try_set(Some(result));
    });
    crate::host::set_title("Review queue");
    let body = move || match queue.get() {
        None => view! { <p class="cpor-loading" role="status">"Loading the queue\u{2026}"</p> }.into_any(),
        Some(Err(())) => {
            view! { <p class="cpor-body" role="alert">"We can't load the queue right now."</p> }.into_any()
        }
        Some(Ok(q)) if q.items.is_empty() => {
            view! { <p class="cpor-body">"No claims are waiting for a reviewer."</p> }.into_any()
        }
        Some(Ok(q)) => {
            let rows = q
                .items
                .into_iter()
                .map(|item| {
                    let c = item.claim;
                    let to = Route::Review(c.id.clone());
                    let name = if c.claim_name.is_empty() { c.id.clone() } else { c.claim_name.clone() };
                    view! {
                        <tr>
                            <th scope="row">
                                <a class="cpor-cell-title" href=to.href() on:click=move |ev| {
                                    ev.prevent_default();
                                    router.go(to.clone());
                                }>{name}</a>
                                <span class="cpor-cell-meta">{c.id.clone()}</span>
                            </th>
                            <td>{item.organisation}</td>
                            <td>{c.domain.clone()}</td>
                            <td>
                                {c.status.label()}
                                {c.in_arbitration.then(|| view! { " " <span class="cpor-badge cpor-badge--warning">"Arbitration"</span> })}
                            </td>
                            <td>{c.next_deadline.map(|d| d.long()).unwrap_or_default()}</td>
                            <td class=format!("cpor-sla cpor-sla--{}", key_of(&item.sla))>{sla_label(item.sla)}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <div class="cpor-table-wrap" role="region" aria-label="Review queue" tabindex="0">
                    <table class="cpor-table">
                        <thead>
                            <tr>
                                <th scope="col">"Claim"</th>
                                <th scope="col">"Partner"</th>
                                <th scope="col">"Customer domain"</th>
                                <th scope="col">"Status"</th>
                                <th scope="col" aria-sort="ascending">"Due"</th>
                                <th scope="col">"SLA"</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }
    };
    view! {
        <section class="cpor-page cpor-page--wide" aria-labelledby="cpor-page-heading">
            <h1 class="cpor-heading" id="cpor-page-heading" tabindex="-1">"Review queue"</h1>
            <p class="cpor-hint">"Sorted by due date, soonest first."</p>
            {body}
        </section>
    }
}

#[derive(Serialize)]
struct Note {
    comment: String,
}

/// A claim's review page.
#[component]
pub fn ReviewPage(
    /// The claim's id.
    id: String,
) -> impl IntoView {
    let id = StoredValue::new(id);
    let review = RwSignal::new(None::<Result<ReviewClaim, String>>);
    let comments = RwSignal::new(None::<CommentsResponse>);
    let history = RwSignal::new(None::<HistoryResponse>);
    let error = RwSignal::new(None::<String>);
    let load = move || {
        let id = id.get_value();
        spawn_local(async move {
            let result = api::get::<ReviewClaim>(&format!("/api/review/claims/{id}")).await;
            review.try_set(Some(result.map_err(|e| match e {
                ApiError::Problem(p) => p.detail,
                _ => "We can't reach the claims service right now.".to_owned(),
            })));
            comments.try_set(api::get::<CommentsResponse>(&format!("/api/claims/{id}/comments")).await.ok());
            history.try_set(api::get::<HistoryResponse>(&format!("/api/claims/{id}/history")).await.ok());
        });
    };
    load();
    // Every decision posts to its route and shows the claim as it now is.
    let decide = move |action: &'static str, body: String| {
        error.set(None);
        spawn_local(async move {
            let path = format!("/api/review/claims/{}/{action}", id.get_value());
            match api::post::<ReviewClaim>(&path, body, None).await {
                Ok(r) => {
                    review.try_set(Some(Ok(r)));
                    load();
                }
                Err(ApiError::Problem(p)) => {
                    error.try_set(Some(p.detail));
                }
                Err(_) => {
                    error.try_set(Some("We couldn't record this right now. Try again in a moment.".to_owned()));
                }
            }
        });
    };

    let reasons = RwSignal::new(Vec::<InformationRequestReason>::new());
    let request_comment = RwSignal::new(String::new());
    let reject_reason = RwSignal::new(RejectionReason::PoeInsufficient);
    let reject_comment = RwSignal::new(String::new());
    let arbitration_comment = RwSignal::new(String::new());

    let body = move || match review.get() {
        None => view! { <p class="cpor-loading" role="status">"Loading the claim\u{2026}"</p> }.into_any(),
        Some(Err(why)) => view! {
            <h1 class="cpor-heading" id="cpor-page-heading" tabindex="-1">"This claim can't be shown"</h1>
            <p class="cpor-body" role="alert">{why}</p>
        }
        .into_any(),
        Some(Ok(r)) => {
            let c = r.claim;
            let s = c.summary.clone();
            let status = s.status;
            let i = c.input.clone();
            crate::host::set_title(&format!("Review {} \u{2013} Review queue", s.id));
            let rows = vec![
                ("Partner", r.organisation.clone()),
                ("Partner program ID", i.partner_program_id.clone()),
                ("Customer", format!("{} ({})", i.domain, i.tenant_id)),
                ("Solution area", i.solution_area.map(|a| a.label().to_owned()).unwrap_or_default()),
                ("Partner role", i.partner_role.map(|x| x.label().to_owned()).unwrap_or_default()),
                ("Products", s.products.join(", ")),
                ("Customer contact", contact(&i.customer_contact)),
                ("Partner contact", contact(&i.partner_contact)),
                ("Comment", i.comment.clone()),
            ];
            let competing = r.competing.clone();
            let in_review = matches!(status, ClaimStatus::UnderReview | ClaimStatus::Disputed);
            view! {
                <h1 class="cpor-heading" id="cpor-page-heading" tabindex="-1">
                    {format!("Review: {}", if s.claim_name.is_empty() { s.id.clone() } else { s.claim_name.clone() })}
                </h1>
                <p class="cpor-body">
                    <span class="cpor-status">{format!("Status: {}", status.label())}</span>
                    {s.next_deadline.map(|d| format!("Due: {}", d.long()))}
                </p>
                <dl class="cpor-answer-list">
                    {rows.into_iter().map(|(l, v)| view! {
                        <div class="cpor-answer"><dt class="cpor-answer-label">{l}</dt><dd class="cpor-answer-value">{v}</dd></div>
                    }).collect_view()}
                </dl>
                <h2 class="cpor-subheading">"Proof of execution"</h2>
                <ul class="cpor-files">
                    {c.files.iter().map(|f| view! {
                        <li class="cpor-file">
                            <span class="cpor-file-name">{f.name.clone()}</span>
                            <span class="cpor-file-meta">{format!("uploaded {}", f.uploaded_on.long())}</span>
                        </li>
                    }).collect_view()}
                </ul>
                {r.opt_out_url.map(|url| view! {
                    <div class="cpor-note">
                        <p>"Demo: the link the customer gets to decline this association:"</p>
                        <p><a href=url.clone()>{url.clone()}</a></p>
                    </div>
                })}
                {(!competing.is_empty()).then(|| view! {
                    <h2 class="cpor-subheading">"Arbitration: competing claims"</h2>
                    <div class="cpor-compare">
                        <div class="cpor-compare-card">
                            <p class="cpor-cell-title">{format!("This claim \u{00B7} {}", r.organisation)}</p>
                            <p>{s.partner_role.map(|x| x.label()).unwrap_or("")}</p>
                            <p>{s.products.join(", ")}</p>
                            <p>{format!("{} file(s), latest {}", c.files.len(), c.files.iter().map(|f| f.uploaded_on).max().map(|d| d.long()).unwrap_or_default())}</p>
                            <p>{r.submitted_on.map(|d| format!("Submitted {}", d.long()))}</p>
                        </div>
                        {competing.into_iter().map(|o| view! {
                            <div class="cpor-compare-card">
                                <p class="cpor-cell-title">{format!("{} \u{00B7} {}", o.claim.id, o.organisation)}</p>
                                <p>{o.claim.partner_role.map(|x| x.label()).unwrap_or("")}</p>
                                <p>{o.claim.products.join(", ")}</p>
                                <p>{format!("{} file(s), latest {}", o.files, o.latest_poe.map(|d| d.long()).unwrap_or_default())}</p>
                                <p>{o.submitted_on.map(|d| format!("Submitted {}", d.long()))}</p>
                                <p>{o.claim.status.label()}</p>
                            </div>
                        }).collect_view()}
                    </div>
                    <div class="cpor-field">
                        <label class="cpor-label" for="cpor-arbitration-reason">"Why this claim wins (shown to the other partners)"</label>
                        <textarea class="cpor-input cpor-textarea" id="cpor-arbitration-reason"
                            prop:value=move || arbitration_comment.get()
                            on:input:target=move |ev| arbitration_comment.set(ev.target().value())></textarea>
                        <div class="cpor-actions">
                            <button type="button" class="cpor-button cpor-button--primary" on:click=move |_| {
                                decide("win-arbitration", api::json(&Note { comment: arbitration_comment.get_untracked() }));
                            }>"Approve this claim and reject the others"</button>
                        </div>
                    </div>
                })}
                <h2 class="cpor-subheading">"Decision"</h2>
                {(status == ClaimStatus::Submitted).then(|| view! {
                    <div class="cpor-actions">
                        <button type="button" class="cpor-button cpor-button--primary" on:click=move |_| decide("start", "{}".to_owned())>
                            "Start review"
                        </button>
                    </div>
                })}
                {in_review.then(|| view! {
                    <fieldset class="cpor-fieldset cpor-field">
                        <legend class="cpor-label">"Request information"</legend>
                        {InformationRequestReason::ALL.into_iter().map(|reason| {
                            let box_id = format!("cpor-reason-{}", key_of(&reason));
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
                        <label class="cpor-label" for="cpor-request-comment">"What the partner should do"</label>
                        <textarea class="cpor-input cpor-textarea" id="cpor-request-comment"
                            prop:value=move || request_comment.get()
                            on:input:target=move |ev| request_comment.set(ev.target().value())></textarea>
                        <div class="cpor-actions">
                            <button type="button" class="cpor-button cpor-button--secondary" on:click=move |_| {
                                let body = InformationRequest { reasons: reasons.get_untracked(), comment: request_comment.get_untracked() };
                                decide("request-information", api::json(&body));
                            }>"Request information"</button>
                        </div>
                    </fieldset>
                    <div class="cpor-actions">
                        <button type="button" class="cpor-button cpor-button--primary" on:click=move |_| {
                            decide("approve", api::json(&Note { comment: String::new() }));
                        }>"Approve"</button>
                    </div>
                    <fieldset class="cpor-fieldset cpor-field">
                        <legend class="cpor-label">"Reject"</legend>
                        <label class="cpor-label" for="cpor-reject-reason">"Reason"</label>
                        <select class="cpor-select" id="cpor-reject-reason" on:change=move |ev| {
                            let v = event_target_value(&ev);
                            if let Some(r) = RejectionReason::ALL.into_iter().find(|r| key_of(r) == v) { reject_reason.set(r); }
                        }>
                            {RejectionReason::ALL.into_iter().map(|r| view! { <option value=key_of(&r)>{r.label()}</option> }).collect_view()}
                        </select>
                        <label class="cpor-label" for="cpor-reject-comment">"Comment for the partner"</label>
                        <textarea class="cpor-input cpor-textarea" id="cpor-reject-comment"
                            prop:value=move || reject_comment.get()
                            on:input:target=move |ev| reject_comment.set(ev.target().value())></textarea>
                        <div class="cpor-actions">
                            <button type="button" class="cpor-button cpor-button--secondary" on:click=move |_| {
                                let body = RejectRequest { reason: reject_reason.get_untracked(), comment: reject_comment.get_untracked() };
                                decide("reject", api::json(&body));
                            }>"Reject"</button>
                        </div>
                    </fieldset>
                })}
            }
            .into_any()
        }
    };
    let thread = move || {
        comments.get().map(|c| {
            c.comments
                .into_iter()
                .map(|m| {
                    view! {
                        <li class="cpor-comment">
                            <p class="cpor-comment-meta"><strong>{m.author}</strong></p>
                            <p class="cpor-comment-body">{m.body}</p>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let entries = move || {
        history.get().map(|h| {
            h.entries
                .into_iter()
                .map(|e| view! {
                    <li>{format!("{} \u{00B7} {} \u{00B7} {}", e.actor, e.action, e.new_value.unwrap_or_default())}</li>
                })
                .collect_view()
        })
    };
    view! {
        <section class="cpor-page cpor-page--wide" aria-labelledby="cpor-page-heading">
            {body}
            {move || error.get().map(|e| view! { <p class="cpor-error-text" role="alert">{e}</p> })}
            <h2 class="cpor-subheading">"Comments"</h2>
            <ol class="cpor-comments">{thread}</ol>
            <h2 class="cpor-subheading">"History"</h2>
            <ol class="cpor-history">{entries}</ol>
        </section>
    }
}
