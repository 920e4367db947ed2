//! Text answers (claim name, names, titles, email) never panic, are
//! idempotent, and never keep a control character.
#![no_main]
use cpor_core::{ClaimName, Email, JobTitle, PersonName};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    if let Ok(n) = ClaimName::parse(data) {
        assert!(!n.as_str().chars().any(char::is_control));
        assert_eq!(ClaimName::parse(n.as_str()).as_ref(), Ok(&n));
    }
    if let Ok(n) = PersonName::parse(data) {
        assert_eq!(PersonName::parse(n.as_str()).as_ref(), Ok(&n));
    }
    if let Ok(n) = JobTitle::parse(data) {
        assert_eq!(JobTitle::parse(n.as_str()).as_ref(), Ok(&n));
    }
    match Email::parse(data) {
        Ok(e) => assert_eq!(Email::parse(e.as_str()).as_ref(), Ok(&e)),
        Err(e) => {
            let _ = (e.code(), e.to_string());
        }
    }
});
