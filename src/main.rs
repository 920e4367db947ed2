//! Standalone entry: mounts the app into the page's `#cpor-root` element
//! (or the body when the page has none).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn main() {
    match document().get_element_by_id("cpor-root").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        Some(root) => leptos::mount::mount_to(root, cpor_claims::App).forget(),
        None => mount_to_body(cpor_claims::App),
    }
}
