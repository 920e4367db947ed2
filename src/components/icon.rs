//! Icons: a handful of Fluent System Icons (MIT), drawn by the stylesheet as
//! masks in the current text colour, so each costs a class name in the
//! markup and one line of CSS. Decorative only: the words beside an icon
//! say what it means.

use leptos::prelude::*;

/// The icons the app uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Icon {
    /// A filled circle with a tick: done, approved.
    Success,
    /// A filled circle with a cross: rejected, refused.
    Dismiss,
    /// A filled circle with an exclamation mark: an error.
    Error,
    /// A filled triangle: a warning.
    Warning,
    /// A filled circle with an "i": information.
    Info,
    /// A clock: waiting for someone.
    Clock,
    /// A pencil: a draft, an edit.
    Edit,
    /// A plus: something new.
    Add,
    /// An arrow down to a line: download, export.
    Download,
    /// An arrow up from a line: upload.
    Upload,
    /// A bin: delete.
    Delete,
    /// An arrow pointing left: back.
    Back,
    /// A sheet with a folded corner: a file.
    Document,
    /// A closed padlock: locked.
    Lock,
    /// A circular arrow: try again.
    Retry,
}

impl Icon {
    fn class(self) -> &'static str {
        match self {
            Self::Success => "cpor-icon cpor-icon--success",
            Self::Dismiss => "cpor-icon cpor-icon--dismiss",
            Self::Error => "cpor-icon cpor-icon--error",
            Self::Warning => "cpor-icon cpor-icon--warning",
            Self::Info => "cpor-icon cpor-icon--info",
            Self::Clock => "cpor-icon cpor-icon--clock",
            Self::Edit => "cpor-icon cpor-icon--edit",
            Self::Add => "cpor-icon cpor-icon--add",
            Self::Download => "cpor-icon cpor-icon--download",
            Self::Upload => "cpor-icon cpor-icon--upload",
            Self::Delete => "cpor-icon cpor-icon--delete",
            Self::Back => "cpor-icon cpor-icon--back",
            Self::Document => "cpor-icon cpor-icon--document",
            Self::Lock => "cpor-icon cpor-icon--lock",
            Self::Retry => "cpor-icon cpor-icon--retry",
        }
    }
}

/// The icon, hidden from assistive technology.
pub fn icon(icon: Icon) -> impl IntoView {
    view! { <span class=icon.class() aria-hidden="true"></span> }
}
