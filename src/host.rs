//! The app as a guest of a host page: `mount(element, options)` (exported to
//! JavaScript), its options, the handle whose `unmount()` takes everything
//! back, and the `cpor:*` events the app tells its host about.
//!
//! The standalone page goes through the same `mount`, with the options of a
//! page the app has to itself (see `main.rs`).

use std::cell::{Cell, RefCell};

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::api::{self, TokenSource};

/// The option names `mount` accepts, in the order the docs list them.
pub const OPTION_NAMES: [&str; 9] =
    ["apiBase", "getToken", "basePath", "locale", "theme", "history", "initialRoute", "scrollOffset", "documentTitle"];

/// What a host asks of a mount (every field has a default).
#[derive(Clone, Debug)]
pub struct MountOptions {
    /// The API's base URL (empty: the page's own origin).
    pub api_base: String,
    /// The host's token callback; `None` signs in through the server's demo
    /// sign-in.
    pub get_token: Option<js_sys::Function>,
    /// The path prefix of the app's routes in the host's URL (empty: the
    /// whole path).
    pub base_path: String,
    /// The user's locale (kept for the translations to come).
    pub locale: String,
    /// Custom properties (`--cpor-*`) set on the app's root.
    pub theme: Vec<(String, String)>,
    /// Whether the app's routes live in the page's URL and history.
    pub history: bool,
    /// Where the app starts (a path under `base_path`, with an optional
    /// query) when the page's URL does not say.
    pub initial_route: Option<String>,
    /// The height in CSS pixels of the host's sticky header, kept clear when
    /// the app scrolls a field or heading into view.
    pub scroll_offset: f64,
    /// Whether the app may set the document's title.
    pub document_title: bool,
}

impl Default for MountOptions {
    fn default() -> Self {
        Self {
            api_base: String::new(),
            get_token: None,
            base_path: String::new(),
            locale: "en".to_owned(),
            theme: Vec::new(),
            history: true,
            initial_route: None,
            scroll_offset: 0.0,
            document_title: false,
        }
    }
}

/// Checks `apiBase`: empty, an `http(s)://` URL or an absolute path.
pub fn check_api_base(value: &str) -> Result<String, String> {
    let v = value.trim().trim_end_matches('/');
    let ok = v.is_empty()
        || ((v.starts_with("https://") || v.starts_with("http://")) && v.len() > "https://".len())
        || (v.starts_with('/') && !v.starts_with("//"));
    if ok && !v.contains(['?', '#', ' ']) {
        Ok(v.to_owned())
    } else {
        Err(format!(
            "apiBase \"{value}\" must be an http(s) URL (https://claims.example.com) or a path starting with \
             '/', without a query or fragment"
        ))
    }
}

/// Checks `basePath`: empty or a path starting with `/`, without a query,
/// fragment or empty segment.
pub fn check_base_path(value: &str) -> Result<String, String> {
    let v = value.trim().trim_end_matches('/');
    if v.is_empty() || (v.starts_with('/') && !v.contains("//") && !v.contains(['?', '#', ' '])) {
        Ok(v.to_owned())
    } else {
        Err(format!(
            "basePath \"{value}\" must be a path starting with '/' (like /dashboard/associations), without a \
             query, fragment or empty segment"
        ))
    }
}

/// Checks `initialRoute`: a path starting with `/`, relative to `basePath`.
pub fn check_initial_route(value: &str) -> Result<String, String> {
    if value.starts_with('/') && !value.starts_with("//") && !value.contains('#') {
        Ok(value.to_owned())
    } else {
        Err(format!(
            "initialRoute \"{value}\" must be one of the app's paths, relative to basePath and starting with \
             '/' (like / or /?status=submitted or /claims/<id>)"
        ))
    }
}

/// Checks one theme entry: an app custom property and a plain value.
pub fn check_theme_entry(name: &str, value: &str) -> Result<(), String> {
    if !name.starts_with("--cpor-") || name.len() == "--cpor-".len() {
        return Err(format!(
            "theme key \"{name}\" is not one of the app's custom properties (they start with --cpor-, like \
             --cpor-brand)"
        ));
    }
    if value.trim().is_empty() || value.contains([';', '{', '}']) {
        return Err(format!("theme value \"{value}\" of {name} must be a plain CSS value (like #0f6cbd)"));
    }
    Ok(())
}

