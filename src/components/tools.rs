//! The standalone page's tools: its language picker and the demo's user
//! picker. A host page that signs its users in (`getToken`) passes their
//! language too, so its app never shows (or downloads) them; elsewhere they
//! are a part of their own (`crate::parts::tools`), fetched once the first
//! page is on screen, and shown below the page, as a footer.

use cpor_core::api::v1::{DemoUsersResponse, Me};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::demo_user::DemoUserPicker;
use crate::components::language::LanguagePicker;

/// What the tools need from the app.
#[derive(Clone)]
pub struct Tools {
    /// The signed-in user's id.
    pub current: Signal<Option<String>>,
    /// Signs in as the chosen demo user.
    pub on_switch: Callback<String>,
}

/// The tools: the language picker, then the demo users (when the server
/// runs in demo mode and lists them).
pub fn bar(tools: Tools) -> AnyView {
    let users = RwSignal::new(Vec::<Me>::new());
    spawn_local(async move {
        if let Ok(list) = crate::api::get_public::<DemoUsersResponse>("/api/demo/users").await {
            users.try_set(list.users);
        }
    });
    let Tools { current, on_switch } = tools;
    frame_follows_language();
    view! {
        <LanguagePicker/>
        {move || {
            crate::i18n::track();
            view! { <DemoUserPicker users=users current=current on_switch=on_switch/> }
        }}
    }
    .into_any()
}

/// The standalone page's own frame, its header's crumbs and the document's
/// language, follows the app's language (a host page words its own frame).
fn frame_follows_language() {
    let standalone = document().query_selector("#cpor-root[data-cpor-standalone]").ok().flatten().is_some();
    if !standalone {
        return;
    }
    Effect::new(move |_| {
        crate::i18n::track();
        let doc = document();
        if let Some(crumbs) = doc.query_selector(".standalone-crumbs").ok().flatten() {
            crumbs.set_text_content(Some(&cpor_i18n::tr!(STANDALONE_CRUMBS)));
        }
        if let Some(html) = doc.document_element() {
            let _ = html.set_attribute("lang", &crate::i18n::language());
        }
    });
}
