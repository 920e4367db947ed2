//! A claim's status timeline (each status reached and when, then the next
//! deadline while a clock runs) and its history in sentences, for the
//! partner's and the reviewer's pages alike.

use cpor_core::api::v1::HistoryResponse;
use cpor_i18n::tr;
use leptos::prelude::*;

use crate::components::date_time;
use crate::components::status_badge::status_label;
use crate::state::history::{actor_name, lines, status_steps};

/// Whether the claim has no status step yet (a draft).
pub fn status_steps_empty(history: &HistoryResponse) -> bool {
    status_steps(&history.entries).is_empty()
}

/// The timeline; nothing before the claim was first submitted.
pub fn timeline(history: &HistoryResponse, next: Option<String>, labelled_by: String) -> impl IntoView {
    let steps = status_steps(&history.entries);
    (!steps.is_empty()).then(|| {
        view! {
            <ol class="cpor-timeline" aria-labelledby=labelled_by>
                {steps.into_iter().map(|(status, at)| view! {
                    <li class="cpor-timeline-step">
                        <span class="cpor-timeline-dot" aria-hidden="true"></span>
                        <span class="cpor-timeline-status">{status_label(status)}</span>
                        <span class="cpor-timeline-when">{date_time(at)}</span>
                    </li>
                }).collect_view()}
                {next.map(|d| view! {
                    <li class="cpor-timeline-step cpor-timeline-next">
                        <span class="cpor-timeline-dot" aria-hidden="true"></span>
                        <span class="cpor-timeline-status">{tr!(LIST_NEXT_DEADLINE)}</span>
                        <span class="cpor-timeline-when">{d}</span>
                    </li>
                })}
            </ol>
        }
    })
}

/// The history, newest first, each entry a sentence with its time.
pub fn history_list(history: HistoryResponse) -> impl IntoView {
    let mut all = lines(&history.entries, actor_name);
    all.reverse();
    if all.is_empty() {
        return view! { <p class="cpor-hint">{tr!(HISTORY_EMPTY)}</p> }.into_any();
    }
    view! {
        <ol class="cpor-history">
            {all.into_iter().map(|l| view! {
                <li class="cpor-history-item">
                    <span class="cpor-history-when">{date_time(l.at)}</span>
                    <span class="cpor-history-text">{l.text}</span>
                    {l.quotes.into_iter().map(|q| view! { <q class="cpor-history-quote">{q}</q> }).collect_view()}
                </li>
            }).collect_view()}
        </ol>
    }
    .into_any()
}