fn get(options: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(options, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn string_option(options: &JsValue, name: &str) -> Result<Option<String>, String> {
    let v = get(options, name);
    if v.is_undefined() || v.is_null() {
        return Ok(None);
    }
    v.as_string().map(Some).ok_or_else(|| format!("{name} must be a string"))
}

fn bool_option(options: &JsValue, name: &str) -> Result<Option<bool>, String> {
    let v = get(options, name);
    if v.is_undefined() || v.is_null() {
        return Ok(None);
    }
    v.as_bool().map(Some).ok_or_else(|| format!("{name} must be true or false"))
}

impl MountOptions {
    /// Reads the options object a host passes (`undefined` or `null`: all
    /// defaults). A misspelt or mistyped option is refused with its name.
    pub fn from_js(options: &JsValue) -> Result<Self, String> {
        let mut o = Self::default();
        if options.is_undefined() || options.is_null() {
            return Ok(o);
        }
        if !options.is_object() || options.is_function() || js_sys::Array::is_array(options) {
            return Err("options must be an object, like { basePath: \"/dashboard/associations\" }".to_owned());
        }
        for key in js_sys::Object::keys(options.unchecked_ref::<js_sys::Object>()).iter() {
            let key = key.as_string().unwrap_or_default();
            if !OPTION_NAMES.contains(&key.as_str()) {
                return Err(format!("unknown option \"{key}\" (the options are {})", OPTION_NAMES.join(", ")));
            }
        }
        if let Some(v) = string_option(options, "apiBase")? {
            o.api_base = check_api_base(&v)?;
        }
        let get_token = get(options, "getToken");
        if !get_token.is_undefined() && !get_token.is_null() {
            let function = get_token.dyn_into::<js_sys::Function>();
            o.get_token =
                Some(function.map_err(|_| "getToken must be a function returning a token or a promise of one")?);
        }
        if let Some(v) = string_option(options, "basePath")? {
            o.base_path = check_base_path(&v)?;
        }
        if let Some(v) = string_option(options, "locale")? {
            if v.trim().is_empty() {
                return Err("locale must be a language tag, like en-GB".to_owned());
            }
            o.locale = v.trim().to_owned();
        }
        let theme = get(options, "theme");
        if !theme.is_undefined() && !theme.is_null() {
            if !theme.is_object() || js_sys::Array::is_array(&theme) {
                return Err(
                    "theme must be an object of custom properties, like { \"--cpor-brand\": \"#5b2d90\" }".to_owned()
                );
            }
            for entry in js_sys::Object::entries(theme.unchecked_ref::<js_sys::Object>()).iter() {
                let pair: js_sys::Array = entry.unchecked_into();
                let name = pair.get(0).as_string().unwrap_or_default();
                let value = pair.get(1).as_string().ok_or_else(|| format!("theme value of {name} must be a string"))?;
                check_theme_entry(&name, &value)?;
                o.theme.push((name, value.trim().to_owned()));
            }
        }
        if let Some(v) = bool_option(options, "history")? {
            o.history = v;
        }
        if let Some(v) = string_option(options, "initialRoute")? {
            o.initial_route = Some(check_initial_route(&v)?);
        }
        let offset = get(options, "scrollOffset");
        if !offset.is_undefined() && !offset.is_null() {
            o.scroll_offset = offset
                .as_f64()
                .filter(|n| n.is_finite() && (0.0..=1000.0).contains(n))
                .ok_or("scrollOffset must be a number of CSS pixels from 0 to 1000 (the host's sticky header)")?;
        }
        if let Some(v) = bool_option(options, "documentTitle")? {
            o.document_title = v;
        }
        Ok(o)
    }
}

/// What the app's pages need to know of their mount, from context.
#[derive(Clone, Debug, PartialEq)]
pub struct MountConfig {
    /// The mount's id (for its events).
    pub id: u32,
    /// See [`MountOptions::base_path`].
    pub base_path: String,
    /// See [`MountOptions::history`].
    pub history: bool,
    /// See [`MountOptions::initial_route`].
    pub initial_route: Option<String>,
    /// See [`MountOptions::locale`].
    pub locale: String,
    /// See [`MountOptions::document_title`].
    pub document_title: bool,
}

/// A mount on the page: the element the host gave it.
struct Live {
    id: u32,
    element: web_sys::HtmlElement,
}

thread_local! {
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
    static LIVE: RefCell<Vec<Live>> = const { RefCell::new(Vec::new()) };
}

/// The mounted app; `unmount()` takes it away again.
#[wasm_bindgen]
pub struct MountHandle {
    mounted: Option<Mounted>,
}

struct Mounted {
    id: u32,
    element: web_sys::HtmlElement,
    /// Leptos' handle: dropping it runs every cleanup of the app and removes
    /// its nodes.
    app: Box<dyn std::any::Any>,
}

#[wasm_bindgen]
impl MountHandle {
    /// Removes the app: its nodes, its listeners on the window and document,
    /// its timers and its requests' token source. Safe to call twice.
    pub fn unmount(&mut self) {
        if let Some(m) = self.mounted.take() {
            drop(m.app);
            api::detach(m.id);
            LIVE.with(|l| l.borrow_mut().retain(|live| live.id != m.id));
            m.element.set_text_content(None);
            let _ = m.element.remove_attribute(MOUNT_ATTRIBUTE);
        }
    }

    /// Whether the app is still mounted.
    #[wasm_bindgen(getter)]
    pub fn mounted(&self) -> bool {
        self.mounted.is_some()
    }
}

impl Drop for MountHandle {
    fn drop(&mut self) {
        self.unmount();
    }
}

/// The attribute marking an element that holds a mount.
const MOUNT_ATTRIBUTE: &str = "data-cpor-mount";

/// Mounts the app into `element` (for host pages): see EMBEDDING.md for the
/// options. Throws a `TypeError`-like `Error` naming the bad option.
#[wasm_bindgen]
pub fn mount(element: JsValue, options: JsValue) -> Result<MountHandle, JsError> {
    let element: web_sys::HtmlElement = element
        .dyn_into()
        .map_err(|_| JsError::new("cpor mount: the first argument must be an HTML element of the page"))?;
    let options = MountOptions::from_js(&options).map_err(|e| JsError::new(&format!("cpor mount: {e}")))?;
    mount_with(element, options).map_err(|e| JsError::new(&format!("cpor mount: {e}")))
}

/// Mounts the app into `element` with `options`.
pub fn mount_with(element: web_sys::HtmlElement, options: MountOptions) -> Result<MountHandle, String> {
    crate::unicode::install();
    if element.has_attribute(MOUNT_ATTRIBUTE) {
        return Err("this element already holds the app; unmount it first".to_owned());
    }
    if !element.is_connected() {
        return Err("the element must be in the page's document".to_owned());
    }
    let id = NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id + 1);
        id
    });
    let tokens = options.get_token.clone().map_or(TokenSource::DemoSignIn, TokenSource::Host);
    api::attach(id, &options.api_base, tokens);
    LIVE.with(|l| l.borrow_mut().push(Live { id, element: element.clone() }));
    // Whatever the host put there (a "Loading" line) makes way for the app.
    element.set_text_content(None);
    let _ = element.set_attribute(MOUNT_ATTRIBUTE, &id.to_string());
    let config = MountConfig {
        id,
        base_path: options.base_path.clone(),
        history: options.history,
        initial_route: options.initial_route.clone(),
        locale: options.locale.clone(),
        document_title: options.document_title,
    };
    let app = leptos::mount::mount_to(element.clone(), move || {
        provide_context(config);
        crate::App
    });
    // Theme and scroll offset go on the app's root (CSSOM, which a strict
    // style-src allows), where they override the defaults it declares.
    if let Some(root) = element.first_element_child().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let style = root.style();
        for (name, value) in &options.theme {
            let _ = style.set_property(name, value);
        }
        if options.scroll_offset > 0.0 {
            let _ = style.set_property("--cpor-scroll-offset", &format!("{}px", options.scroll_offset));
        }
    }
    Ok(MountHandle { mounted: Some(Mounted { id, element, app: Box::new(app) }) })
}

