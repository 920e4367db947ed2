//! The message bar (Fluent's MessageBar): an icon, a title, what it means
//! and what to do, in one of four intents. Used for every notice a page
//! shows about the claim as a whole (not about one answer).

use leptos::prelude::*;

use super::icon::{icon, Icon};

/// What a message bar says about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Intent {
    /// Something to know.
    Info,
    /// Something went well.
    Success,
    /// Something needs attention or a wait.
    Warning,
    /// Something failed or was refused.
    Error,
}

impl Intent {
    fn class(self) -> &'static str {
        match self {
            Self::Info => "cpor-bar cpor-bar--info",
            Self::Success => "cpor-bar cpor-bar--success",
            Self::Warning => "cpor-bar cpor-bar--warning",
            Self::Error => "cpor-bar cpor-bar--error",
        }
    }

    fn icon(self) -> Icon {
        match self {
            Self::Info => Icon::INFO,
            Self::Success => Icon::SUCCESS,
            Self::Warning => Icon::WARNING,
            Self::Error => Icon::ERROR,
        }
    }
}

/// The bar. `role` is `note` by default; a bar that appears after an action
/// uses `status` or `alert` so it is announced.
#[component]
pub fn MessageBar(
    /// Its intent (colour and icon).
    intent: Intent,
    /// Its title, in bold.
    #[prop(optional, into)]
    title: String,
    /// Its ARIA role.
    #[prop(default = "note")]
    role: &'static str,
    /// An id, for links and `aria-describedby`.
    #[prop(optional, into)]
    id: Option<String>,
    /// What it says (paragraphs, links, buttons).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    view! {
        <div class=intent.class() role=role id=id>
            {icon(intent.icon())}
            <div class="cpor-bar-body">
                {(!title.is_empty()).then(|| view! { <p class="cpor-bar-title">{title}</p> })}
                {children.map(|c| c())}
            </div>
        </div>
    }
}
