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
    view! {
        <LanguagePicker/>
        {move || {
            crate::i18n::track();
            view! { <DemoUserPicker users=users current=current on_switch=on_switch/> }
        }}
    }
    .into_any()
}
