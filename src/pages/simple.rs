//! The app's small pages: "Page not found" for an address under the app's
//! base path that is none of its pages, and the note a partner gets at the
//! reviewers' addresses.

use cpor_i18n::tr;
use leptos::prelude::*;

use crate::components::unavailable::Unavailable;
use crate::host::Ids;
use crate::router::{use_router, Route};

/// A page with a heading, a sentence and a link to the associations list.
fn plain_page(heading: String, sentence: String, link: String) -> impl IntoView {
    let router = use_router();
    let id = Ids::here().id("page-heading");
    let labelled_by = id.clone();
    let home = Route::Associations(Default::default());
    view! {
        <section class="cpor-page" aria-labelledby=labelled_by>
            <div class="cpor-card cpor-card--plain">
                <h1 class="cpor-heading" id=id tabindex="-1">{heading}</h1>
                <p class="cpor-body">{sentence}</p>
                <p class="cpor-body">
                    <a href=home.href() on:click=move |ev| {
                        ev.prevent_default();
                        router.go(home.clone());
                    }>{link}</a>
                </p>
            </div>
        </section>
    }
}

/// "Page not found".
#[component]
pub fn NotFound() -> impl IntoView {
    plain_page(tr!(PAGE_TITLE_NOT_FOUND), tr!(PAGE_NOT_FOUND_BODY), tr!(PAGE_GO_TO_LIST))
}

/// What a partner sees at `/review`.
#[component]
pub fn ReviewersOnly() -> impl IntoView {
    plain_page(tr!(PAGE_REVIEWERS_ONLY_HEADING), tr!(PAGE_REVIEWERS_ONLY_BODY), tr!(PAGE_GO_TO_LIST))
}

/// The page of a part of the app that did not download (src/parts.rs): its
/// title, what happened with Retry, and (away from the list) the way back
/// to the list.
pub fn part_missing(title: String, on_retry: Callback<()>) -> AnyView {
    let router = use_router();
    let id = Ids::here().id("page-heading");
    let labelled_by = id.clone();
    let home = Route::Associations(Default::default());
    let away = !matches!(router.route.get_untracked(), Route::Associations(_));
    view! {
        <section class="cpor-page" aria-labelledby=labelled_by>
            <div class="cpor-card cpor-card--plain">
                <h1 class="cpor-heading" id=id tabindex="-1">{title}</h1>
                <Unavailable
                    message=tr!(PAGE_PART_MISSING)
                    on_retry=on_retry
                    alert=true
                />
                <Show when=move || away>
                    <p class="cpor-body">
                        <a href=home.href() on:click=move |ev| {
                            ev.prevent_default();
                            router.go(Route::Associations(Default::default()));
                        }>{tr!(PAGE_GO_TO_LIST)}</a>
                    </p>
                </Show>
            </div>
        </section>
    }
    .into_any()
}
