//! Every sentence the product shows, in the user's language.
//!
//! The texts live in one catalogue per language, `locales/<language>.ftl`
//! at the workspace's root, in Project Fluent's syntax (variables,
//! plurals and other choices, terms for the product's recurring names).
//! The build compiles them (`compile.rs`, with the `fluent-syntax`
//! parser): English into this crate, every message a constant of [`msg`]
//! that carries its English and whose type says how many values it
//! takes; every other language into a file of its own that the app
//! downloads only when the user reads that language ([`install`]). The server words its problem details with the
//! `fluent-bundle` crate from the same files; a test holds this crate's
//! wording to `fluent-bundle`'s for every message of every language.
//!
//! # The compiled form
//! A catalogue is the messages' patterns in English's order, each ending
//! with `END`. A pattern is text, with `VAR i` (the i-th value), `NUM i`
//! (the i-th value as a number in the language's format) and `SELECT i n`
//! followed by `n` variants (`key KEY_END pattern END`) and the default
//! pattern (ending with `END`): the variant whose key is the value, or the
//! value's plural category in the language, else the default. A message
//! a language lacks is `MISSING END`; English is used for it.
//!
//! # Use
//! ```
//! use cpor_i18n::{msg, t, Text};
//! assert_eq!(t(msg::ERROR_TENANT_ID_EMPTY, []), "Enter the customer tenant ID.");
//! let text = Text::new(msg::GUID_LENGTH, ["tenant".into(), 31.into()]);
//! assert_eq!(text.to_string(), "A tenant ID has 32 hexadecimal digits; this has 31 digits.");
//! assert_eq!(cpor_i18n::tr!(GUID_LENGTH, "tenant", 1), "A tenant ID has 32 hexadecimal digits; this has 1 digit.");
//! ```

use std::borrow::Cow;
use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

#[cfg(feature = "compile")]
pub mod compile;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

const VAR: char = '\u{1}';
const NUM: char = '\u{2}';
const SELECT: char = '\u{3}';
const END: char = '\u{4}';
const MISSING: char = '\u{5}';
const KEY_END: char = '\u{1F}';

/// The pseudo-locale: English with accented letters, 40 % longer and in
/// brackets, to find clipped and hard-coded text.
pub const PSEUDO: &str = "en-XA";

/// A message: its number in the catalogues and its English pattern.
/// Each message carries its own English, so in the browser the English
/// text sits in the module of the code that shows it (a page's part
/// carries its page's texts; the main module only the frame's and the
/// rules'), and no table of every text is linked in.
#[derive(Clone, Copy, Debug)]
pub struct Key {
    index: u16,
    english: &'static str,
}

impl Key {
    /// Its number in the catalogue.
    pub const fn index(self) -> u16 {
        self.index
    }
}

impl PartialEq for Key {
    fn eq(&self, other: &Self) -> bool {
        self.index == other.index
    }
}

impl Eq for Key {}

impl std::hash::Hash for Key {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.index.hash(state)
    }
}

/// A message that takes `N` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Msg<const N: usize>(Key);

impl<const N: usize> Msg<N> {
    /// The message with the number `index` in the catalogue and the
    /// English pattern `english` (in the compiled form).
    pub const fn new(index: u16, english: &'static str) -> Self {
        Self(Key { index, english })
    }

    /// Its number in the catalogue.
    pub const fn index(self) -> u16 {
        self.0.index
    }

    /// The message, whatever its values.
    pub const fn key(self) -> Key {
        self.0
    }
}

/// Message number `index`, for programs that look messages up by number
/// (tests, tools). Naming it links every English text into the program,
/// so the app never does.
pub fn message(index: u16) -> Option<Key> {
    ALL.get(index as usize).copied()
}

/// A value in a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Text, shown as it is (a name, a domain, an ID).
    Str(Cow<'static, str>),
    /// A number: formatted for the language, and chooses plural forms.
    Num(f64),
    /// Another message, worded in the same language (a field's name, a
    /// character's description).
    Text(Box<Text>),
}

impl From<&'static str> for Arg {
    fn from(s: &'static str) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(Cow::Owned(s))
    }
}

impl From<char> for Arg {
    fn from(c: char) -> Self {
        Arg::Str(Cow::Owned(c.to_string()))
    }
}

impl From<Msg<0>> for Arg {
    fn from(m: Msg<0>) -> Self {
        Arg::Text(Box::new(m.into()))
    }
}

impl From<Text> for Arg {
    fn from(t: Text) -> Self {
        Arg::Text(Box::new(t))
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Num(n as f64)
            }
        }
    )*};
}
number_args!(u8, u16, u32, u64, usize, i32, i64, f64);

/// A message with its values, not yet worded: what the rules return, worded
/// in the reader's language where it is shown (`Display` uses the current
/// language).
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    key: Key,
    args: Vec<Arg>,
}

impl Text {
    /// `msg` with its values.
    pub fn new<const N: usize>(msg: Msg<N>, args: [Arg; N]) -> Self {
        Self { key: msg.0, args: args.into() }
    }

