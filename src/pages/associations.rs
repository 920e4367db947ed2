//! "Customer associations", the app's home: the organisation's claims with
//! their status and next deadline, filtered, searched and paged on the
//! server (each filter in the URL), exported as CSV (every page, or nothing
//! and a message saying why), and the way to a new claim and back into
//! drafts (the export is `export`'s). The table adapts to the width of its container (the mount), not
//! the window's: in a narrow column each claim is a card, its status and
//! deadline always in view.

use cpor_core::api::v1::{ClaimPage, ClaimSummary};
use cpor_core::date::Date;
use cpor_core::roles::SolutionArea;
use cpor_core::ClaimStatus;
use cpor_i18n::tr;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::components::icon::{icon, Icon};
use crate::components::status_badge::{arbitration_badge, status_badge, status_label};
use crate::components::unavailable::Unavailable;
use crate::host::Ids;
use crate::pages::export::Exporter;
use crate::router::{key_of, use_router, ListFilter, Route};
use crate::state::associations::deadline_parts;
use crate::state::drafts::{customer_of, draft_title};

/// Claims per page of the list.
pub const PER_PAGE: u32 = 20;

/// One row of the list.
fn row(c: ClaimSummary, today: Date, on_resume: Callback<String>) -> impl IntoView {
    let router = use_router();
    let draft = c.status == ClaimStatus::Editing;
    let name = if draft {
        draft_title(&c)
    } else if c.claim_name.trim().is_empty() {
        c.id.clone()
    } else {
        c.claim_name.clone()
    };
    let id = c.id.clone();
    let title = if draft {
        let label = tr!(LIST_CONTINUE_LABEL, name.clone());
        view! {
            <span class="cpor-cell-title">{name.clone()}</span>
            <button type="button" class="cpor-button cpor-button--link" aria-label=label on:click=move |_| { on_resume.try_run(id.clone()); }>
                {tr!(LIST_CONTINUE)}
            </button>
        }
        .into_any()
    } else {
        let to = Route::Claim(c.id.clone());
        view! {
            <a class="cpor-cell-title" href=to.href() on:click=move |ev| {
                ev.prevent_default();
                router.go(to.clone());
            }>{name.clone()}</a>
        }
        .into_any()
    };
    let customer = customer_of(&c);
    let (due, countdown) = deadline_parts(today, c.next_deadline);
    let area = c.solution_area.map(SolutionArea::label).unwrap_or_else(|| "\u{2014}".to_owned());
    let role = c.partner_role.map(|r| r.label()).unwrap_or_default();
    let products = c.products.join(", ");
    view! {
        <tr class="cpor-row">
            <th scope="row" class="cpor-cell-claim">
                {title}
                <span class="cpor-cell-meta">{c.id.clone()}</span>
            </th>
            <td class="cpor-cell-customer">
                {if customer.is_empty() {
                    view! { <span>{if c.domain.is_empty() { "\u{2014}".to_owned() } else { c.domain.clone() }}</span> }.into_any()
                } else {
                    view! {
                        <span class="cpor-cell-strong">{customer}</span>
                        <span class="cpor-cell-meta-inline">{c.domain.clone()}</span>
                    }
                    .into_any()
                }}
            </td>
            <td class="cpor-cell-area">
                <span>{area}</span>
                <span class="cpor-cell-meta">{role}</span>
            </td>
            <td class="cpor-cell-products" class:cpor-cell--empty=products.is_empty()>
                {if products.is_empty() { "\u{2014}".to_owned() } else { products.clone() }}
            </td>
            <td class="cpor-cell-status">
                {status_badge(c.status)}
                {c.in_arbitration.then(arbitration_badge)}
            </td>
            <td class="cpor-cell-due">
                {match due {
                    Some(due) => view! {
                        <span class="cpor-cell-label">{tr!(LIST_NEXT_DEADLINE)}" "</span>
                        <span class="cpor-cell-date">{due}</span>
                        <span class="cpor-cell-countdown">{countdown}</span>
                    }
                    .into_any(),
                    None => view! { <span class="cpor-cell-meta">{tr!(LIST_NO_DEADLINE)}</span> }.into_any(),
                }}
            </td>
        </tr>
    }
}

