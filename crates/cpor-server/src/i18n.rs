//! The server's words in the reader's language: a problem's title, fix and
//! detail follow the request's `Accept-Language` (German, French, Japanese,
//! else English), worded by the `fluent-bundle` crate from the same
//! catalogues as the app (`locales/*.ftl`, built into the binary). The
//! API's codes, fields and dates stay as they are in every language.

use std::sync::OnceLock;

use cpor_i18n::{Arg, Text};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The catalogues, English first.
const SOURCES: [(&str, &str); 4] = [
    ("en", include_str!("../../../locales/en.ftl")),
    ("de", include_str!("../../../locales/de.ftl")),
    ("fr", include_str!("../../../locales/fr.ftl")),
    ("ja", include_str!("../../../locales/ja.ftl")),
];

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [(&'static str, Bundle)] {
    static BUNDLES: OnceLock<Vec<(&'static str, Bundle)>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        SOURCES
            .iter()
            .filter_map(|(lang, ftl)| {
                let id: LanguageIdentifier = lang.parse().ok()?;
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // Plain text in JSON: no Unicode isolation marks around values.
                bundle.set_use_isolating(false);
                let resource = FluentResource::try_new((*ftl).to_owned()).unwrap_or_else(|(r, _)| r);
                let _ = bundle.add_resource(resource);
                Some((*lang, bundle))
            })
            .collect()
    })
}

/// The language of the catalogues that an `Accept-Language` header asks
/// for first, in the header's order (browsers list by weight, as
/// fluent-langneg reads it; `de-CH` reads German); English when none.
pub fn from_accept_language(header: &str) -> &'static str {
    let wanted = fluent_langneg::accepted_languages::parse(header);
    let tags: Vec<String> = wanted.iter().map(ToString::to_string).collect();
    match cpor_i18n::negotiate(tags.iter().map(String::as_str)) {
        cpor_i18n::PSEUDO => "en",
        lang => lang,
    }
}

fn bundle(lang: &str) -> Option<&'static Bundle> {
    bundles().iter().find(|(l, _)| *l == lang).map(|(_, b)| b)
}

/// Message `id` (`message` or `message.attribute`) with `args` in `lang`;
/// `None` when the catalogue lacks it.
fn word_id(lang: &str, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let bundle = bundle(lang)?;
    let (name, attribute) = id.split_once('.').map_or((id, None), |(m, a)| (m, Some(a)));
    let message = bundle.get_message(name)?;
    let pattern = match attribute {
        Some(a) => message.get_attribute(a)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

/// `text` in `lang` (English, as the rules word it, when the catalogue
/// can't).
pub fn word(lang: &str, text: &Text) -> String {
    let mut args = FluentArgs::new();
    for (name, arg) in text.arg_names().iter().zip(text.args()) {
        let value = match arg {
            Arg::Str(s) => FluentValue::from(s.to_string()),
            Arg::Num(n) => FluentValue::from(*n),
            Arg::Text(inner) => FluentValue::from(word(lang, inner)),
        };
        args.set(*name, value);
    }
    word_id(lang, text.id(), Some(&args)).unwrap_or_else(|| text.to_string())
}

/// The title and fix of error `code` in `lang`.
pub fn error_words(lang: &str, code: &str) -> Option<(String, String)> {
    let title = word_id(lang, &format!("error-{code}"), None)?;
    let fix = word_id(lang, &format!("error-{code}.fix"), None)?;
    Some((title, fix))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_first_language_we_have() {
        assert_eq!(from_accept_language("de-CH, de;q=0.9, en;q=0.8"), "de");
        assert_eq!(from_accept_language("pt-BR,fr;q=0.5"), "fr");
        assert_eq!(from_accept_language("ja-JP,ja;q=0.9,en-US;q=0.8"), "ja");
        assert_eq!(from_accept_language(""), "en");
        assert_eq!(from_accept_language("*"), "en");
        assert_eq!(from_accept_language("en-XA"), "en");
    }

    #[test]
    fn errors_and_rule_sentences_are_worded_in_each_language() {
        let (title, fix) = error_words("de", "tenant_id_empty").unwrap();
        assert!(title.contains("Mandanten-ID"), "{title}");
        assert!(!fix.is_empty());
        let text = cpor_core::GuidProblem::WrongLength { digits: 31 }.text("tenant");
        assert_eq!(word("en", &text), text.to_string());
        assert!(word("ja", &text).contains("31"), "{}", word("ja", &text));
        assert!(!word("fr", &text).contains('\u{2068}'), "no isolation marks");
    }
}