/// The standalone page: mounts into `#cpor-root` when the page marks it as
/// the app's own (`data-cpor-standalone`). A host page, which loads the same
/// module, has no such element and calls `mount` itself.
pub fn mount_standalone() {
    let Some(root) = document()
        .query_selector("#cpor-root[data-cpor-standalone]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let options = MountOptions { document_title: true, ..MountOptions::default() };
    match mount_with(root, options) {
        // The standalone page never unmounts.
        Ok(handle) => std::mem::forget(handle),
        Err(e) => leptos::logging::error!("cpor-claims: {e}"),
    }
}

/// The mount's settings, from context (the standalone defaults without one,
/// as in component tests).
pub fn config() -> MountConfig {
    use_context::<MountConfig>().unwrap_or(MountConfig {
        id: 0,
        base_path: String::new(),
        history: true,
        initial_route: None,
        locale: "en".to_owned(),
        document_title: true,
    })
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

    /// Dispatches `name` with `detail` (pairs of a key and a value) on the
    /// mount's element, bubbling, so the host can listen on any ancestor.
    pub fn emit(self, name: &str, detail: &[(&str, JsValue)]) {
        let element = LIVE.with(|l| l.borrow().iter().find(|m| m.id == self.0).map(|m| m.element.clone()));
        if let Some(element) = element {
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

fn dispatch(element: &web_sys::HtmlElement, name: &str, detail: &[(&str, JsValue)]) {
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

/// `cpor:session-expired`, on every mount (they share the signed-in user):
/// a request was refused with 401 even with a token asked for again.
pub fn session_expired() {
    let elements: Vec<_> = LIVE.with(|l| l.borrow().iter().map(|m| m.element.clone()).collect());
    for element in elements {
        dispatch(&element, "cpor:session-expired", &[]);
    }
}

/// Sets the document's title when the mount may (the standalone page); a
/// host hears the page's title in `cpor:navigate` instead.
pub fn set_title(title: &str) {
    if config().document_title {
        document().set_title(title);
    }
}

/// Focuses `el` and scrolls it into view clear of the host's sticky header
/// (the app's CSS gives focusable elements a `scroll-margin-top` of
/// `--cpor-scroll-offset`).
pub fn focus_into_view(el: &web_sys::HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
    let scroll = web_sys::ScrollIntoViewOptions::new();
    scroll.set_block(web_sys::ScrollLogicalPosition::Nearest);
    el.scroll_into_view_with_scroll_into_view_options(&scroll);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_paths_and_api_bases_are_checked() {
        assert_eq!(check_base_path("/dashboard/associations/").unwrap(), "/dashboard/associations");
        assert_eq!(check_base_path("").unwrap(), "");
        assert!(check_base_path("dashboard").unwrap_err().contains("starting with '/'"));
        assert!(check_base_path("/a//b").is_err());
        assert!(check_base_path("/a?b=1").is_err());
        assert_eq!(check_api_base("https://claims.example.com/").unwrap(), "https://claims.example.com");
        assert_eq!(check_api_base("/claims-api").unwrap(), "/claims-api");
        assert!(check_api_base("//evil.example").is_err());
        assert!(check_api_base("ftp://x").unwrap_err().contains("apiBase"));
    }

    #[test]
    fn initial_routes_and_theme_entries_are_checked() {
        assert!(check_initial_route("/?status=submitted").is_ok());
        assert!(check_initial_route("claims/1").is_err());
        assert!(check_theme_entry("--cpor-brand", "#5b2d90").is_ok());
        assert!(check_theme_entry("color", "red").unwrap_err().contains("--cpor-"));
        assert!(check_theme_entry("--cpor-brand", "red; background: url(x)").is_err());
    }
}
