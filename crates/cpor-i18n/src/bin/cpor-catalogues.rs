//! Writes the catalogue files the app downloads, one per language but
//! English (built into the app): `locale_<language>.txt` in the given
//! folder. Exits non-zero, naming each problem, when a catalogue is not
//! complete.
//!
//!     cargo run -p cpor-i18n --features compile --bin cpor-catalogues -- <folder>

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(out) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: cpor-catalogues <folder>");
        return ExitCode::from(2);
    };
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let mut sources = Vec::new();
    for lang in cpor_i18n::LANGUAGES.iter().filter(|l| **l != cpor_i18n::PSEUDO) {
        let path = dir.join(format!("{lang}.ftl"));
        match std::fs::read_to_string(&path) {
            Ok(text) => sources.push((*lang, text)),
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        }
    }
    let pairs: Vec<(&str, &str)> = sources.iter().map(|(l, t)| (*l, t.as_str())).collect();
    let compiled = cpor_i18n::compile::compile(&pairs);
    if !compiled.problems.is_empty() {
        for p in &compiled.problems {
            eprintln!("cpor-catalogues: {p}");
        }
        return ExitCode::FAILURE;
    }
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("{}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    for (lang, text) in compiled.catalogues.iter().filter(|(l, _)| l != "en") {
        let path = out.join(format!("locale_{lang}.txt"));
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("{}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("{} {} bytes", path.display(), text.len());
    }
    ExitCode::SUCCESS
}
