//! cpor-claims: the CPOR customer association claim flow, as a Leptos
//! single-page app compiled to WebAssembly. Validation runs the same
//! `cpor-core` code as the server, in the browser, before anything is sent.

pub mod api;
pub mod components;
pub mod host;
pub mod i18n;
pub mod pages;
pub mod parts;
pub mod router;
pub mod state;
mod storage;
pub mod unicode;

use cpor_core::api::v1::Me;
use cpor_i18n::tr;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::components::unavailable::Unavailable;
use crate::host::{Ids, View};
use crate::parts::Notice;
use crate::router::{Route, Router};
use crate::state::session::{landing, Landing, SignInProblem};

/// The root class every style of the app is scoped under.
pub const ROOT_CLASS: &str = "cpor-app";

/// The title of `route` for the signed-in user (their landing decides what
/// some routes show).
fn title_for(route: &Route, landing: Option<Landing>) -> String {
    match (route, landing) {
        (Route::ReviewQueue | Route::Review(_), Some(Landing::Claim)) => tr!(APP_TITLE_REVIEWERS_ONLY),
        (Route::Associations(_), Some(Landing::Reviewer)) => Route::ReviewQueue.title(),
        (_, Some(Landing::RolesNeeded)) => tr!(APP_TITLE_ROLES_NEEDED),
        _ => route.title(),
    }
}

