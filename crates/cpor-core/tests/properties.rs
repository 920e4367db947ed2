//! Property tests: parsers never panic, normalising is idempotent, and every
//! tolerated spelling of a value parses to the same canonical form.

use cpor_core::{CustomerDomain, PartnerProgramId, TenantId};
use proptest::prelude::*;

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn hyphenated(h: &str) -> String {
    format!("{}-{}-{}-{}-{}", &h[0..8], &h[8..12], &h[12..16], &h[16..20], &h[20..32])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn parsers_never_panic(s in any::<String>()) {
        let _ = TenantId::parse(&s);
        let _ = CustomerDomain::parse(&s);
        let _ = PartnerProgramId::parse(&s);
    }

    #[test]
    fn parsers_never_panic_on_near_misses(s in "[ {}\"'a-fA-F0-9g\\-.:/@xn\u{fc}\u{65e5}\u{3002}]{0,80}") {
        let _ = TenantId::parse(&s);
        let _ = CustomerDomain::parse(&s);
        let _ = PartnerProgramId::parse(&s);
    }

    #[test]
    fn tenant_id_normalising_is_idempotent(s in any::<String>()) {
        if let Ok(id) = TenantId::parse(&s) {
            prop_assert_eq!(TenantId::parse(id.as_str()).unwrap(), id);
        }
    }

    #[test]
    fn every_spelling_of_a_guid_gives_the_same_tenant_id(
        bytes in any::<[u8; 16]>().prop_filter("not nil", |b| b.iter().any(|x| *x != 0)),
        upper in any::<bool>(),
        braces in any::<bool>(),
        quotes in any::<bool>(),
        plain in any::<bool>(),
        pad in "[ \t]{0,3}",
    ) {
        let canonical = hyphenated(&hex(&bytes));
        let mut s = if plain { hex(&bytes) } else { canonical.clone() };
        if upper { s = s.to_uppercase(); }
        if braces { s = format!("{{{s}}}"); }
        if quotes { s = format!("\"{s}\""); }
        let s = format!("{pad}{s}{pad}");
        let id = TenantId::parse(&s).unwrap();
        prop_assert_eq!(id.as_str(), canonical.as_str());
        // parse ∘ format is the identity.
        prop_assert_eq!(TenantId::parse(&id.to_string()).unwrap(), id);
    }

    #[test]
    fn domain_normalising_is_idempotent(s in any::<String>()) {
        if let Ok(d) = CustomerDomain::parse(&s) {
            prop_assert_eq!(CustomerDomain::parse(d.as_str()).unwrap(), d.clone());
            prop_assert_eq!(CustomerDomain::parse(&d.to_unicode()).unwrap(), d);
        }
    }

    #[test]
    fn well_formed_domains_parse_in_every_tolerated_spelling(
        labels in prop::collection::vec("[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?", 1..4),
        tld in "[a-z]{2,6}",
        scheme in prop::sample::select(vec!["", "https://", "http://", "HTTPS://"]),
        trailing in prop::sample::select(vec!["", ".", "/", "./"]),
        upper in any::<bool>(),
    ) {
        // An `xn--` label is Punycode, and only well formed if it decodes and
        // round-trips: that has its own tests; these labels are plain LDH.
        prop_assume!(labels.iter().all(|l| !l.starts_with("xn--")));
        let canonical = format!("{}.{tld}", labels.join("."));
        let mut s = format!("{scheme}{canonical}{trailing}");
        if upper { s = s.to_uppercase(); }
        let d = CustomerDomain::parse(&s);
        prop_assert!(d.is_ok(), "{s:?}: {:?}", d);
        let d = d.unwrap();
        prop_assert_eq!(d.as_str(), canonical.as_str());
    }

    #[test]
    fn unicode_domains_round_trip_through_punycode(label in "[a-z\u{e0}-\u{ff}\u{4e00}-\u{4e20}]{1,12}") {
        prop_assume!(label.chars().all(char::is_alphanumeric));
        let raw = format!("{label}.example");
        if let Ok(d) = CustomerDomain::parse(&raw) {
            prop_assert!(d.as_str().is_ascii());
            prop_assert_eq!(d.to_unicode(), raw.to_lowercase());
        }
    }

    #[test]
    fn program_id_normalising_is_idempotent(s in any::<String>()) {
        if let Ok(p) = PartnerProgramId::parse(&s) {
            prop_assert_eq!(PartnerProgramId::parse(p.as_str()).unwrap(), p);
        }
    }
}

