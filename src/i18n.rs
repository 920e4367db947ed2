//! The app's language: the `locale` mount option, else the browser's
//! languages, else English (`cpor_i18n::negotiate`). English is built into
//! the module; another language's catalogue is one file beside the app's
//! code (`locale_<language>.txt`, written by the build), downloaded when
//! that language is chosen and cached like the code. Numbers and plural
//! forms follow the language through the browser's `Intl`.
//!
//! Every text of the app is worded when its view is built; when the
//! language changes, the mounts' pages are built again (`epoch`), from
//! what the partner typed, which the app keeps outside its views (drafts
//! and notes are stored as they are typed). The language is the page's:
//! one for every mount.

use std::cell::RefCell;
use std::collections::HashMap;

use cpor_i18n::{Formats, PSEUDO};
use leptos::prelude::*;

use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = "export function filesBase() { return new URL('../../', import.meta.url).href; }")]
extern "C" {
    /// The folder of the app's code (the glue's folder; the build inlines
    /// this function into the glue, where it is `./`).
    #[wasm_bindgen(js_name = filesBase)]
    fn files_base() -> String;
}

/// The language's state, shared by every mount of the page (reference
/// counted, so that no mount's unmounting takes it away).
#[derive(Clone)]
struct Language {
    /// Bumped when the language changes: pages that read it are built again.
    epoch: ArcRwSignal<u32>,
    /// False while the first language's catalogue downloads (the page shows
    /// "signing in" meanwhile, as it does for the sign-in).
    ready: ArcRwSignal<bool>,
    /// The language asked for last (a later answer for an earlier request
    /// is dropped).
    wanted: ArcRwSignal<&'static str>,
}

thread_local! {
    static LANGUAGE: Language = Language {
        epoch: ArcRwSignal::new(0),
        ready: ArcRwSignal::new(true),
        wanted: ArcRwSignal::new("en"),
    };
    static STARTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Whether a language was in place once (a page may have been shown).
    static SETTLED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// The language tag last asked for (for `Intl`'s regional forms).
    static ASKED: RefCell<String> = const { RefCell::new(String::new()) };
    /// The browser's plural rules and number formats, each made once per
    /// language tag when first needed (`de-AT` and `de-DE` write numbers
    /// differently).
    static PLURALS: RefCell<HashMap<String, js_sys::Intl::PluralRules>> = RefCell::new(HashMap::new());
    static NUMBERS: RefCell<HashMap<String, js_sys::Function>> = RefCell::new(HashMap::new());
}

fn state() -> Language {
    LANGUAGE.with(Language::clone)
}

/// Reads the language's version: a view that calls this is built again in
/// the new language.
pub fn track() {
    state().epoch.track();
}

/// The language's version (untracked): it changes with every switch.
pub fn epoch() -> u32 {
    state().epoch.get_untracked()
}

/// Whether the first language's catalogue has arrived (or failed, and
/// English is used).
pub fn ready() -> bool {
    state().ready.get()
}

/// The language in use (its tag, for `lang` attributes and requests).
pub fn language() -> String {
    state().epoch.track();
    cpor_i18n::language()
}

fn locales(locale: &str) -> js_sys::Array {
    js_sys::Array::of1(&JsValue::from_str(locale))
}

fn plural(_: &str, n: f64) -> &'static str {
    let locale = intl_locale();
    let category = PLURALS.with(|m| {
        let mut m = m.borrow_mut();
        let rules =
            m.entry(locale).or_insert_with_key(|l| js_sys::Intl::PluralRules::new(&locales(l), &js_sys::Object::new()));
        String::from(rules.select(n))
    });
    match category.as_str() {
        "zero" => "zero",
        "one" => "one",
        "two" => "two",
        "few" => "few",
        "many" => "many",
        _ => "other",
    }
}

fn number(lang: &str, n: f64) -> String {
    let locale = intl_locale();
    // A whole number below 1,000 is written with the same digits, and no
    // separator, in every language the app has (unless the tag asks for
    // another numbering system, `-u-nu-`): no `Intl.NumberFormat` for it.
    // The first one the page makes costs about 20 ms (80 ms on a slow
    // phone), and the first message with a number is often the partner's
    // first mistake ("this has 20 digits").
    if (0.0..1000.0).contains(&n) && n.fract() == 0.0 && !locale.to_ascii_lowercase().contains("-u-") {
        return cpor_i18n::plain_number(lang, n);
    }
    NUMBERS
        .with(|m| {
            let mut m = m.borrow_mut();
            let format = m
                .entry(locale)
                .or_insert_with_key(|l| js_sys::Intl::NumberFormat::new(&locales(l), &js_sys::Object::new()).format());
            format.call1(&JsValue::NULL, &JsValue::from_f64(n))
        })
        .ok()
        .and_then(|s| s.as_string())
        // Not `n.to_string()`: Rust's float formatting is about 15 KB of
        // the module, for a case `Intl` never leaves.
        .unwrap_or_else(|| cpor_i18n::plain_number(lang, n))
}