    /// The message's number.
    pub fn msg(&self) -> u16 {
        self.key.index
    }

    /// Its values, in the message's order.
    pub fn args(&self) -> &[Arg] {
        &self.args
    }

    /// The message's id in the catalogues (`message` or
    /// `message.attribute`).
    pub fn id(&self) -> &'static str {
        IDS[self.key.index as usize]
    }

    /// Its variables' names, in the order of [`Text::args`].
    pub fn arg_names(&self) -> &'static [&'static str] {
        ARGS[self.key.index as usize]
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&word(self.key, &self.args))
    }
}

impl From<Msg<0>> for Text {
    fn from(m: Msg<0>) -> Self {
        Text::new(m, [])
    }
}

/// A message in the current language: `tr!(ERROR_TENANT_ID_EMPTY)`, or
/// with its values, `tr!(GUID_LENGTH, "tenant", 31)` (each value anything
/// that converts into an [`Arg`]; the count is checked when compiling).
#[macro_export]
macro_rules! tr {
    ($name:ident $(, $arg:expr)* $(,)?) => {
        $crate::t($crate::msg::$name, [$($crate::Arg::from($arg)),*])
    };
}

/// `msg` with `args`, in the current language.
pub fn t<const N: usize>(msg: Msg<N>, args: [Arg; N]) -> String {
    word(msg.0, &args)
}

/// Writes a date (language, year, month 1–12, day) out in words.
pub type DateFormat = fn(&str, i32, u32, u32) -> String;

/// How numbers and plural forms work in a language: the browser uses
/// `Intl`, other programs the plain forms below.
#[derive(Clone, Copy)]
pub struct Formats {
    /// The plural category (`zero`, `one`, `two`, `few`, `many`, `other`)
    /// of a number in a language.
    pub plural: fn(&str, f64) -> &'static str,
    /// A number written in a language.
    pub number: fn(&str, f64) -> String,
    /// A date (year, month 1–12, day) written out in a language, as in
    /// "3 January 2027": where the platform has its own (the browser's
    /// `Intl`), it writes `date-long` instead of the catalogue.
    pub date: Option<DateFormat>,
}

/// English's plural rule (one, other) for every language, and numbers
/// without grouping: what programs without `Intl` use, and what
/// `fluent-bundle` does.
pub fn plain_plural(lang: &str, n: f64) -> &'static str {
    match lang {
        "ja" => "other",
        "fr" if n == 0.0 || n == 1.0 => "one",
        _ if n == 1.0 => "one",
        _ => "other",
    }
}

/// A number as Rust writes it (no grouping). In the browser, where the
/// app formats numbers with `Intl`, only whole numbers are written here
/// (Rust's float formatting would add its tables to the module).
pub fn plain_number(_: &str, n: f64) -> String {
    #[cfg(not(target_arch = "wasm32"))]
    if n.fract() != 0.0 {
        return n.to_string();
    }
    (n as i64).to_string()
}

/// One language's compiled catalogue, with where each message starts.
struct Catalogue {
    lang: Cow<'static, str>,
    text: Cow<'static, str>,
    starts: Vec<u32>,
}

impl Catalogue {
    fn new(lang: Cow<'static, str>, text: Cow<'static, str>) -> Option<Self> {
        let mut starts = Vec::with_capacity(COUNT);
        let mut rest = text.as_ref();
        while !rest.is_empty() {
            starts.push((text.len() - rest.len()) as u32);
            rest = skip(rest)?;
        }
        (starts.len() == COUNT).then_some(Self { lang, text, starts })
    }

    fn pattern(&self, msg: u16) -> Option<&str> {
        let start = *self.starts.get(msg as usize)? as usize;
        let p = &self.text[start..];
        (!p.starts_with(MISSING)).then_some(p)
    }
}

/// The rest of `s` after its first pattern (and its `END`).
fn skip(s: &str) -> Option<&str> {
    let mut it = s.chars();
    skip_pattern(&mut it)?;
    Some(it.as_str())
}

fn skip_pattern(it: &mut std::str::Chars<'_>) -> Option<()> {
    loop {
        match it.next()? {
            END => return Some(()),
            VAR | NUM => {
                it.next()?;
            }
            SELECT => {
                it.next()?;
                let n = it.next()? as u32 - '0' as u32;
                for _ in 0..n {
                    while it.next()? != KEY_END {}
                    skip_pattern(it)?;
                }
                skip_pattern(it)?;
            }
            _ => {}
        }
    }
}

struct State {
    current: Option<Rc<Catalogue>>,
    formats: Formats,
}

thread_local! {
    static STATE: RefCell<Option<State>> = const { RefCell::new(None) };
}

fn with<R>(f: impl FnOnce(&mut State) -> R) -> R {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        let s = s.get_or_insert_with(|| State {
            current: None,
            formats: Formats { plural: plain_plural, number: plain_number, date: None },
        });
        f(s)
    })
}

/// Sets how numbers and plurals are written (the browser: `Intl`).
pub fn set_formats(formats: Formats) {
    with(|s| s.formats = formats);
}

