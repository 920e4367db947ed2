//! The browser's local storage, used only to mirror the draft. Storage can
//! be missing or full (private mode, quota): then the app goes on without it.

use crate::state::draft::{Draft, DRAFT_KEY};

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The stored draft, or an empty one.
pub fn load_draft() -> Draft {
    local_storage()
        .and_then(|s| s.get_item(DRAFT_KEY).ok().flatten())
        .map(|json| Draft::from_json(&json))
        .unwrap_or_default()
}

/// Stores the draft (or removes it when empty).
pub fn save_draft(draft: &Draft) {
    if let Some(storage) = local_storage() {
        let _ = if draft.is_empty() {
            storage.remove_item(DRAFT_KEY)
        } else {
            storage.set_item(DRAFT_KEY, &draft.to_json())
        };
    }
}
