//! Domain parsing never panics; a parsed domain is ASCII, within the length
//! limits, and parses to itself from both its ASCII and Unicode forms.
#![no_main]
use cpor_core::CustomerDomain;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    match CustomerDomain::parse(data) {
        Ok(d) => {
            assert!(d.as_str().is_ascii());
            assert!(d.as_str().len() <= cpor_core::domain::MAX_DOMAIN_LEN);
            assert!(d
                .as_str()
                .split('.')
                .all(|l| !l.is_empty() && l.len() <= cpor_core::domain::MAX_LABEL_LEN));
            assert_eq!(CustomerDomain::parse(d.as_str()).as_ref(), Ok(&d));
            assert_eq!(CustomerDomain::parse(&d.to_unicode()).as_ref(), Ok(&d));
        }
        Err(e) => {
            let _ = (e.code(), e.to_string());
        }
    }
});
