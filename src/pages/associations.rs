//! "Customer associations", the app's home: the organisation's claims with
//! their status and next deadline, filtered, searched and paged on the
//! server (each filter in the URL), exported as CSV, and the way to a new
//! claim and back into drafts.

use cpor_core::api::v1::{ClaimPage, ClaimSummary};
use cpor_core::roles::SolutionArea;
use cpor_core::ClaimStatus;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::components::unavailable::Unavailable;
use crate::router::{key_of, use_router, ListFilter, Route};
use crate::state::associations::{csv, deadline_text};

/// Claims per page of the list.
pub const PER_PAGE: u32 = 20;

fn status_icon(status: ClaimStatus) -> &'static str {
    match status {
        ClaimStatus::Editing => "\u{270E}",
        ClaimStatus::Submitted | ClaimStatus::UnderReview | ClaimStatus::Disputed => "\u{25F7}",
        ClaimStatus::PartnerActionRequired => "\u{26A0}",
        ClaimStatus::Approved | ClaimStatus::Eligible => "\u{2713}",
        ClaimStatus::Rejected | ClaimStatus::Withdrawn => "\u{2715}",
    }
}

/// Saves `text` as a CSV file named `name`.
fn download(name: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    if let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) {
        crate::components::save_file(name, &blob);
    }
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
    let page = RwSignal::new(None::<Result<ClaimPage, ()>>);
    let exporting = RwSignal::new(false);
    let load = {
        let filter = filter.clone();
        move || {
            let path = format!("/api/claims?{}&per_page={PER_PAGE}", filter.query());
            page.set(None);
            spawn_local(async move {
                let result = api::get::<ClaimPage>(&path).await.map_err(|_| ());
                page.try_set(Some(result));
            });
        }
    };
    load();
    crate::host::set_title("Customer associations");

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
    let export = {
        let filter = filter.clone();
        move |_| {
            if exporting.get_untracked() {
                return;
            }
            exporting.set(true);
            let filter = filter.clone();
            spawn_local(async move {
                let mut all: Vec<ClaimSummary> = Vec::new();
                let mut today = None;
                for n in 1.. {
                    let f = ListFilter { page: n, ..filter.clone() };
                    let Ok(p) = api::get::<ClaimPage>(&format!("/api/claims?{}&per_page=100", f.query())).await else {
                        break;
                    };
                    let done = p.items.is_empty() || u64::from(p.page * p.per_page) >= p.total;
                    today = Some(p.today);
                    all.extend(p.items);
                    if done {
                        break;
                    }
                }
                if let Some(today) = today {
                    download(&format!("customer-associations-{today}.csv"), &csv(&all, today));
                }
                exporting.set(false);
            });
        }
    };

    let status_options = {
        let chosen = filter.status;
        ClaimStatus::ALL
            .into_iter()
            .map(move |s| view! { <option value=key_of(&s) selected=chosen == Some(s)>{s.label()}</option> })
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
                    <nav class="cpor-pager" aria-label="Pages">
                        <button
                            type="button"
                            class="cpor-button cpor-button--secondary"
                            disabled={current <= 1}
                            on:click=move |_| router.go(Route::Associations(prev.clone()))
                        >
                            "Previous"
                        </button>
                        <span>{format!("Page {current} of {pages}")}</span>
                        <button
                            type="button"
                            class="cpor-button cpor-button--secondary"
                            disabled={current >= pages}
                            on:click=move |_| router.go(Route::Associations(following.clone()))
                        >
                            "Next page"
                        </button>
                    </nav>
                }
            })
        }
    };
    let table = move || match page.get() {
        None => {
            view! { <p class="cpor-loading" role="status">"Loading your customer associations\u{2026}"</p> }.into_any()
        }
        Some(Err(())) => {
            let load = load.clone();
            view! {
                <Unavailable
                    message="We can't load your customer associations right now. This isn't a problem on your side."
                    on_retry=Callback::new(move |()| load())
                    alert=true
                />
            }
            .into_any()
        }
        Some(Ok(p)) if p.items.is_empty() => {
            let text = if filtered {
                "No customer associations match these filters."
            } else {
                "You have no customer associations yet."
            };
            view! { <p class="cpor-body" role="status">{text}</p> }.into_any()
        }
        Some(Ok(p)) => {
            let today = p.today;
            let total = p.total;
            let rows = p
                .items
                .into_iter()
                .map(|c| {
                    let name = if c.claim_name.trim().is_empty() { "Untitled claim".to_owned() } else { c.claim_name.clone() };
                    let draft = c.status == ClaimStatus::Editing;
                    let id = c.id.clone();
                    view! {
                        <tr>
                            <th scope="row">
                                {if draft {
                                    view! { <span class="cpor-cell-title">{name.clone()}</span> }.into_any()
                                } else {
                                    let to = Route::Claim(c.id.clone());
                                    view! {
                                        <a class="cpor-cell-title" href=to.href() on:click=move |ev| {
                                            ev.prevent_default();
                                            router.go(to.clone());
                                        }>{name.clone()}</a>
                                    }.into_any()
                                }}
                                <span class="cpor-cell-meta">{c.id.clone()}</span>
                                {draft.then(|| view! {
                                    <button
                                        type="button"
                                        class="cpor-button cpor-button--link"
                                        aria-label=format!("Continue {name}")
                                        on:click=move |_| on_resume.run(id.clone())
                                    >
                                        "Continue"
                                    </button>
                                })}
                            </th>
                            <td>{c.domain.clone()}</td>
                            <td>{c.solution_area.map(|a| a.label()).unwrap_or("")}</td>
                            <td>{c.partner_role.map(|r| r.label()).unwrap_or("")}</td>
                            <td>{c.products.join(", ")}</td>
                            <td>
                                <span class=format!("cpor-status cpor-status--{}", key_of(&c.status))>
                                    <span aria-hidden="true">{status_icon(c.status)}" "</span>
                                    {c.status.label()}
                                </span>
                                {c.in_arbitration.then(|| view! { <span class="cpor-badge cpor-badge--warning">"Arbitration"</span> })}
                            </td>
                            <td>{deadline_text(today, c.next_deadline)}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <p class="cpor-body" role="status">
                    {format!("{total} customer association{}", if total == 1 { "" } else { "s" })}
                </p>
                <div class="cpor-table-wrap" role="region" aria-label="Customer associations" tabindex="0">
                    <table class="cpor-table">
                        <thead>
                            <tr>
                                <th scope="col">"Claim name"</th>
                                <th scope="col">"Customer domain"</th>
                                <th scope="col">"Solution area"</th>
                                <th scope="col">"Partner role"</th>
                                <th scope="col">"Products"</th>
                                <th scope="col">"Status"</th>
                                <th scope="col" aria-sort="ascending">"Next deadline"</th>
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

    view! {
        <section class="cpor-page cpor-page--wide" aria-labelledby="cpor-page-heading">
            <div class="cpor-list-head">
                <h1 class="cpor-heading" id="cpor-page-heading" tabindex="-1">"Customer associations"</h1>
                {can_claim.then(|| view! {
                    <a
                        class="cpor-button cpor-button--primary"
                        href=Route::NewClaim.href()
                        on:click=move |ev| {
                            ev.prevent_default();
                            router.go(Route::NewClaim);
                        }
                    >
                        "New customer association"
                    </a>
                })}
            </div>
            <form class="cpor-filters" role="search" on:submit=on_search>
                <div class="cpor-filter">
                    <label class="cpor-label" for="cpor-filter-status">"Status"</label>
                    <select class="cpor-select" id="cpor-filter-status" on:change=on_status>
                        <option value="" selected=filter.status.is_none()>"All statuses"</option>
                        {status_options}
                    </select>
                </div>
                <div class="cpor-filter">
                    <label class="cpor-label" for="cpor-filter-area">"Solution area"</label>
                    <select class="cpor-select" id="cpor-filter-area" on:change=on_area>
                        <option value="" selected=filter.area.is_none()>"All solution areas"</option>
                        {area_options}
                    </select>
                </div>
                <div class="cpor-filter cpor-filter--search">
                    <label class="cpor-label" for="cpor-filter-q">"Search"</label>
                    <input
                        class="cpor-input"
                        id="cpor-filter-q"
                        type="search"
                        placeholder="Claim name, domain, tenant ID or claim ID"
                        prop:value=move || search.get()
                        on:input:target=move |ev| search.set(ev.target().value())
                    />
                </div>
                <button type="submit" class="cpor-button cpor-button--secondary">"Search"</button>
            </form>
            <div class="cpor-list-tools">
                <p class="cpor-hint">"Sorted by next deadline, soonest first."</p>
                <button
                    type="button"
                    class="cpor-button cpor-button--secondary"
                    aria-busy=move || if exporting.get() { "true" } else { "false" }
                    on:click=export
                >
                    "Export CSV"
                </button>
            </div>
            {table}
        </section>
    }
}
