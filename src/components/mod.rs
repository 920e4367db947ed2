//! Reusable pieces of the claim flow's pages.

pub mod demo_user;
pub mod error_summary;
pub mod field;
pub mod file_drop;
pub mod poe_upload;
pub mod program_picker;
pub mod stepper;
pub mod unavailable;

pub use crate::state::form::element_id as field_id;

/// Saves `blob` as a file named `name` (the browser's download).
pub fn save_file(name: &str, blob: &web_sys::Blob) {
    use leptos::prelude::document;
    use wasm_bindgen::JsCast;
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else { return };
    if let Ok(a) = document().create_element("a") {
        let a: web_sys::HtmlElement = a.unchecked_into();
        let _ = a.set_attribute("href", &url);
        let _ = a.set_attribute("download", name);
        a.set_hidden(true);
        if let Some(body) = document().body() {
            let _ = body.append_child(&a);
            a.click();
            a.remove();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
