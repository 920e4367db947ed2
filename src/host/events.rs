//! The `cpor:*` events the app tells its host page about, dispatched on the
//! mount element, bubbling and composed.

use wasm_bindgen::JsValue;

use super::{config, live_element, live_elements};

/// Dispatches `name` with `detail` (pairs of a key and a value) on
/// `element`. Never fails: a page that can't build the event misses it.
pub(crate) fn dispatch(element: &web_sys::HtmlElement, name: &str, detail: &[(&str, JsValue)]) {
    let object = js_sys::Object::new();
    for (key, value) in detail {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&object);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = element.dispatch_event(&event);
    }
}

/// A mount's events, captured where the context is at hand (a component's
/// setup) for use in handlers and tasks later.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Events(u32);

impl Events {
    /// The events of the mount in context.
    pub fn here() -> Self {
        Self(config().id)
    }

    /// Dispatches `name` with `detail` on the mount's element (nothing once
    /// the mount is gone).
    pub fn emit(self, name: &str, detail: &[(&str, JsValue)]) {
        if let Some(element) = live_element(self.0) {
            dispatch(&element, name, detail);
        }
    }

    /// `cpor:draft-saved`: the draft `claim_id` was saved to the server.
    pub fn draft_saved(self, claim_id: &str) {
        let saved_at = js_sys::Date::new_0().to_iso_string();
        self.emit("cpor:draft-saved", &[("claimId", claim_id.into()), ("savedAt", saved_at.into())]);
    }

    /// `cpor:claim-submitted`: the claim was submitted; `status` is its API
    /// status name (`submitted`).
    pub fn claim_submitted(self, claim_id: &str, status: &str) {
        self.emit("cpor:claim-submitted", &[("claimId", claim_id.into()), ("status", status.into())]);
    }
}

/// `cpor:session-expired`, on every mount (they share the signed-in user):
/// a request was refused with 401 even with a token asked for again.
pub fn session_expired() {
    for element in live_elements() {
        dispatch(&element, "cpor:session-expired", &[]);
    }
}