/// The language tag `Intl` formats dates and numbers for: the one asked
/// for when it is the language in use (`de-AT` keeps Austria's forms),
/// else the language; British English for English (the product's own
/// day-month-year dates).
pub fn intl_locale() -> String {
    let lang = cpor_i18n::language();
    let asked = ASKED.with(|a| a.borrow().clone());
    let base = asked.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    if lang == "en" || lang == PSEUDO {
        if base == "en" && !asked.eq_ignore_ascii_case("en") && !asked.eq_ignore_ascii_case(PSEUDO) {
            return asked;
        }
        return "en-GB".to_owned();
    }
    if base == lang {
        asked
    } else {
        lang
    }
}

fn date(_: &str, year: i32, month: u32, day: u32) -> String {
    let at = js_sys::Date::new(&JsValue::from_str(&format!("{year:04}-{month:02}-{day:02}T00:00:00Z")));
    let options = js_sys::Object::new();
    for (key, value) in [("dateStyle", "long"), ("timeZone", "UTC")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    String::from(at.to_locale_date_string(&intl_locale(), &options))
}

/// Sets the page's language at a mount: `option` is the `locale` mount
/// option ("" when the host gave none: then the browser's languages, the
/// first time only).
pub fn start(option: &str) {
    let first = !STARTED.with(|s| s.replace(true));
    if first {
        cpor_i18n::set_formats(Formats { plural, number, date: Some(date) });
    }
    if !option.is_empty() {
        set(option);
    } else if first {
        let languages = web_sys::window().map(|w| w.navigator().languages().to_vec()).unwrap_or_default();
        let wanted: Vec<String> = languages.iter().filter_map(JsValue::as_string).collect();
        set(cpor_i18n::negotiate(wanted.iter().map(String::as_str)));
    }
}

/// A language is in place: pages show, and a later switch keeps them until
/// its words are in.
fn settle(s: &Language) {
    SETTLED.with(|settled| settled.set(true));
    s.ready.set(true);
}

/// Switches to the language `tag` names (negotiated among those the app
/// has). Pages are built again once its catalogue is in.
pub fn set(tag: &str) {
    ASKED.with(|a| *a.borrow_mut() = tag.trim().to_owned());
    let lang = cpor_i18n::negotiate([tag]);
    let s = state();
    s.wanted.set(lang);
    if lang == cpor_i18n::language() {
        settle(&s);
        return;
    }
    if lang == "en" {
        cpor_i18n::use_english();
        settle(&s);
        s.epoch.update(|e| *e += 1);
        return;
    }
    // Before the first page, it waits for the language (a page in English
    // then German would move under the partner's eyes); a switch later
    // keeps the page until the new words are in.
    if !SETTLED.with(std::cell::Cell::get) {
        s.ready.set(false);
    }
    // Not Leptos' spawner: the first mount calls this before Leptos has
    // started its own.
    wasm_bindgen_futures::spawn_local(async move {
        let url = format!("{}locale_{lang}.txt", files_base());
        let text = match gloo_net::http::Request::get(&url).send().await {
            Ok(r) if r.ok() => r.text().await.ok(),
            _ => None,
        };
        if s.wanted.get_untracked() != lang {
            return;
        }
        match text.map(|t| cpor_i18n::install(lang, t)) {
            Some(Ok(())) => {}
            Some(Err(e)) => leptos::logging::warn!("cpor-claims: {e}; English is used"),
            None => leptos::logging::warn!("cpor-claims: the {lang} texts did not download; English is used"),
        }
        settle(&s);
        s.epoch.update(|e| *e += 1);
    });
}

/// The languages a partner can choose, each named in itself.
pub fn choices() -> [(&'static str, &'static str); 5] {
    [("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("ja", "日本語"), (PSEUDO, "Pseudo (en-XA)")]
}