/// The API path of the list page's first answer for `filter` (asked for
/// ahead by the app as it starts, see [`crate::api::prefetch`]).
pub fn list_path(filter: &ListFilter) -> String {
    format!("/api/claims?{}&per_page={PER_PAGE}", filter.query())
}

/// The list page.
#[component]
pub fn Associations(
    /// The filters from the URL.
    filter: ListFilter,
    /// Whether the user may create claims (shows the button).
    can_claim: bool,
    /// Opens a draft in the claim flow.
    on_resume: Callback<String>,
) -> impl IntoView {
    let router = use_router();
    let ids = Ids::here();
    let page = RwSignal::new(None::<Result<ClaimPage, ()>>);
    let exporter = Exporter::new(filter.clone());
    let load = {
        let filter = filter.clone();
        move || {
            let path = list_path(&filter);
            page.set(None);
            spawn_local(async move {
                let result = api::get::<ClaimPage>(&path).await.map_err(|_| ());
                page.try_set(Some(result));
            });
        }
    };
    load();

    let set = {
        let filter = filter.clone();
        move |f: &dyn Fn(&mut ListFilter)| {
            let mut next = filter.clone();
            f(&mut next);
            next.page = 1;
            router.go(Route::Associations(next));
        }
    };
    let on_status = {
        let set = set.clone();
        move |ev: web_sys::Event| {
            let v = event_target_value(&ev);
            set(&|f| f.status = ClaimStatus::ALL.into_iter().find(|s| key_of(s) == v));
        }
    };
    let on_area = {
        let set = set.clone();
        move |ev: web_sys::Event| {
            let v = event_target_value(&ev);
            set(&|f| f.area = SolutionArea::ALL.into_iter().find(|a| key_of(a) == v));
        }
    };
    let search = RwSignal::new(filter.q.clone());
    let on_search = {
        let set = set.clone();
        move |ev: web_sys::SubmitEvent| {
            ev.prevent_default();
            let q = search.get_untracked();
            set(&|f| f.q = q.clone());
        }
    };
    let status_options = {
        let chosen = filter.status;
        ClaimStatus::ALL
            .into_iter()
            .map(move |s| view! { <option value=key_of(&s) selected=chosen == Some(s)>{status_label(s)}</option> })
            .collect_view()
    };
    let area_options = {
        let chosen = filter.area;
        SolutionArea::ALL
            .into_iter()
            .map(move |a| view! { <option value=key_of(&a) selected=chosen == Some(a)>{a.label()}</option> })
            .collect_view()
    };
    let filtered = filter != ListFilter { page: filter.page, ..ListFilter::default() };
    let current = filter.page.max(1);
    let pager = {
        let filter = filter.clone();
        move |total: u64| {
            let pages = total.div_ceil(u64::from(PER_PAGE)).max(1) as u32;
            let (prev, following) = (
                ListFilter { page: current.saturating_sub(1).max(1), ..filter.clone() },
                ListFilter { page: current + 1, ..filter.clone() },
            );
            (pages > 1).then(|| {
                view! {
                    <nav class="cpor-pager" aria-label=tr!(LIST_PAGES)>
                        <button
                            type="button"
                            class="cpor-button cpor-button--secondary"
                            disabled={current <= 1}
                            on:click=move |_| router.go(Route::Associations(prev.clone()))
                        >
                            {tr!(LIST_PREVIOUS)}
                        </button>
                        <span>{tr!(LIST_PAGE_OF, current, pages)}</span>
                        <button
                            type="button"
                            class="cpor-button cpor-button--secondary"
                            disabled={current >= pages}
                            on:click=move |_| router.go(Route::Associations(following.clone()))
                        >
                            {tr!(LIST_NEXT_PAGE)}
                        </button>
                    </nav>
                }
            })
        }
    };
    let table = move || match page.get() {
        None => view! { <p class="cpor-loading" role="status">{tr!(LIST_LOADING)}</p> }.into_any(),
        Some(Err(())) => {
            let load = load.clone();
            view! {
                <Unavailable
                    message=tr!(LIST_UNAVAILABLE)
                    on_retry=Callback::new(move |()| load())
                    alert=true
                />
            }
            .into_any()
        }
        Some(Ok(p)) if p.items.is_empty() => {
            let text = if filtered { tr!(LIST_EMPTY_FILTERED) } else { tr!(LIST_EMPTY) };
            view! { <p class="cpor-empty" role="status">{text}</p> }.into_any()
        }
        Some(Ok(p)) => {
            let today = p.today;
            let total = p.total;
            let rows = p.items.into_iter().map(|c| row(c, today, on_resume)).collect_view();
            view! {
                <p class="cpor-count" role="status">
                    {tr!(LIST_COUNT, total)}
                    <span class="cpor-count-sort">" \u{00B7} "{tr!(LIST_SORTED)}</span>
                </p>
                <div class="cpor-table-wrap" role="region" aria-label=tr!(PAGE_TITLE_ASSOCIATIONS) tabindex="0">
                    <table class="cpor-table cpor-table--claims">
                        <thead>
                            <tr>
                                <th scope="col">{tr!(LIST_COLUMN_CLAIM)}</th>
                                <th scope="col">{tr!(LIST_COLUMN_CUSTOMER)}</th>
                                <th scope="col">{tr!(LIST_COLUMN_AREA_ROLE)}</th>
                                <th scope="col">{tr!(FIELD_PRODUCTS)}</th>
                                <th scope="col">{tr!(LIST_COLUMN_STATUS)}</th>
                                <th scope="col" aria-sort="ascending">{tr!(LIST_NEXT_DEADLINE)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                {pager.clone()(total)}
            }
            .into_any()
        }
    };

    let heading_id = ids.id("page-heading");
    let labelled_by = heading_id.clone();
    let (status_id, area_id, q_id) = (ids.id("filter-status"), ids.id("filter-area"), ids.id("filter-q"));
    view! {
        <section class="cpor-page cpor-page--wide" aria-labelledby=labelled_by>
            <div class="cpor-list-head">
                <div class="cpor-list-title">
                    <h1 class="cpor-heading" id=heading_id tabindex="-1">{tr!(PAGE_TITLE_ASSOCIATIONS)}</h1>
                    <p class="cpor-lede">{tr!(LIST_LEDE)}</p>
                </div>
                {can_claim.then(|| view! {
                    <a
                        class="cpor-button cpor-button--primary"
                        href=Route::NewClaim.href()
                        on:click=move |ev| {
                            ev.prevent_default();
                            router.go(Route::NewClaim);
                        }
                    >
                        {icon(Icon::ADD)}
                        {tr!(PAGE_TITLE_NEW_CLAIM)}
                    </a>
                })}
            </div>
            <div class="cpor-card cpor-card--list">
                <div class="cpor-toolbar">
                    <form class="cpor-filters" role="search" on:submit=on_search>
                        <div class="cpor-filter">
                            <label class="cpor-label" for=status_id.clone()>{tr!(LIST_COLUMN_STATUS)}</label>
                            <select class="cpor-select" id=status_id on:change=on_status>
                                <option value="" selected=filter.status.is_none()>{tr!(LIST_ALL_STATUSES)}</option>
                                {status_options}
                            </select>
                        </div>
                        <div class="cpor-filter">
                            <label class="cpor-label" for=area_id.clone()>{tr!(LIST_FILTER_AREA)}</label>
                            <select class="cpor-select" id=area_id on:change=on_area>
                                <option value="" selected=filter.area.is_none()>{tr!(LIST_ALL_AREAS)}</option>
                                {area_options}
                            </select>
                        </div>
                        <div class="cpor-filter cpor-filter--search">
                            <label class="cpor-label" for=q_id.clone()>{tr!(LIST_SEARCH_LABEL)}</label>
                            <input
                                class="cpor-input cpor-input--search"
                                id=q_id
                                type="search"
                                placeholder=tr!(LIST_SEARCH_PLACEHOLDER)
                                prop:value=move || search.get()
                                on:input:target=move |ev| search.set(ev.target().value())
                            />
                            {icon(Icon::SEARCH)}
                        </div>
                        <button type="submit" class="cpor-button cpor-button--secondary">{tr!(LIST_SEARCH_BUTTON)}</button>
                    </form>
                    {exporter.button()}
                </div>
                {exporter.result()}
                {table}
            </div>
        </section>
    }
}
