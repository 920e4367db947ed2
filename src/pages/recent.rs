//! The compact view (`view: "compact"`): the partner's most recently
//! changed claims, for a host's side panel. Each opens in the page's full
//! mount when there is one (no reload), else at its address; the host's
//! panel gives the heading.

use cpor_core::api::v1::{ClaimPage, ClaimSummary, Me};
use cpor_core::ClaimStatus;
use cpor_i18n::tr;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::components::status_badge::status_badge;
use crate::components::unavailable::Unavailable;
use crate::host::{self, Ids};
use crate::router::{use_router, Route};
use crate::state::associations::deadline_parts;
use crate::state::drafts::{customer_of, draft_title};

/// How many claims the compact view lists.
pub const RECENT: u32 = 5;

/// A link that opens `route` in the page's full mount when it can.
fn open_link(route: Route, text: String, class: &'static str) -> impl IntoView {
    let base = host::config().base_path;
    let href = route.href();
    view! {
        <a class=class href=href on:click=move |ev| {
            if host::open_in_full_mount(&base, route.clone()) {
                ev.prevent_default();
            }
        }>{text}</a>
    }
}

fn item(c: ClaimSummary, today: cpor_core::date::Date) -> impl IntoView {
    let name = if c.status == ClaimStatus::Editing { draft_title(&c) } else { c.claim_name.clone() };
    let name = if name.trim().is_empty() { c.id.clone() } else { name };
    let customer = customer_of(&c);
    let who = if customer.is_empty() { c.domain.clone() } else { customer };
    let (due, countdown) = deadline_parts(today, c.next_deadline);
    view! {
        <li class="cpor-recent-item">
            {open_link(Route::Claim(c.id.clone()), name, "cpor-recent-name")}
            <span class="cpor-recent-meta">{who}</span>
            <span class="cpor-recent-state">
                {status_badge(c.status)}
                {due.map(|d| view! { <span class="cpor-recent-due" title=d>{countdown}</span> })}
            </span>
        </li>
    }
}

/// The compact list of the signed-in partner's recent claims.
#[component]
pub fn RecentClaims(
    /// The signed-in user (a reviewer has no claims of their own).
    me: Me,
) -> impl IntoView {
    let _router = use_router();
    let ids = Ids::here();
    let page = RwSignal::new(None::<Result<ClaimPage, ()>>);
    let load = move || {
        page.set(None);
        spawn_local(async move {
            let path = format!("/api/claims?sort=updated&per_page={RECENT}");
            page.try_set(Some(api::get::<ClaimPage>(&path).await.map_err(|_| ())));
        });
    };
    if me.can_claim {
        load();
    }
    let list_id = ids.id("recent");
    let body = move || {
        if !me.can_claim {
            return view! { <p class="cpor-hint">{tr!(RECENT_ADMINS_ONLY)}</p> }.into_any();
        }
        match page.get() {
            None => view! { <p class="cpor-loading" role="status">{tr!(RECENT_LOADING)}</p> }.into_any(),
            Some(Err(())) => view! {
                <Unavailable message=tr!(RECENT_UNAVAILABLE) on_retry=Callback::new(move |()| load())/>
            }
            .into_any(),
            Some(Ok(p)) if p.items.is_empty() => view! { <p class="cpor-hint">{tr!(RECENT_EMPTY)}</p> }.into_any(),
            Some(Ok(p)) => {
                let today = p.today;
                view! {
                    <ul class="cpor-recent" id=list_id.clone() aria-label=tr!(RECENT_LABEL)>
                        {p.items.into_iter().map(|c| item(c, today)).collect_view()}
                    </ul>
                }
                .into_any()
            }
        }
    };
    view! {
        <div class="cpor-compact">
            {body}
            <p class="cpor-recent-all">
                {open_link(Route::Associations(Default::default()), tr!(RECENT_VIEW_ALL), "cpor-link")}
            </p>
        </div>
    }
}
