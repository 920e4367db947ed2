//! Date parsing never panics and round-trips; business-day arithmetic from
//! any parsed date never lands on a weekend.
#![no_main]
use cpor_core::{BusinessCalendar, Date};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    if let Ok(d) = Date::parse(data) {
        assert_eq!(Date::parse(&d.to_string()), Ok(d));
        let cal = BusinessCalendar::weekends_only();
        let due = cal.review_start_due(d);
        assert!(!due.weekday().is_weekend());
        assert!(due > d);
    }
});
