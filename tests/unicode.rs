//! The Unicode corpus shared with the server's tests
//! (`crates/cpor-core/tests/unicode-corpus.json`), run in headless Chromium
//! with the browser's own services (`String.prototype.normalize`, the URL
//! parser's UTS 46), as the app installs them: every entry gets the same
//! verdict here as on the server.
#![cfg(target_arch = "wasm32")]

use cpor_core::text::ClaimName;
use cpor_core::CustomerDomain;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const CORPUS: &str = include_str!("../crates/cpor-core/tests/unicode-corpus.json");

fn verdict<T: ToString, E>(parsed: Result<T, E>, code: impl Fn(&E) -> cpor_core::ErrorCode) -> String {
    match parsed {
        Ok(v) => v.to_string(),
        Err(e) => format!("!{}", code(&e)),
    }
}

#[wasm_bindgen_test]
fn the_shared_corpus_gets_its_verdicts_from_the_browsers_unicode() {
    cpor_claims::unicode::install();
    let corpus: serde_json::Value = serde_json::from_str(CORPUS).unwrap();
    let mut wrong = Vec::new();
    for entry in corpus["domains"].as_array().unwrap() {
        let (input, expected) = (entry[0].as_str().unwrap(), entry[1].as_str().unwrap());
        let got = verdict(CustomerDomain::parse(input), |e| e.code());
        if got != expected {
            wrong.push(format!("domain {input:?}: {got}, not {expected}"));
        }
    }
    for entry in corpus["texts"].as_array().unwrap() {
        let (input, expected) = (entry[0].as_str().unwrap(), entry[1].as_str().unwrap());
        let got = verdict(ClaimName::parse(input), |e| e.code());
        if got != expected {
            wrong.push(format!("text {input:?}: {got:?}, not {expected:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
