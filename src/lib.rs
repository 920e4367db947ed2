//! cpor-claims: the CPOR customer association claim flow, as a Leptos
//! single-page app compiled to WebAssembly. Validation runs the same
//! `cpor-core` code as the server, in the browser, before anything is sent.

pub mod api;
pub mod components;
pub mod host;
pub mod pages;
pub mod router;
pub mod state;
mod storage;
pub mod unicode;

use cpor_core::api::v1::{DemoUsersResponse, Me};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::components::demo_user::DemoUserPicker;
use crate::components::unavailable::Unavailable;
use crate::pages::access::AccessNotice;
use crate::pages::associations::Associations;
use crate::pages::claim::ClaimPage;
use crate::pages::new_claim::NewClaim;
use crate::pages::review::{ReviewPage, ReviewQueue};
use crate::router::{Route, Router};
use crate::state::session::{landing, Landing};

/// The root class every style of the app is scoped under.
pub const ROOT_CLASS: &str = "cpor-app";

/// The app: signs in, then shows the flow to the roles that may claim and
/// an explanation to everyone else.
#[component]
pub fn App() -> impl IntoView {
    // `None` while signing in; `Some(Err(()))` when the service can't be reached.
    let session = RwSignal::new(None::<Result<Me, ()>>);
    let load_session = move || {
        session.set(None);
        spawn_local(async move {
            let me = api::get::<Me>("/api/me").await.map_err(|_| ());
            session.try_set(Some(me));
        });
    };
    load_session();
    let demo_users = RwSignal::new(Vec::<Me>::new());
    // Only a server in demo mode lists users, and only a page that signs in
    // by itself (not a host with its own token) gets the picker.
    if !api::host_signs_in() {
        spawn_local(async move {
            if let Ok(list) = api::get_public::<DemoUsersResponse>("/api/demo/users").await {
                demo_users.try_set(list.users);
            }
        });
    }
    let config = host::config();
    let router = Router::with_base(&config.base_path, config.history, config.initial_route.as_deref());
    provide_context(router);
    let events = host::Events::here();
    let root = NodeRef::<leptos::html::Div>::new();
    // A draft chosen in the list, for the claim flow to open.
    let resume = RwSignal::new(None::<String>);
    let on_resume = Callback::new(move |id: String| {
        resume.set(Some(id));
        router.go(Route::NewClaim);
    });
    // Moving to another page puts focus on its heading, and tells the host
    // (for its breadcrumbs).
    Effect::new(move |first: Option<()>| {
        let route = router.route.get();
        events.emit("cpor:navigate", &[("path", router.href(&route).into()), ("title", route.title().into())]);
        if first.is_some() {
            request_animation_frame(move || {
                let heading = root.get_untracked().and_then(|r| r.query_selector("#cpor-page-heading").ok().flatten());
                if let Some(h) = heading {
                    host::focus_into_view(h.unchecked_ref());
                }
            });
        }
    });
    let current = Signal::derive(move || session.get().and_then(Result::ok).map(|me| me.id));
    let on_switch = Callback::new(move |id: String| {
        api::switch_demo_user(&id);
        load_session();
    });
    view! {
        <div
            class=ROOT_CLASS
            node_ref=root
            on:mousedown=move |ev| components::field::note_button_press(&ev)
            on:mouseup=move |_| components::field::note_button_release()
        >
            <DemoUserPicker users=demo_users current=current on_switch=on_switch/>
            {move || match session.get() {
                None => view! { <p class="cpor-loading" role="status">"Signing in\u{2026}"</p> }.into_any(),
                Some(Err(())) => view! {
                    <Unavailable
                        message="We can't reach the claims service right now. Nothing you entered is lost."
                        on_retry=Callback::new(move |()| load_session())
                        alert=true
                    />
                }
                .into_any(),
                Some(Ok(me)) if landing(&me) == Landing::Reviewer => match router.route.get() {
                    Route::Review(id) => view! { <ReviewPage id=id/> }.into_any(),
                    Route::ReviewQueue | Route::Associations(_) => view! { <ReviewQueue/> }.into_any(),
                    _ => view! { <AccessNotice me=me/> }.into_any(),
                },
                Some(Ok(me)) if landing(&me) != Landing::Claim => view! { <AccessNotice me=me/> }.into_any(),
                Some(Ok(me)) => match router.route.get() {
                    Route::NewClaim => {
                        let draft = resume.get_untracked();
                        resume.set(None);
                        view! { <NewClaim me=me resume=draft/> }.into_any()
                    }
                    Route::Associations(filter) => {
                        view! { <Associations filter=filter can_claim=me.can_claim on_resume=on_resume/> }.into_any()
                    }
                    Route::Claim(id) => view! { <ClaimPage id=id on_resume=on_resume/> }.into_any(),
                    Route::ReviewQueue | Route::Review(_) => view! {
                        <section class="cpor-page" aria-labelledby="cpor-page-heading">
                            <h1 class="cpor-heading" id="cpor-page-heading" tabindex="-1">"Reviews are for Microsoft reviewers"</h1>
                            <p class="cpor-body">"Your claims and their reviews are in your customer associations."</p>
                        </section>
                    }
                    .into_any(),
                    Route::NotFound => view! {
                        <section class="cpor-page" aria-labelledby="cpor-page-heading">
                            <h1 class="cpor-heading" id="cpor-page-heading" tabindex="-1">"There's nothing at this address"</h1>
                            <p class="cpor-body">
                                <a href=Route::Associations(Default::default()).href() on:click=move |ev| {
                                    ev.prevent_default();
                                    router.go(Route::Associations(Default::default()));
                                }>"Go to your customer associations"</a>
                            </p>
                        </section>
                    }
                    .into_any(),
                },
            }}
        </div>
    }
}
