//! When the app fails anyway. The release build aborts on a panic, which
//! stops every mount of the page's WebAssembly instance at once; no user
//! action leads to one, but should one happen the host is told and no mount
//! is left as a dead region.
//!
//! The panic hook, before the abort: logs the message, replaces the content
//! of every live mount with a notice and a "Reload customer associations"
//! button (plain DOM, no framework: the app's state can't be trusted any
//! more), and dispatches `cpor:error` on each mount element. The button is
//! wired by the page's loader (`cpor-embed.js` starts a fresh instance and
//! mounts again with the same options; the standalone page reloads), since
//! nothing in the failed instance may run again.

use std::sync::Once;

use cpor_i18n::tr;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::events::dispatch;
use super::take_live;

/// The attribute of the notice's button, for the loader to find.
pub const RECOVER_ATTRIBUTE: &str = "data-cpor-recover";

/// Installs the panic hook (once per instance).
pub fn install() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| std::panic::set_hook(Box::new(on_panic)));
}

fn on_panic(info: &std::panic::PanicHookInfo<'_>) {
    let message = match (info.payload().downcast_ref::<&str>(), info.payload().downcast_ref::<String>()) {
        (Some(s), _) => (*s).to_owned(),
        (None, Some(s)) => s.clone(),
        _ => "the app stopped".to_owned(),
    };
    let place = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
    web_sys::console::error_1(&JsValue::from_str(&format!("cpor-claims stopped: {message}{place}")));
    for (element, scheme_class) in take_live() {
        show_notice(&element, scheme_class);
        dispatch(&element, "cpor:error", &[("message", JsValue::from_str(&message)), ("recoverable", JsValue::TRUE)]);
    }
}

/// Replaces what `element` shows with the notice.
fn show_notice(element: &web_sys::HtmlElement, scheme_class: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let make = |tag: &str, class: &str, text: &str| {
        let el = document.create_element(tag).ok()?;
        if !class.is_empty() {
            el.set_class_name(class);
        }
        if !text.is_empty() {
            el.set_text_content(Some(text));
        }
        Some(el)
    };
    let root_class = if scheme_class.is_empty() { "cpor-app".to_owned() } else { format!("cpor-app {scheme_class}") };
    let (Some(root), Some(bar), Some(title), Some(body), Some(button)) = (
        make("div", &root_class, ""),
        make("div", "cpor-crash", ""),
        make("p", "cpor-crash-title", &tr!(APP_CRASH_TITLE)),
        make("p", "cpor-crash-body", &tr!(APP_CRASH_BODY)),
        make("button", "cpor-button cpor-button--primary", &tr!(APP_CRASH_RELOAD)),
    ) else {
        return;
    };
    let _ = bar.set_attribute("role", "alert");
    let _ = button.set_attribute("type", "button");
    let _ = button.set_attribute(RECOVER_ATTRIBUTE, "");
    for child in [&title, &body, &button] {
        let _ = bar.append_child(child);
    }
    let _ = root.append_child(&bar);
    // Focus moves to the button only when it was in the app (never away
    // from the host's own controls).
    let had_focus = document.active_element().is_some_and(|a| element.contains(Some(&a)));
    element.set_text_content(None);
    let _ = element.append_child(&root);
    if let (true, Ok(button)) = (had_focus, button.dyn_into::<web_sys::HtmlElement>()) {
        let _ = button.focus();
    }
}

/// Makes the app fail on purpose, so a host can try its `cpor:error`
/// handling (and the tests can check the notice). Never called by the app.
#[wasm_bindgen(js_name = simulateCrash)]
pub fn simulate_crash() {
    panic!("simulated failure (simulateCrash was called)");
}