/// The app: signs in, then shows the flow to the roles that may claim and
/// an explanation to everyone else.
#[component]
pub fn App() -> impl IntoView {
    // `None` while signing in; `Some(Err(_))` when nobody could be.
    let session = RwSignal::new(None::<Result<Me, SignInProblem>>);
    let load_session = move || {
        session.set(None);
        spawn_local(async move {
            let me = api::get::<Me>("/api/me").await.map_err(SignInProblem::from_error);
            session.try_set(Some(me));
        });
    };
    load_session();
    let config = host::config();
    // Only a page that signs in by itself (not a host with its own token)
    // gets the language and demo-user pickers, once a first page is shown.
    let with_tools = !api::host_signs_in() && config.view == View::Full;
    let tools_wanted = RwSignal::new(false);
    let router = Router::with_base(&config.base_path, config.history, config.initial_route.as_deref());
    // The list (the first page of most visits) is asked for together with
    // the user's details, not after them: one round trip to the first row.
    // So is the code of the page the route shows.
    parts::start_for(&router.route.get_untracked(), config.view == View::Compact);
    if config.view == View::Full {
        match router.route.get_untracked() {
            Route::Associations(filter) => api::prefetch(&crate::pages::associations::list_path(&filter)),
            // Step 1's programs and the user's drafts, with the user.
            Route::NewClaim => {
                api::prefetch(crate::pages::steps::customer::PROGRAMS_PATH);
                api::prefetch(crate::pages::drafts::DRAFTS_PATH);
            }
            _ => {}
        }
    }
    provide_context(router);
    host::register_router(config.id, router);
    let events = host::Events::here();
    let ids = Ids::here();
    let root = NodeRef::<leptos::html::Div>::new();
    // A draft chosen in the list, for the claim flow to open.
    let resume = RwSignal::new(None::<String>);
    let on_resume = Callback::new(move |id: String| {
        resume.set(Some(id));
        router.go(Route::NewClaim);
    });
    let landing_now = Memo::new(move |_| session.with(|s| s.as_ref().and_then(|s| s.as_ref().ok()).map(landing)));
    // Moving to another page tells the host (for its breadcrumbs), names the
    // document (standalone) and puts focus on the new page's heading: at
    // once, or when the page's part has downloaded (parts::PageShown).
    let focus_pending = StoredValue::new(false);
    let focus_heading = move || {
        if !focus_pending.get_value() {
            return;
        }
        let heading = ids.id("page-heading");
        request_animation_frame(move || {
            let found = root
                .try_get_untracked()
                .flatten()
                .and_then(|r| r.query_selector(&format!("#{heading}")).ok().flatten());
            if let Some(h) = found {
                focus_pending.set_value(false);
                host::focus_into_view(h.unchecked_ref());
            }
        });
    };
    // The standalone page's tools follow the first page or notice, or the
    // note that the server can't be reached (the only screen not from a
    // part).
    let want_tools = move || {
        if !tools_wanted.get_untracked() {
            tools_wanted.set(true);
        }
    };
    provide_context(parts::PageShown(Callback::new(move |()| {
        want_tools();
        focus_heading();
    })));
    Effect::new(move |_| {
        if matches!(session.get(), Some(Err(SignInProblem::Unavailable))) {
            want_tools();
        }
    });
    Effect::new(move |first: Option<()>| {
        let route = router.route.get();
        i18n::track();
        let title = title_for(&route, landing_now.get());
        if config.view == View::Full {
            events.emit("cpor:navigate", &[("path", router.href(&route).into()), ("title", title.clone().into())]);
            host::set_title(&tr!(APP_DOCUMENT_TITLE, title.clone()));
        }
        if first.is_some() {
            focus_pending.set_value(true);
            focus_heading();
        }
    });
    let current = Signal::derive(move || session.get().and_then(Result::ok).map(|me| me.id));
    let on_switch = Callback::new(move |id: String| {
        api::switch_demo_user(&id);
        load_session();
    });
    let page = move || match session.get() {
        // Every page is built again in a new language (what was typed is
        // kept outside the views).
        _ if {
            i18n::track();
            !i18n::ready()
        } =>
        {
            view! { <p class="cpor-loading" role="status">{tr!(APP_SIGNING_IN)}</p> }.into_any()
        }
        None => view! { <p class="cpor-loading" role="status">{tr!(APP_SIGNING_IN)}</p> }.into_any(),
        Some(Err(SignInProblem::SignedOut)) => parts::notice(Notice::SignedOut {
            embedded: api::host_signs_in(),
            on_retry: Callback::new(move |()| load_session()),
        }),
        Some(Err(SignInProblem::NotRegistered(problem))) => parts::notice(Notice::NotRegistered(problem)),
        Some(Err(SignInProblem::Unavailable)) => view! {
            <Unavailable
                message=tr!(APP_UNREACHABLE)
                on_retry=Callback::new(move |()| load_session())
                alert=true
            />
        }
        .into_any(),
        Some(Ok(me)) if config.view == View::Compact => parts::recent(me),
        Some(Ok(me)) if landing(&me) == Landing::Reviewer => match router.route.get() {
            Route::Review(id) => parts::review_page(id),
            Route::ReviewQueue | Route::Associations(_) => parts::review_queue(),
            Route::NotFound => parts::notice(Notice::NotFound),
            _ => parts::notice(Notice::Access(me)),
        },
        Some(Ok(me)) if landing(&me) != Landing::Claim => parts::notice(Notice::Access(me)),
        Some(Ok(me)) => match router.route.get() {
            Route::NewClaim => {
                let draft = resume.get_untracked();
                resume.set(None);
                parts::new_claim(me, draft)
            }
            Route::Associations(filter) => parts::associations(filter, me.can_claim, on_resume),
            Route::Claim(id) => parts::claim(id, on_resume),
            Route::ReviewQueue | Route::Review(_) => parts::notice(Notice::ReviewersOnly),
            Route::NotFound => parts::notice(Notice::NotFound),
        },
    };
    let class = match config.scheme.class() {
        "" => ROOT_CLASS.to_owned(),
        scheme => format!("{ROOT_CLASS} {scheme}"),
    };
    let class = if config.view == View::Compact { format!("{class} cpor-app--compact") } else { class };
    view! {
        <div
            class=class
            lang=i18n::language
            node_ref=root
            on:mousedown=move |ev| components::field::note_button_press(&ev)
            on:mouseup=move |_| components::field::note_button_release()
        >
            {page}
            {with_tools
                .then(|| {
                    parts::tools(components::tools::Tools { current, on_switch }, tools_wanted.into())
                })}
        </div>
    }
}
