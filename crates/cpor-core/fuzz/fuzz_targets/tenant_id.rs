//! Tenant ID parsing never panics, and a parsed ID parses to itself.
#![no_main]
use cpor_core::TenantId;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    if let Ok(id) = TenantId::parse(data) {
        assert_eq!(TenantId::parse(id.as_str()).as_ref(), Ok(&id));
        assert_eq!(id.as_str().len(), 36);
    } else if let Err(e) = TenantId::parse(data) {
        let _ = (e.code(), e.to_string());
    }
});
