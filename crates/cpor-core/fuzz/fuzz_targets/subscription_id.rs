//! Subscription ID parsing never panics, and a parsed ID parses to itself.
#![no_main]
use cpor_core::SubscriptionId;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    match SubscriptionId::parse(data) {
        Ok(id) => assert_eq!(SubscriptionId::parse(id.as_str()).as_ref(), Ok(&id)),
        Err(e) => {
            let _ = (e.code(), e.to_string());
        }
    }
});
