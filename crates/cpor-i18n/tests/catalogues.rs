//! The catalogues in `locales/`: complete in every language, every message
//! used by the code, and worded by this crate exactly as `fluent-bundle`
//! (the server's Fluent implementation) words them.

#[allow(dead_code)]
#[path = "../src/compile.rs"]
mod compile;

use std::path::{Path, PathBuf};

use cpor_i18n::{install, set_formats, use_english, word, Arg, Formats, LANGUAGES, PSEUDO};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn sources() -> Vec<(String, String)> {
    LANGUAGES
        .iter()
        .filter(|l| **l != PSEUDO)
        .map(|l| (l.to_string(), std::fs::read_to_string(root().join(format!("locales/{l}.ftl"))).unwrap()))
        .collect()
}

fn compiled() -> compile::Compiled {
    let s = sources();
    let pairs: Vec<(&str, &str)> = s.iter().map(|(l, t)| (l.as_str(), t.as_str())).collect();
    compile::compile(&pairs)
}

#[test]
fn every_language_has_every_message_with_the_same_values() {
    let c = compiled();
    assert!(c.problems.is_empty(), "the catalogues' problems:\n{}", c.problems.join("\n"));
    assert_eq!(LANGUAGES, ["en", PSEUDO, "de", "fr", "ja"]);
}

fn rust_sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn every_message_is_used_by_the_code() {
    let mut files = Vec::new();
    rust_sources(&root().join("src"), &mut files);
    for krate in ["cpor-core", "cpor-server"] {
        rust_sources(&root().join("crates").join(krate).join("src"), &mut files);
    }
    let code: String = files.iter().map(|f| std::fs::read_to_string(f).unwrap()).collect::<Vec<_>>().join("\n");
    let words: std::collections::HashSet<&str> =
        code.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).collect();
    let unused: Vec<String> = compiled()
        .entries
        .iter()
        .map(|e| e.id.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_uppercase() } else { '_' }).collect())
        .filter(|name: &String| !words.contains(name.as_str()))
        .collect();
    assert!(unused.is_empty(), "messages no code uses (remove them from every locales/*.ftl):\n{}", unused.join("\n"));
}

fn plural(lang: &str, n: f64) -> &'static str {
    let id: LanguageIdentifier = lang.parse().unwrap();
    let rules = PluralRules::create(id, PluralRuleType::CARDINAL).unwrap();
    match rules.select(n).unwrap() {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// Sample values for a message's variables: numbers where the message
/// treats them as numbers, else words (including every key it chooses on).
fn samples(numeric: &[bool]) -> Vec<Vec<Arg>> {
    let mut all: Vec<Vec<Arg>> = vec![vec![]];
    for &n in numeric {
        let values: Vec<Arg> = if n {
            [0.0, 1.0, 2.0, 5.0, 21.0, 1_000_000.0].into_iter().map(Arg::Num).collect()
        } else {
            ["tenant", "subscription", "Contoso"].into_iter().map(Arg::from).collect()
        };
        all = all.into_iter().flat_map(|a| values.iter().map(move |v| [a.clone(), vec![v.clone()]].concat())).collect();
    }
    all
}

#[test]
fn wording_is_fluent_bundles() {
    let c = compiled();
    let formats = Formats { plural, number: cpor_i18n::plain_number, date: None };
    set_formats(formats);
    for (lang, ftl) in sources() {
        let id: LanguageIdentifier = lang.parse().unwrap();
        let mut bundle = FluentBundle::new(vec![id]);
        bundle.set_use_isolating(false);
        bundle.add_resource(FluentResource::try_new(ftl).unwrap()).unwrap();
        match c.catalogues.iter().find(|(l, _)| *l == lang) {
            Some((_, text)) if lang != "en" => install(&lang, text.clone()).unwrap(),
            _ => use_english(),
        }
        for (i, entry) in c.entries.iter().enumerate() {
            let (name, attr) = entry.id.split_once('.').map_or((entry.id.as_str(), None), |(m, a)| (m, Some(a)));
            let message = bundle.get_message(name).unwrap();
            let pattern = match attr {
                Some(a) => message.get_attribute(a).unwrap().value(),
                None => message.value().unwrap(),
            };
            for args in samples(&entry.numeric) {
                let mut fargs = FluentArgs::new();
                for (name, a) in entry.args.iter().zip(&args) {
                    match a {
                        Arg::Num(n) => fargs.set(name.as_str(), FluentValue::from(*n)),
                        Arg::Str(s) => fargs.set(name.as_str(), FluentValue::from(s.to_string())),
                        Arg::Text(_) => unreachable!(),
                    }
                }
                let mut errors = vec![];
                let theirs = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
                assert!(errors.is_empty(), "{lang} {}: {errors:?}", entry.id);
                let ours = word(cpor_i18n::message(i as u16).unwrap(), &args);
                assert_eq!(ours, theirs, "{lang} {} with {args:?}", entry.id);
            }
        }
    }
    use_english();
}

#[test]
fn the_pseudo_locale_is_accented_longer_and_bracketed() {
    let c = compiled();
    let (_, text) = c.catalogues.iter().find(|(l, _)| l == PSEUDO).unwrap();
    install(PSEUDO, text.clone()).unwrap();
    let title = cpor_i18n::t(cpor_i18n::msg::ERROR_TENANT_ID_EMPTY, []);
    use_english();
    let english = cpor_i18n::t(cpor_i18n::msg::ERROR_TENANT_ID_EMPTY, []);
    assert!(title.starts_with("[Éñtér thé çüstöméŕ") || title.starts_with("[Éñtér thé çüstömér"), "{title}");
    assert!(title.ends_with(']'));
    assert!(title.chars().count() as f64 >= english.chars().count() as f64 * 1.35, "{title}");
}

#[test]
fn languages_are_negotiated() {
    use cpor_i18n::negotiate;
    assert_eq!(negotiate(["de-AT", "en"]), "de");
    assert_eq!(negotiate(["pt-BR", "fr-CA"]), "fr");
    assert_eq!(negotiate(["JA"]), "ja");
    assert_eq!(negotiate(["en-XA"]), PSEUDO);
    assert_eq!(negotiate(["en-GB"]), "en");
    assert_eq!(negotiate(["zh-Hans"]), "en");
    assert_eq!(negotiate([]), "en");
}

#[test]
fn a_catalogue_of_another_build_is_refused() {
    assert!(install("de", "Nur eine Nachricht\u{4}".to_owned()).is_err());
    assert_eq!(cpor_i18n::language(), "en");
}
