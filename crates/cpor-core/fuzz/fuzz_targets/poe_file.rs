//! File checks never panic on any name, size and content, and display names
//! are always safe.
#![no_main]
use cpor_core::poe::{check_file, safe_display_name, MAX_NAME_CHARS};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (&str, u64, &[u8], u8)| {
    let (name, size, head, count) = input;
    let _ = check_file(name, size, head, usize::from(count));
    let safe = safe_display_name(name);
    assert!(!safe.is_empty());
    assert!(!safe.contains(['/', '\\']));
    assert!(!safe.chars().any(char::is_control));
    assert!(safe.chars().count() <= MAX_NAME_CHARS);
});
