//! Compiles `locales/*.ftl` (see src/compile.rs): every message becomes a
//! constant of `msg` that carries its English pattern.
//! Problems with the other languages are the tests' to report
//! (tests/catalogues.rs); a broken English catalogue stops the build.

#[allow(dead_code)]
#[path = "src/compile.rs"]
mod compile;

use std::fmt::Write;
use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    println!("cargo:rerun-if-changed={}", dir.display());
    let sources = read(&dir);
    let pairs: Vec<(&str, &str)> = sources.iter().map(|(l, t)| (l.as_str(), t.as_str())).collect();
    let compiled = compile::compile(&pairs);
    let english_problems: Vec<_> = compiled.problems.iter().filter(|p| p.starts_with("en")).collect();
    assert!(english_problems.is_empty(), "locales/en.ftl: {english_problems:#?}");

    let mut out = String::new();
    let languages: Vec<&str> = compiled.catalogues.iter().map(|(l, _)| l.as_str()).collect();
    writeln!(out, "/// The languages with a catalogue: English (built in), the pseudo-locale, then the others.")
        .unwrap();
    writeln!(out, "pub const LANGUAGES: &[&str] = &{languages:?};").unwrap();
    writeln!(out, "/// How many messages the catalogues have.").unwrap();
    writeln!(out, "pub const COUNT: usize = {};", compiled.entries.len()).unwrap();
    let ids: Vec<&str> = compiled.entries.iter().map(|e| e.id.as_str()).collect();
    writeln!(out, "/// Every message's id, by number.").unwrap();
    writeln!(out, "pub static IDS: [&str; COUNT] = {ids:?};").unwrap();
    writeln!(out, "/// Every message's variables, by number.").unwrap();
    let args: Vec<Vec<&str>> = compiled.entries.iter().map(|e| e.args.iter().map(String::as_str).collect()).collect();
    let args: Vec<String> = args.iter().map(|a| format!("&{a:?}")).collect();
    writeln!(out, "pub static ARGS: [&[&str]; COUNT] = [{}];", args.join(", ")).unwrap();
    writeln!(out, "/// Every message of the catalogue (its English text in the docs).").unwrap();
    writeln!(out, "pub mod msg {{\n    use super::Msg;").unwrap();
    let mut names = std::collections::HashMap::new();
    for (i, e) in compiled.entries.iter().enumerate() {
        let name = const_name(&e.id);
        if let Some(other) = names.insert(name.clone(), e.id.clone()) {
            panic!("locales/en.ftl: {} and {other} have the same constant name {name}", e.id);
        }
        let args = if e.args.is_empty() {
            String::new()
        } else {
            format!(" Values: {}.", e.args.iter().map(|a| format!("`${a}`")).collect::<Vec<_>>().join(", "))
        };
        writeln!(out, "    #[doc = {:?}]", format!("`{}`: \"{}\"{args}", e.id, e.english)).unwrap();
        writeln!(out, "    pub const {name}: Msg<{}> = Msg::new({i}, {:?});", e.args.len(), e.pattern).unwrap();
    }
    writeln!(out, "}}").unwrap();
    let all: Vec<String> = compiled.entries.iter().map(|e| format!("msg::{}.key()", const_name(&e.id))).collect();
    writeln!(out, "/// Every message, by number (only for programs that look messages up by number:").unwrap();
    writeln!(out, "/// naming it links every English text).").unwrap();
    writeln!(out, "static ALL: [Key; COUNT] = [{}];", all.join(", ")).unwrap();
    let path = Path::new(&std::env::var("OUT_DIR").unwrap()).join("messages.rs");
    std::fs::write(path, out).unwrap();
}

/// `error-tenant_id_empty.fix` -> `ERROR_TENANT_ID_EMPTY_FIX`.
fn const_name(id: &str) -> String {
    id.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_uppercase() } else { '_' }).collect()
}

/// English first, then the others in alphabetical order.
fn read(dir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| {
            let p = e.ok()?.path();
            let lang = p.file_name()?.to_str()?.strip_suffix(".ftl")?.to_owned();
            Some((lang, p))
        })
        .collect();
    files.sort_by_key(|(lang, _)| (lang != "en", lang.clone()));
    assert_eq!(files.first().map(|(l, _)| l.as_str()), Some("en"), "locales/en.ftl is missing");
    files.into_iter().map(|(lang, p)| (lang, std::fs::read_to_string(p).unwrap())).collect()
}