/// Uses `compiled` (a file written by `cpor-catalogues`) for `lang` from
/// now on. Refuses a file that is not a catalogue of this build's
/// messages (then English stays).
pub fn install(lang: &str, compiled: String) -> Result<(), String> {
    let catalogue = Catalogue::new(Cow::Owned(lang.to_owned()), Cow::Owned(compiled))
        .ok_or_else(|| format!("the {lang} catalogue doesn't match this version of the app"))?;
    with(|s| s.current = Some(Rc::new(catalogue)));
    Ok(())
}

/// Uses English from now on.
pub fn use_english() {
    with(|s| s.current = None);
}

/// The language in use.
pub fn language() -> String {
    with(|s| s.current.as_ref().map_or("en", |c| &c.lang).to_owned())
}

/// The language among [`LANGUAGES`] for a list of wanted ones (a mount
/// option, then the browser's languages): the first that matches
/// exactly or by its language alone (`de-AT` reads German); the
/// pseudo-locale only when named exactly; else English.
pub fn negotiate<'a>(wanted: impl IntoIterator<Item = &'a str>) -> &'static str {
    for w in wanted {
        let w = w.trim();
        if let Some(exact) = LANGUAGES.iter().find(|l| l.eq_ignore_ascii_case(w)) {
            return exact;
        }
        let base = w.split(['-', '_']).next().unwrap_or(w);
        if let Some(l) = LANGUAGES.iter().find(|l| **l != PSEUDO && l.eq_ignore_ascii_case(base)) {
            return l;
        }
    }
    "en"
}

/// Message `key` with `args`, in the current language (English where
/// the language lacks it).
pub fn word(key: Key, args: &[Arg]) -> String {
    let (catalogue, formats) = with(|s| (s.current.clone(), s.formats));
    let (lang, pattern) = match catalogue.as_ref().and_then(|c| Some((c.lang.as_ref(), c.pattern(key.index)?))) {
        Some(found) => found,
        None => ("en", key.english),
    };
    if let (Some(date), true, [Arg::Str(d), Arg::Num(m), Arg::Str(y)]) =
        (formats.date, key == msg::DATE_LONG.key(), args)
    {
        if let (Ok(d), Ok(y)) = (d.parse(), y.parse()) {
            return date(lang, y, *m as u32, d);
        }
    }
    let mut out = String::new();
    let mut w = Words { lang, args, formats };
    w.pattern(&mut pattern.chars(), &mut out, true);
    out
}

/// Whether variant key `key` is the number `n` (keys are whole numbers:
/// the compiler refuses others; no float parsing in the module).
fn is_number(key: &str, n: f64) -> bool {
    n.fract() == 0.0 && key == (n as i64).to_string()
}

struct Words<'a> {
    lang: &'a str,
    args: &'a [Arg],
    formats: Formats,
}

impl Words<'_> {
    /// Writes a pattern up to its `END` (only when `write`; else skips it).
    fn pattern(&mut self, it: &mut std::str::Chars<'_>, out: &mut String, write: bool) {
        while let Some(c) = it.next() {
            match c {
                END => return,
                VAR | NUM => {
                    let arg = it.next().and_then(|i| self.args.get((i as u32).wrapping_sub('0' as u32) as usize));
                    if write {
                        match arg {
                            Some(Arg::Str(s)) => out.push_str(s),
                            Some(Arg::Num(n)) => out.push_str(&(self.formats.number)(self.lang, *n)),
                            Some(Arg::Text(t)) => out.push_str(&word(t.key, &t.args)),
                            None => {}
                        }
                    }
                }
                SELECT => {
                    let arg = it.next().and_then(|i| self.args.get((i as u32).wrapping_sub('0' as u32) as usize));
                    let n = it.next().map_or(0, |c| c as u32 - '0' as u32) as usize;
                    // The variant: the one keyed by the value, else (for a
                    // number) by its plural category, else the default.
                    let mut probe = it.clone();
                    let keys: Vec<String> = (0..n)
                        .map(|_| {
                            let key = probe.by_ref().take_while(|c| *c != KEY_END).collect();
                            self.pattern(&mut probe, &mut String::new(), false);
                            key
                        })
                        .collect();
                    let chosen = match arg {
                        Some(Arg::Num(x)) => keys.iter().position(|k| is_number(k, *x)).or_else(|| {
                            let category = (self.formats.plural)(self.lang, *x);
                            keys.iter().position(|k| k == category)
                        }),
                        Some(Arg::Str(s)) => keys.iter().position(|k| k == s),
                        Some(Arg::Text(t)) => {
                            let value = word(t.key, &t.args);
                            keys.iter().position(|k| *k == value)
                        }
                        None => None,
                    };
                    for i in 0..n {
                        it.by_ref().take_while(|c| *c != KEY_END).for_each(drop);
                        self.pattern(it, out, write && chosen == Some(i));
                    }
                    self.pattern(it, out, write && chosen.is_none());
                }
                c => {
                    if write {
                        out.push(c)
                    }
                }
            }
        }
    }
}
