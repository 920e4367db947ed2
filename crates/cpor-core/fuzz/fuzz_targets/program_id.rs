//! Partner program ID parsing never panics and is idempotent.
#![no_main]
use cpor_core::PartnerProgramId;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    match PartnerProgramId::parse(data) {
        Ok(p) => {
            assert!(p.as_str().bytes().all(|b| b.is_ascii_digit()));
            assert_eq!(PartnerProgramId::parse(p.as_str()).as_ref(), Ok(&p));
        }
        Err(e) => {
            let _ = (e.code(), e.to_string());
        }
    }
});
