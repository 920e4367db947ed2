//! The app's small pages: "Page not found" for an address under the app's
//! base path that is none of its pages, and the note a partner gets at the
//! reviewers' addresses.

use leptos::prelude::*;

use crate::components::unavailable::Unavailable;
use crate::host::Ids;
use crate::router::{use_router, Route};

/// A page with a heading, a sentence and a link to the associations list.
fn plain_page(heading: &'static str, sentence: &'static str, link: &'static str) -> impl IntoView {
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
    plain_page(
        "Page not found",
        "There's nothing at this address. If you typed it, check it; if you followed a link, the claim may have \
         been deleted or may belong to another organisation.",
        "Go to your customer associations",
    )
}

/// What a partner sees at `/review`.
#[component]
pub fn ReviewersOnly() -> impl IntoView {
    plain_page(
        "Reviews are for Microsoft reviewers",
        "Microsoft reviewers work through the claims partners submit. Your own claims, with their status and \
         everything reviewers said, are in your customer associations.",
        "Go to your customer associations",
    )
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
                    message="This page didn't download. Check your connection, then retry. Nothing you entered is lost."
                    on_retry=on_retry
                    alert=true
                />
                <Show when=move || away>
                    <p class="cpor-body">
                        <a href=home.href() on:click=move |ev| {
                            ev.prevent_default();
                            router.go(Route::Associations(Default::default()));
                        }>"Go to your customer associations"</a>
                    </p>
                </Show>
            </div>
        </section>
    }
    .into_any()
}
