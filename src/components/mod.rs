//! Reusable pieces of the claim flow's pages.

pub mod demo_user;
pub mod error_summary;
pub mod field;
pub mod file_drop;
pub mod icon;
pub mod language;
pub mod message_bar;
pub mod note;
pub mod poe_upload;
pub mod program_picker;
pub mod status_badge;
pub mod stepper;
pub mod tools;
pub mod unavailable;

/// The element id of the control holding the answer at `path`, in the
/// mount in context (see [`crate::host::Ids`]).
pub fn field_id(path: &str) -> String {
    crate::host::Ids::here().field(path)
}

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

/// "24 Nov 2026, 14:05" for seconds since the epoch, in the user's time zone
/// and language (`Intl`).
pub fn date_time(at: i64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at as f64 * 1000.0));
    let options = js_sys::Object::new();
    for (key, value) in
        [("day", "numeric"), ("month", "short"), ("year", "numeric"), ("hour", "2-digit"), ("minute", "2-digit")]
    {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    String::from(d.to_locale_string(&crate::i18n::intl_locale(), &options))
}

/// Now, in seconds since the epoch.
pub fn now_secs() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}
