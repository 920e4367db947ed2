//! The two Unicode services the rules need and that each platform already
//! has: NFC normalisation of text, and the UTS 46 mapping of a domain to
//! its ASCII form (what browsers and DNS do with `ｃｏｎｔｏｓｏ．ｃｏｍ` or
//! `bücher.ch`).
//!
//! The browser has both built in (`String.prototype.normalize`, the URL
//! parser), so the app installs those and its download does not carry
//! Unicode tables; the server installs [`Native`] (the `unicode-
//! normalization` and `idna` crates, the `native-unicode` feature). Both
//! sides install theirs once, at start, with [`install`]; one test corpus
//! (`tests/unicode-corpus.json`) is run on both to prove they agree. Until
//! something is installed, text is not normalised and domains get the
//! crate's own minimal mapping (lower case, Punycode).

use std::sync::OnceLock;

/// A platform's Unicode services.
pub trait Unicode: Sync {
    /// `text` in Normalization Form C.
    fn nfc(&self, text: &str) -> String;

    /// The UTS 46 ToASCII form of `domain` (non-transitional processing,
    /// hyphens not checked, not STD3-strict: what browsers do), or `None`
    /// when it has none.
    fn domain_to_ascii(&self, domain: &str) -> Option<String>;
}

static PLATFORM: OnceLock<&'static dyn Unicode> = OnceLock::new();

/// Installs the platform's services; the first call wins.
pub fn install(services: &'static dyn Unicode) {
    let _ = PLATFORM.set(services);
}

/// The installed services; with the `native-unicode` feature, [`Native`]
/// when nothing else was installed.
pub(crate) fn platform() -> Option<&'static dyn Unicode> {
    #[cfg(feature = "native-unicode")]
    return Some(*PLATFORM.get_or_init(|| &Native));
    #[cfg(not(feature = "native-unicode"))]
    PLATFORM.get().copied()
}

/// `text` in NFC, by the platform's services.
pub fn nfc(text: &str) -> String {
    match platform() {
        Some(u) => u.nfc(text),
        None => text.to_owned(),
    }
}

/// The server's services: the `unicode-normalization` and `idna` crates.
#[cfg(feature = "native-unicode")]
#[derive(Clone, Copy, Debug, Default)]
pub struct Native;

#[cfg(feature = "native-unicode")]
impl Unicode for Native {
    fn nfc(&self, text: &str) -> String {
        use unicode_normalization::UnicodeNormalization;
        text.nfc().collect()
    }

    fn domain_to_ascii(&self, domain: &str) -> Option<String> {
        idna::domain_to_ascii(domain).ok()
    }
}
