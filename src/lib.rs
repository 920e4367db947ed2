//! cpor-claims: the CPOR customer association claim flow, as a Leptos
//! single-page app compiled to WebAssembly. Validation runs the same
//! `cpor-core` code as the server, in the browser, before anything is sent.

pub mod api;
pub mod components;
pub mod pages;
pub mod state;
mod storage;

use leptos::prelude::*;

/// The root class every style of the app is scoped under.
pub const ROOT_CLASS: &str = "cpor-app";

/// The app.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <div class=ROOT_CLASS>
            <pages::new_claim::NewClaim/>
        </div>
    }
}
