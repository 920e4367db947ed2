//! The browser's local storage: the draft mirror (one per signed-in user) and
//! the standalone demo's chosen user. Storage can be missing or full
//! (private mode, quota): then the app goes on without it.

use crate::state::draft::{Draft, DRAFT_KEY};

/// Key of the demo user chosen in the standalone page.
const DEMO_USER_KEY: &str = "cpor-claims.demo-user";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn draft_key(user: &str) -> String {
    format!("{DRAFT_KEY}.{user}")
}

/// The user's stored draft, or an empty one.
pub fn load_draft(user: &str) -> Draft {
    local_storage()
        .and_then(|s| s.get_item(&draft_key(user)).ok().flatten())
        .map(|json| Draft::from_json(&json))
        .unwrap_or_default()
}

/// Stores the user's draft (or removes it when empty).
pub fn save_draft(user: &str, draft: &Draft) {
    if let Some(storage) = local_storage() {
        let key = draft_key(user);
        let _ = if draft.is_empty() { storage.remove_item(&key) } else { storage.set_item(&key, &draft.to_json()) };
    }
}

/// The demo user chosen in the standalone page, if any.
pub fn demo_user() -> Option<String> {
    local_storage()?.get_item(DEMO_USER_KEY).ok().flatten()
}

/// Remembers the demo user chosen in the standalone page.
pub fn set_demo_user(id: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(DEMO_USER_KEY, id);
    }
}
