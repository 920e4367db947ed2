//! The app as a guest of a host page: `mount(element, options)` (exported to
//! JavaScript), the handle whose `unmount()` takes everything back, each
//! mount's settings and element ids, and the `cpor:*` events the app tells
//! its host about (`events`), including a failure (`crash`).
//!
//! The standalone page goes through the same `mount`, with the options of a
//! page the app has to itself (see `main.rs`).

mod crash;
mod events;
mod options;

use std::cell::{Cell, RefCell};

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::api::{self, TokenSource};
use crate::router::{Route, Router};

pub use crash::{simulate_crash, RECOVER_ATTRIBUTE};
pub use events::{session_expired, Events};
pub use options::{
    check_api_base, check_base_path, check_initial_route, check_theme_entry, check_view, MountOptions, Scheme, View,
    OPTION_NAMES,
};

/// What the app's pages need to know of their mount, from context.
#[derive(Clone, Debug, PartialEq)]
pub struct MountConfig {
    /// The mount's id (for its events).
    pub id: u32,
    /// The mount's place among the page's live mounts (0 for the first):
    /// its element ids and stored draft are its own.
    pub slot: u32,
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
    /// See [`MountOptions::view`].
    pub view: View,
    /// See [`MountOptions::scheme`].
    pub scheme: Scheme,
}

impl Default for MountConfig {
    /// The standalone defaults (component tests mount without a context).
    fn default() -> Self {
        Self {
            id: 0,
            slot: 0,
            base_path: String::new(),
            history: true,
            initial_route: None,
            locale: String::new(),
            document_title: true,
            view: View::Full,
            scheme: Scheme::Auto,
        }
    }
}

/// A mount on the page: the element the host gave it, and its router once
/// the app made it (for the compact view's links).
struct Live {
    id: u32,
    slot: u32,
    element: web_sys::HtmlElement,
    scheme: Scheme,
    base_path: String,
    router: Option<Router>,
}

thread_local! {
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
    static LIVE: RefCell<Vec<Live>> = const { RefCell::new(Vec::new()) };
}

/// The element of live mount `id`.
fn live_element(id: u32) -> Option<web_sys::HtmlElement> {
    LIVE.with(|l| l.try_borrow().ok()?.iter().find(|m| m.id == id).map(|m| m.element.clone()))
}

/// The elements of every live mount.
fn live_elements() -> Vec<web_sys::HtmlElement> {
    LIVE.with(|l| l.try_borrow().map(|l| l.iter().map(|m| m.element.clone()).collect()).unwrap_or_default())
}

/// Forgets every live mount (the instance failed), with each element and the
/// class of its colour scheme.
fn take_live() -> Vec<(web_sys::HtmlElement, &'static str)> {
    LIVE.try_with(|l| {
        l.try_borrow_mut()
            .map(|mut l| std::mem::take(&mut *l).into_iter().map(|m| (m.element, m.scheme.class())).collect())
            .unwrap_or_default()
    })
    .unwrap_or_default()
}

/// The smallest slot no live mount has.
fn free_slot() -> u32 {
    LIVE.with(|l| {
        let l = l.borrow();
        (0..).find(|s| !l.iter().any(|m| m.slot == *s)).unwrap_or(0)
    })
}

/// Registers mount `id`'s router (the app's root does, once it made it).
pub fn register_router(id: u32, router: Router) {
    LIVE.with(|l| {
        if let Some(m) = l.borrow_mut().iter_mut().find(|m| m.id == id) {
            m.router = Some(router);
        }
    });
}

/// Opens `route` in the page's full mount under `base_path` that follows
/// the URL, if there is one; returns whether one took it (otherwise a link
/// to it leaves the page for its address).
pub fn open_in_full_mount(base_path: &str, route: Route) -> bool {
    let router = LIVE.with(|l| {
        l.borrow().iter().filter(|m| m.base_path == base_path).find_map(|m| m.router.filter(Router::uses_history))
    });
    match router {
        Some(router) => {
            router.go(route);
            true
        }
        None => false,
    }
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

    /// Changes the language of the page's mounts (a language tag, like
    /// `de-DE`); what was typed stays. Unknown languages read English.
    #[wasm_bindgen(js_name = setLocale)]
    pub fn set_locale(&self, tag: &str) {
        if self.mounted.is_some() {
            crate::i18n::set(tag);
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
    crash::install();
    crate::unicode::install();
    crate::i18n::start(&options.locale);
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
    let slot = free_slot();
    let tokens = options.get_token.clone().map_or(TokenSource::DemoSignIn, TokenSource::Host);
    api::attach(id, &options.api_base, tokens);
    LIVE.with(|l| {
        l.borrow_mut().push(Live {
            id,
            slot,
            element: element.clone(),
            scheme: options.scheme,
            base_path: options.base_path.clone(),
            router: None,
        })
    });
    // Whatever the host put there (a "Loading" line) makes way for the app.
    element.set_text_content(None);
    let _ = element.set_attribute(MOUNT_ATTRIBUTE, &id.to_string());
    let config = MountConfig {
        id,
        slot,
        base_path: options.base_path.clone(),
        history: options.history,
        initial_route: options.initial_route.clone(),
        locale: options.locale.clone(),
        document_title: options.document_title,
        view: options.view,
        scheme: options.scheme,
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
            // Written by JavaScript: Rust's float formatting would add
            // about 11 KB to the first download for this one number.
            let px = js_sys::Number::from(options.scroll_offset)
                .to_string_with_radix(10)
                .map(String::from)
                .unwrap_or_default();
            let _ = style.set_property("--cpor-scroll-offset", &format!("{px}px"));
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
    use_context::<MountConfig>().unwrap_or_default()
}

/// The element ids of one mount: each starts with the mount's prefix
/// (`cpor-` for the first mount, `cpor2-` for the second …), so two mounts
/// on one page never share an id and each label reaches its own control.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ids(u32);

impl Ids {
    /// The ids of the mount in context (captured at a component's setup).
    pub fn here() -> Self {
        Self(config().slot)
    }

    /// The ids of the mount in slot `slot`.
    pub fn of_slot(slot: u32) -> Self {
        Self(slot)
    }

    /// The prefix of every id of the mount.
    pub fn prefix(self) -> String {
        if self.0 == 0 {
            "cpor-".to_owned()
        } else {
            format!("cpor{}-", self.0 + 1)
        }
    }

    /// The id `name` of the mount (`page-heading` → `cpor-page-heading`).
    pub fn id(self, name: &str) -> String {
        format!("{}{name}", self.prefix())
    }

    /// The id of the control holding the answer at `path`
    /// (`customer_contact.email` → `cpor-customer_contact-email`).
    pub fn field(self, path: &str) -> String {
        self.id(&path.replace('.', "-"))
    }

    /// The slot, for what else a mount keeps apart (its stored draft).
    pub fn slot(self) -> u32 {
        self.0
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
    fn each_slot_has_its_own_prefix() {
        assert_eq!(Ids::of_slot(0).id("page-heading"), "cpor-page-heading");
        assert_eq!(Ids::of_slot(1).field("customer_contact.email"), "cpor2-customer_contact-email");
        assert_eq!(Ids::of_slot(2).prefix(), "cpor3-");
    }
}