mod rules {
    use cpor_core::clock::BusinessCalendar;
    use cpor_core::date::Date;
    use cpor_core::poe::{check_file, safe_display_name, sniff};
    use cpor_core::subscription::SubscriptionId;
    use cpor_core::text::{ClaimName, Email, PersonName};
    use proptest::prelude::*;

    fn any_date() -> impl Strategy<Value = Date> {
        // 1990-01-01 ..= 2100-12-31
        (7305i32..=47846).prop_map(Date::from_days_since_epoch)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn dates_round_trip_through_ymd_and_text(d in any_date()) {
            let (y, m, day) = d.ymd();
            prop_assert_eq!(Date::from_ymd(y, m, day), Some(d));
            prop_assert_eq!(Date::parse(&d.to_string()), Ok(d));
        }

        #[test]
        fn business_days_never_land_on_a_weekend_and_are_monotonic(
            d in any_date(),
            n in 0u32..40,
            holidays in prop::collection::vec(0i32..60, 0..5),
        ) {
            let cal = BusinessCalendar::with_holidays(holidays.iter().map(|h| d.add_days(*h)));
            let due = cal.add_business_days(d, n);
            prop_assert!(cal.is_business_day(due));
            prop_assert!(!due.weekday().is_weekend());
            prop_assert!(due >= d);
            let later = cal.add_business_days(d, n + 1);
            // One more business day is always later, except from a day off
            // where "0 days" already means the next business day.
            if n > 0 || cal.is_business_day(d) {
                prop_assert!(later > due);
            } else {
                prop_assert_eq!(later, due);
            }
            if n > 0 {
                prop_assert_eq!(cal.business_days_left(d, due), n);
            }
            // A later start never gives an earlier deadline.
            prop_assert!(cal.add_business_days(d.add_days(1), n) >= due);
        }

        #[test]
        fn subscription_ids_parse_format_identity(bytes in any::<[u8; 16]>().prop_filter("not nil", |b| b.iter().any(|x| *x != 0))) {
            let hex: String = bytes.iter().map(|b| format!("{b:02X}")).collect();
            let id = SubscriptionId::parse(&format!("{{{hex}}}")).unwrap();
            prop_assert_eq!(SubscriptionId::parse(id.as_str()).unwrap(), id);
        }

        #[test]
        fn text_answers_are_idempotent_and_never_panic(s in any::<String>()) {
            if let Ok(n) = ClaimName::parse(&s) {
                prop_assert_eq!(ClaimName::parse(n.as_str()).unwrap(), n);
            }
            if let Ok(n) = PersonName::parse(&s) {
                prop_assert_eq!(PersonName::parse(n.as_str()).unwrap(), n);
            }
            if let Ok(e) = Email::parse(&s) {
                prop_assert_eq!(Email::parse(e.as_str()).unwrap(), e);
            }
        }

        #[test]
        fn file_checks_never_panic_and_names_stay_safe(name in any::<String>(), size in any::<u64>(), head in prop::collection::vec(any::<u8>(), 0..64)) {
            let _ = check_file(&name, size, &head, 0);
            let _ = sniff(&head);
            let safe = safe_display_name(&name);
            prop_assert!(!safe.is_empty());
            prop_assert!(!safe.contains(['/', '\\', '\0']));
            prop_assert!(!safe.chars().any(char::is_control));
            prop_assert!(safe.chars().count() <= cpor_core::poe::MAX_NAME_CHARS);
        }
    }
}
