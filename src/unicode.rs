//! The browser's own Unicode services for the shared rules (see
//! `cpor_core::unicode`): NFC from `String.prototype.normalize`, and the
//! UTS 46 mapping of domains from the URL parser, so the download carries no
//! Unicode tables. Installed once, when the app first mounts.

/// The browser's NFC and UTS 46.
struct Browser;

impl cpor_core::unicode::Unicode for Browser {
    fn nfc(&self, text: &str) -> String {
        js_sys::JsString::from(text).normalize("NFC").into()
    }

    fn domain_to_ascii(&self, domain: &str) -> Option<String> {
        // The URL parser maps the host with UTS 46 (non-transitional), as
        // every browser does for what is typed in the address bar.
        let url = web_sys::Url::new(&format!("http://{domain}/")).ok()?;
        Some(url.hostname())
    }
}

/// Installs the browser's services for the rules (the first call wins).
pub fn install() {
    cpor_core::unicode::install(&Browser);
}
