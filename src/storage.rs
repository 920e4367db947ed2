//! The browser's local storage: the draft mirror (one per signed-in user and
//! mount), the texts being written on a claim's page, and the standalone
//! demo's chosen user. Storage can be missing or full (private mode,
//! quota): then the app goes on without it.

use cpor_core::api::v1::ClaimInput;

use crate::state::draft::{Draft, DRAFT_KEY};

/// Key of the demo user chosen in the standalone page.
const DEMO_USER_KEY: &str = "cpor-claims.demo-user";

/// Key of the first version of the draft (step 1's three answers only).
const OLD_DRAFT_KEY: &str = "cpor-claims.draft.v1";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn draft_key(owner: &str) -> String {
    format!("{DRAFT_KEY}.{owner}")
}

/// Whose draft a mount keeps: the user's own in the page's first mount (the
/// standalone page and a host's main mount share it), one of its own in
/// each further mount.
pub fn draft_owner(user: &str, slot: u32) -> String {
    if slot == 0 {
        user.to_owned()
    } else {
        format!("{user}.mount{}", slot + 1)
    }
}

/// The stored draft of `user` (an owner, see [`draft_owner`]), if there is
/// one (an older draft is carried over).
pub fn load_draft(user: &str) -> Option<Draft> {
    let storage = local_storage()?;
    if let Some(draft) = storage.get_item(&draft_key(user)).ok().flatten().and_then(|j| Draft::from_json(&j)) {
        return Some(draft);
    }
    let old_key = format!("{OLD_DRAFT_KEY}.{user}");
    let old: ClaimInput = serde_json::from_str(&storage.get_item(&old_key).ok().flatten()?).ok()?;
    let _ = storage.remove_item(&old_key);
    let mut draft = Draft::new(crate::api::new_key(), crate::api::new_key());
    draft.input = old;
    Some(draft)
}

/// Stores the user's draft (or removes it when there is nothing in it).
pub fn save_draft(user: &str, draft: &Draft) {
    if let Some(storage) = local_storage() {
        let key = draft_key(user);
        let _ = if draft.has_answers() || draft.claim_id.is_some() {
            storage.set_item(&key, &draft.to_json())
        } else {
            storage.remove_item(&key)
        };
    }
}

/// Forgets the user's draft (after it was submitted).
pub fn clear_draft(user: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(&draft_key(user));
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

/// The key under which a text being written on a claim's page is kept (a
/// comment, an action's reason): per mount, claim and field.
pub fn text_key(slot: u32, claim: &str, field: &str) -> String {
    format!("cpor-claims.text.{slot}.{claim}.{field}")
}

/// The text kept under `key` (empty when none).
pub fn kept_text(key: &str) -> String {
    local_storage().and_then(|s| s.get_item(key).ok().flatten()).unwrap_or_default()
}

/// Keeps `text` under `key`, or forgets it when empty (posted, sent).
pub fn keep_text(key: &str, text: &str) {
    if let Some(storage) = local_storage() {
        let _ = if text.is_empty() { storage.remove_item(key) } else { storage.set_item(key, text) };
    }
}
