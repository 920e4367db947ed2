//! Property tests: parsers never panic, normalising is idempotent, and every
//! tolerated spelling of a value parses to the same canonical form.

use cpor_core::{CustomerDomain, PartnerProgramId, TenantId};
use proptest::prelude::*;

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn hyphenated(h: &str) -> String {
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
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
