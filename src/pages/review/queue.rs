//! The review queue: every claim waiting for a reviewer, soonest due first,
//! with its partner, customer, status and whether it is on time.

use cpor_core::api::v1::{QueueResponse, SlaState};
use cpor_i18n::tr;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::components::icon::{icon, Icon};
use crate::components::status_badge::{arbitration_badge, status_badge};
use crate::components::unavailable::Unavailable;
use crate::host::Ids;
use crate::router::{use_router, Route};

fn sla(sla: SlaState) -> impl IntoView {
    let (class, glyph, text) = match sla {
        SlaState::OnTime => ("cpor-sla cpor-sla--on_time", Icon::CLOCK, tr!(REVIEW_ON_TIME)),
        SlaState::DueToday => ("cpor-sla cpor-sla--due_today", Icon::WARNING, tr!(REVIEW_DUE_TODAY)),
        SlaState::Overdue => ("cpor-sla cpor-sla--overdue", Icon::ERROR, tr!(REVIEW_OVERDUE)),
    };
    view! { <span class=class>{icon(glyph)}{text}</span> }
}

/// The queue.
#[component]
pub fn ReviewQueue() -> impl IntoView {
    let router = use_router();
    let ids = Ids::here();
    let queue = RwSignal::new(None::<Result<QueueResponse, ()>>);
    let load = move || {
        queue.set(None);
        spawn_local(async move {
            let result = api::get::<QueueResponse>("/api/review/queue").await.map_err(|_| ());
            queue.try_set(Some(result));
        });
    };
    load();
    let body = move || match queue.get() {
        None => view! { <p class="cpor-loading" role="status">{tr!(REVIEW_LOADING)}</p> }.into_any(),
        Some(Err(())) => view! {
            <Unavailable message=tr!(REVIEW_UNAVAILABLE) on_retry=Callback::new(move |()| load()) alert=true/>
        }
        .into_any(),
        Some(Ok(q)) if q.items.is_empty() => view! { <p class="cpor-empty">{tr!(REVIEW_EMPTY)}</p> }.into_any(),
        Some(Ok(q)) => {
            let count = q.items.len();
            let rows = q
                .items
                .into_iter()
                .map(|item| {
                    let c = item.claim;
                    let to = Route::Review(c.id.clone());
                    let name = if c.claim_name.is_empty() { c.id.clone() } else { c.claim_name.clone() };
                    view! {
                        <tr class="cpor-row">
                            <th scope="row" class="cpor-cell-claim">
                                <a class="cpor-cell-title" href=to.href() on:click=move |ev| {
                                    ev.prevent_default();
                                    router.go(to.clone());
                                }>{name}</a>
                                <span class="cpor-cell-meta">{c.id.clone()}</span>
                            </th>
                            <td class="cpor-cell-customer">
                                <span class="cpor-cell-strong">{item.organisation}</span>
                                <span class="cpor-cell-meta-inline">{c.domain.clone()}</span>
                            </td>
                            <td class="cpor-cell-products">{c.products.join(", ")}</td>
                            <td class="cpor-cell-status">
                                {status_badge(c.status)}
                                {c.in_arbitration.then(arbitration_badge)}
                            </td>
                            <td class="cpor-cell-due">
                                <span class="cpor-cell-label">{tr!(REVIEW_DUE)}" "</span>
                                <span>{c.next_deadline.map(|d| d.long()).unwrap_or_default()}</span>
                                {sla(item.sla)}
                            </td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <p class="cpor-count" role="status">
                    {tr!(REVIEW_COUNT, count)}
                    <span class="cpor-count-sort">" \u{00B7} "{tr!(REVIEW_SORTED)}</span>
                </p>
                <div class="cpor-table-wrap" role="region" aria-label=tr!(PAGE_TITLE_REVIEW_QUEUE) tabindex="0">
                    <table class="cpor-table cpor-table--queue">
                        <thead>
                            <tr>
                                <th scope="col">{tr!(LIST_COLUMN_CLAIM)}</th>
                                <th scope="col">{tr!(REVIEW_COLUMN_PARTNER)}</th>
                                <th scope="col">{tr!(FIELD_PRODUCTS)}</th>
                                <th scope="col">{tr!(LIST_COLUMN_STATUS)}</th>
                                <th scope="col" aria-sort="ascending">{tr!(REVIEW_DUE)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }
    };
    let heading_id = ids.id("page-heading");
    let labelled_by = heading_id.clone();
    view! {
        <section class="cpor-page cpor-page--wide" aria-labelledby=labelled_by>
            <div class="cpor-list-head">
                <div class="cpor-list-title">
                    <h1 class="cpor-heading" id=heading_id tabindex="-1">{tr!(PAGE_TITLE_REVIEW_QUEUE)}</h1>
                    <p class="cpor-lede">{tr!(REVIEW_LEDE)}</p>
                </div>
            </div>
            <div class="cpor-card cpor-card--list">{body}</div>
        </section>
    }
}
