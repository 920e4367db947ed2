//! The customer domain: the `*.onmicrosoft.com` domain or a verified custom
//! domain of the customer's tenant.
//!
//! Parsing tolerates what partners paste (a `https://` prefix, a trailing
//! slash or dot, upper case, quotes) and refuses everything else with a
//! reason of its own. Internationalised domains are mapped the way browsers
//! and DNS map them (UTS 46: full-width letters and dots, NFC, case; see
//! [`crate::unicode`]) into their Punycode (`xn--`) form, which is what the
//! tenant's records hold.

use std::fmt;

use cpor_i18n::{msg, Text};
use serde::{Deserialize, Serialize};

use crate::catalog::ErrorCode;
use crate::guid::parse_guid;
use crate::input::{describe_char, unwrap};
use crate::{punycode, MAX_RAW_INPUT_CHARS};

/// Longest domain, in its ASCII form without the trailing dot (RFC 1035).
pub const MAX_DOMAIN_LEN: usize = 253;
/// Longest label (the part between two dots), in its ASCII form.
pub const MAX_LABEL_LEN: usize = 63;

/// A well-formed customer domain in canonical form: lower case, ASCII
/// (internationalised labels as `xn--`), no scheme, no trailing dot.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CustomerDomain(String);

/// Why a value is not a customer domain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DomainError {
    /// Nothing was entered.
    Empty,
    /// Longer than a domain can be.
    TooLong {
        /// Length in characters (ASCII form when it got that far).
        length: usize,
    },
    /// An email address was entered; `domain` is the part after the `@`.
    LooksLikeEmail {
        /// What follows the `@`, for the message to suggest.
        domain: String,
    },
    /// A tenant ID was entered in the domain field.
    LooksLikeTenantId,
    /// A URL with a path, query or fragment; `host` is the domain part.
    HasPath {
        /// The domain part of the URL.
        host: String,
    },
    /// A port number follows the domain.
    HasPort {
        /// The domain part before the colon.
        host: String,
    },
    /// Only one label, such as `contoso`.
    SingleLabel {
        /// The label that was entered.
        label: String,
    },
    /// Two dots together, or a dot at the start.
    EmptyLabel,
    /// A label longer than 63 characters.
    LabelTooLong {
        /// The label, in its ASCII form.
        label: String,
        /// Its length.
        length: usize,
    },
    /// A character no domain label may hold.
    InvalidCharacter(char),
    /// A label that starts or ends with a hyphen.
    HyphenAtEdge {
        /// The label.
        label: String,
    },
    /// An IP address rather than a domain.
    IpAddress,
    /// The last label is not a possible top-level domain.
    TopLevel {
        /// The last label.
        label: String,
    },
    /// An `xn--` label that is not valid Punycode.
    Punycode {
        /// The label.
        label: String,
    },
    /// An internationalised label that has no domain form (UTS 46 refuses
    /// it, e.g. letters of scripts that can't be mixed).
    NotMappable {
        /// The label, as typed.
        label: String,
    },
}

impl CustomerDomain {
    /// Parses what the partner typed or pasted into its canonical form.
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        if raw.chars().count() > MAX_RAW_INPUT_CHARS {
            return Err(DomainError::TooLong { length: raw.chars().count() });
        }
        let mut s = unwrap(raw);
        for scheme in ["https://", "http://"] {
            if s.len() >= scheme.len()
                && s.is_char_boundary(scheme.len())
                && s[..scheme.len()].eq_ignore_ascii_case(scheme)
            {
                s = unwrap(&s[scheme.len()..]);
            }
        }
        if let Some(at) = s.rfind('@') {
            let domain = s[at + 1..].trim_end_matches('/').to_lowercase();
            return Err(DomainError::LooksLikeEmail { domain });
        }
        if s.contains("://") {
            return Err(DomainError::InvalidCharacter(':'));
        }
        let s = s.trim_end_matches('/');
        if let Some(cut) = s.find(['/', '?', '#']) {
            return Err(DomainError::HasPath { host: s[..cut].to_lowercase() });
        }
        if let Some(colon) = s.find(':') {
            let port = &s[colon + 1..];
            if !port.is_empty() && port.chars().all(|c| c.is_ascii_digit()) {
                return Err(DomainError::HasPort { host: s[..colon].to_lowercase() });
            }
            return Err(DomainError::InvalidCharacter(':'));
        }
        // IDNA maps the ideographic and full-width full stops to a dot.
        let s: String =
            s.chars().map(|c| if matches!(c, '\u{3002}' | '\u{FF0E}' | '\u{FF61}') { '.' } else { c }).collect();
        let s = s.strip_suffix('.').unwrap_or(&s);
        if s.is_empty() {
            return Err(DomainError::Empty);
        }
        if parse_guid(s).is_ok() {
            return Err(DomainError::LooksLikeTenantId);
        }
        let mapped;
        let s = match (s.is_ascii(), crate::unicode::platform()) {
            (false, Some(platform)) => {
                mapped = map_uts46(platform, s)?;
                mapped.as_str()
            }
            _ => s,
        };
        let labels = s.split('.').map(ascii_label).collect::<Result<Vec<_>, _>>()?;
        if labels.len() < 2 {
            return Err(DomainError::SingleLabel { label: labels.concat() });
        }
        let ascii = labels.join(".");
        if ascii.len() > MAX_DOMAIN_LEN {
            return Err(DomainError::TooLong { length: ascii.len() });
        }
        if labels.iter().all(|l| l.chars().all(|c| c.is_ascii_digit())) {
            return Err(DomainError::IpAddress);
        }
        let top = &labels[labels.len() - 1];
        if top.len() < 2 || top.chars().all(|c| c.is_ascii_digit()) {
            return Err(DomainError::TopLevel { label: top.clone() });
        }
        Ok(Self(ascii))
    }

    /// The canonical ASCII form, e.g. `contoso.onmicrosoft.com` or
    /// `xn--bcher-kva.ch`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form to show people: `xn--` labels decoded, e.g. `bücher.ch`.
    pub fn to_unicode(&self) -> String {
        self.0
            .split('.')
            .map(|label| {
                label
                    .strip_prefix("xn--")
                    .and_then(punycode::decode)
                    .map(|chars| chars.into_iter().collect())
                    .unwrap_or_else(|| label.to_owned())
            })
            .collect::<Vec<String>>()
            .join(".")
    }
}

text_conversions!(CustomerDomain, DomainError);

/// The UTS 46 ASCII form of a non-ASCII domain, by the platform's mapping;
/// the label it refuses, when it does. Characters no domain can hold, in
/// any script, are refused by name first.
fn map_uts46(platform: &dyn crate::unicode::Unicode, s: &str) -> Result<String, DomainError> {
    if let Some(bad) = s.chars().find(|c| c.is_ascii() && !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))) {
        return Err(DomainError::InvalidCharacter(bad));
    }
    // A label may not start or end with a hyphen in either form (its
    // Punycode form hides a trailing one).
    if let Some(label) = s.split('.').find(|l| l.starts_with('-') || l.ends_with('-')) {
        return Err(DomainError::HyphenAtEdge { label: label.to_lowercase() });
    }
    if let Some(ascii) = platform.domain_to_ascii(s) {
        return Ok(ascii);
    }
    let label = s.split('.').find(|l| platform.domain_to_ascii(l).is_none()).unwrap_or(s);
    match label.chars().find(|c| c.is_control() || c.is_whitespace() || crate::input::is_invisible(*c)) {
        Some(bad) => Err(DomainError::InvalidCharacter(bad)),
        None => Err(DomainError::NotMappable { label: label.to_owned() }),
    }
}

/// Checks one label and returns its lower-case ASCII form.
fn ascii_label(label: &str) -> Result<String, DomainError> {
    if label.is_empty() {
        return Err(DomainError::EmptyLabel);
    }
    let lower = label.to_lowercase();
    if let Some(bad) =
        lower.chars().find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || (!c.is_ascii() && c.is_alphanumeric())))
    {
        return Err(DomainError::InvalidCharacter(bad));
    }
    let ascii = if lower.is_ascii() {
        if let Some(encoded) = lower.strip_prefix("xn--") {
            if !is_valid_a_label(encoded) {
                return Err(DomainError::Punycode { label: lower });
            }
        }
        lower
    } else {
        if lower.starts_with('-') || lower.ends_with('-') {
            return Err(DomainError::HyphenAtEdge { label: lower });
        }
        let chars: Vec<char> = lower.chars().collect();
        match punycode::encode(&chars) {
            // Only labels whose ASCII form reads back to the same label, so
            // both forms of a domain always name the same thing.
            Some(encoded) if is_valid_a_label(&encoded) => format!("xn--{encoded}"),
            Some(_) => return Err(DomainError::Punycode { label: lower }),
            None => return Err(DomainError::LabelTooLong { length: lower.len(), label: lower }),
        }
    };
    if ascii.len() > MAX_LABEL_LEN {
        return Err(DomainError::LabelTooLong { length: ascii.len(), label: ascii });
    }
    if ascii.starts_with('-') || ascii.ends_with('-') {
        return Err(DomainError::HyphenAtEdge { label: ascii });
    }
    Ok(ascii)
}

/// Whether an `xn--` label's Punycode decodes to a label we would accept
/// typed in Unicode and encodes back to exactly the same text, so the
/// ASCII and Unicode forms of a domain always name the same thing.
fn is_valid_a_label(encoded: &str) -> bool {
    let Some(chars) = punycode::decode(encoded) else {
        return false;
    };
    // With the platform's mapping, valid means: what it maps the decoded
    // label to is this very label.
    if let Some(platform) = crate::unicode::platform() {
        let label: String = chars.iter().collect();
        return chars.iter().any(|c| !c.is_ascii())
            && platform.domain_to_ascii(&label).is_some_and(|a| a.strip_prefix("xn--") == Some(encoded));
    }
    let allowed =
        |c: &char| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-' || (!c.is_ascii() && c.is_alphanumeric());
    let lowercase_stable = chars.iter().all(|c| c.to_lowercase().eq(std::iter::once(*c)));
    chars.iter().any(|c| !c.is_ascii())
        && chars.iter().all(allowed)
        && lowercase_stable
        && chars.first() != Some(&'-')
        && chars.last() != Some(&'-')
        && punycode::encode(&chars).as_deref() == Some(encoded)
}

impl DomainError {
    /// The stable error code of this refusal.
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::Empty => ErrorCode::DomainEmpty,
            Self::TooLong { .. } => ErrorCode::DomainTooLong,
            Self::LooksLikeEmail { .. } => ErrorCode::DomainLooksLikeEmail,
            Self::LooksLikeTenantId => ErrorCode::DomainLooksLikeTenantId,
            Self::HasPath { .. } => ErrorCode::DomainHasPath,
            Self::HasPort { .. } => ErrorCode::DomainHasPort,
            Self::SingleLabel { .. } => ErrorCode::DomainIncomplete,
            Self::EmptyLabel => ErrorCode::DomainEmptyLabel,
            Self::LabelTooLong { .. } => ErrorCode::DomainLabelTooLong,
            Self::InvalidCharacter(_) => ErrorCode::DomainCharacter,
            Self::HyphenAtEdge { .. } => ErrorCode::DomainHyphen,
            Self::IpAddress => ErrorCode::DomainIpAddress,
            Self::TopLevel { .. } => ErrorCode::DomainTopLevel,
            Self::Punycode { .. } => ErrorCode::DomainPunycode,
            Self::NotMappable { .. } => ErrorCode::DomainCharacter,
        }
    }
}

/// Shortens a long label for a message.
fn shorten(label: &str) -> String {
    if label.chars().count() <= 24 {
        label.to_owned()
    } else {
        format!("{}\u{2026}", label.chars().take(20).collect::<String>())
    }
}

impl DomainError {
    /// The sentence saying what is wrong.
    pub fn text(&self) -> Text {
        match self {
            Self::Empty => msg::DOMAIN_EMPTY.into(),
            Self::TooLong { length } => Text::new(msg::DOMAIN_TOO_LONG, [(*length).into(), MAX_DOMAIN_LEN.into()]),
            Self::LooksLikeEmail { domain } if CustomerDomain::parse(domain).is_ok() => {
                Text::new(msg::DOMAIN_LOOKS_LIKE_EMAIL, [domain.clone().into()])
            }
            Self::LooksLikeEmail { .. } => msg::DOMAIN_LOOKS_LIKE_EMAIL_ONLY.into(),
            Self::LooksLikeTenantId => msg::DOMAIN_LOOKS_LIKE_TENANT_ID.into(),
            Self::HasPath { host } => Text::new(msg::DOMAIN_HAS_PATH, [host.clone().into()]),
            Self::HasPort { host } => Text::new(msg::DOMAIN_HAS_PORT, [host.clone().into()]),
            Self::SingleLabel { label } => Text::new(msg::DOMAIN_SINGLE_LABEL, [shorten(label).into()]),
            Self::EmptyLabel => msg::DOMAIN_EMPTY_LABEL.into(),
            Self::LabelTooLong { label, length } => {
                Text::new(msg::DOMAIN_LABEL_TOO_LONG, [shorten(label).into(), (*length).into(), MAX_LABEL_LEN.into()])
            }
            Self::InvalidCharacter(c) => Text::new(msg::DOMAIN_CHARACTER, [describe_char(*c).into()]),
            Self::HyphenAtEdge { label } => Text::new(msg::DOMAIN_HYPHEN, [shorten(label).into()]),
            Self::IpAddress => msg::DOMAIN_IP_ADDRESS.into(),
            Self::TopLevel { label } => Text::new(msg::DOMAIN_TOP_LEVEL, [shorten(label).into()]),
            Self::Punycode { label } => Text::new(msg::DOMAIN_PUNYCODE, [shorten(label).into()]),
            Self::NotMappable { label } => Text::new(msg::DOMAIN_NOT_MAPPABLE, [shorten(label).into()]),
        }
    }
}

impl fmt::Display for DomainError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text().fmt(f)
    }
}

impl std::error::Error for DomainError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_and_cleans_tolerated_forms() {
        let accepted = [
            ("contoso.onmicrosoft.com", "contoso.onmicrosoft.com"),
            ("Contoso.OnMicrosoft.com", "contoso.onmicrosoft.com"),
            ("https://contoso.onmicrosoft.com", "contoso.onmicrosoft.com"),
            ("HTTPS://contoso.onmicrosoft.com/", "contoso.onmicrosoft.com"),
            ("http://contoso.com//", "contoso.com"),
            ("contoso.com.", "contoso.com"),
            ("https://contoso.com./", "contoso.com"),
            ("  \"contoso.com\"  ", "contoso.com"),
            ("<contoso.com>", "contoso.com"),
            ("sub-domain.contoso.co.uk", "sub-domain.contoso.co.uk"),
            ("a1.b2", "a1.b2"),
            ("123.example.com", "123.example.com"),
            ("bücher.ch", "xn--bcher-kva.ch"),
            ("BÜCHER.ch", "xn--bcher-kva.ch"),
            ("xn--bcher-kva.ch", "xn--bcher-kva.ch"),
            ("日本語。jp", "xn--wgv71a119e.jp"),
            ("münchen.xn--bcher-kva.de", "xn--mnchen-3ya.xn--bcher-kva.de"),
            ("example.xn--p1ai", "example.xn--p1ai"),
        ];
        for (raw, canonical) in accepted {
            let d = CustomerDomain::parse(raw).unwrap_or_else(|e| panic!("{raw:?} refused: {e}"));
            assert_eq!(d.as_str(), canonical, "{raw:?}");
        }
    }

    #[test]
    fn length_limits_are_exact() {
        let label63 = "a".repeat(63);
        assert!(CustomerDomain::parse(&format!("{label63}.com")).is_ok());
        let label64 = "a".repeat(64);
        assert_eq!(CustomerDomain::parse(&format!("{label64}.com")).unwrap_err().code(), ErrorCode::DomainLabelTooLong);
        // 4 labels of 63 + 3 dots = 255 > 253; 61 + 63*3 + 3 = 253 fits.
        let long = [label63.as_str(); 4].join(".");
        assert_eq!(CustomerDomain::parse(&long).unwrap_err().code(), ErrorCode::DomainTooLong);
        let fits = format!("{}.{label63}.{label63}.{label63}", "a".repeat(61));
        assert_eq!(fits.len(), 253);
        assert!(CustomerDomain::parse(&fits).is_ok());
        let too = format!("{}.{label63}.{label63}.{label63}", "a".repeat(62));
        assert_eq!(CustomerDomain::parse(&too).unwrap_err().code(), ErrorCode::DomainTooLong);
        // A Unicode label whose Punycode form passes 63 characters.
        let wide = format!("{}.com", "ü".repeat(60));
        assert_eq!(CustomerDomain::parse(&wide).unwrap_err().code(), ErrorCode::DomainLabelTooLong);
    }

    #[test]
    fn refuses_each_malformed_form_with_its_code() {
        let refused = [
            ("", ErrorCode::DomainEmpty),
            ("   ", ErrorCode::DomainEmpty),
            ("https://", ErrorCode::DomainEmpty),
            (".", ErrorCode::DomainEmpty),
            ("contoso", ErrorCode::DomainIncomplete),
            ("contoso..com", ErrorCode::DomainEmptyLabel),
            (".contoso.com", ErrorCode::DomainEmptyLabel),
            ("contoso.com..", ErrorCode::DomainEmptyLabel),
            ("-contoso.com", ErrorCode::DomainHyphen),
            ("contoso-.com", ErrorCode::DomainHyphen),
            ("contoso.com-", ErrorCode::DomainHyphen),
            ("con toso.com", ErrorCode::DomainCharacter),
            ("contoso_it.com", ErrorCode::DomainCharacter),
            ("contoso!.com", ErrorCode::DomainCharacter),
            ("contoso.com\u{0}", ErrorCode::DomainCharacter),
            ("ftp://contoso.com", ErrorCode::DomainCharacter),
            ("admin@contoso.com", ErrorCode::DomainLooksLikeEmail),
            ("https://contoso.com/admin", ErrorCode::DomainHasPath),
            ("contoso.com?x=1", ErrorCode::DomainHasPath),
            ("contoso.com:443", ErrorCode::DomainHasPort),
            ("10.0.0.1", ErrorCode::DomainIpAddress),
            ("contoso.c", ErrorCode::DomainTopLevel),
            ("contoso.123", ErrorCode::DomainTopLevel),
            ("xn--zz!.com", ErrorCode::DomainCharacter),
            ("xn--99999999999.com", ErrorCode::DomainPunycode),
            // Found by fuzzing: decodes, but not to a label typed in Unicode
            // would give (and so would not round-trip).
            ("xn---E-njjjjjjjjjjjjjjjjj.E1", ErrorCode::DomainPunycode),
            ("xn--abc.com", ErrorCode::DomainPunycode),
            // Found by fuzzing: a Unicode label ending in a hyphen.
            ("5\u{219}yxn--.yy", ErrorCode::DomainHyphen),
            ("3f2504e0-4f89-41d3-9a0c-0305e82c3301", ErrorCode::DomainLooksLikeTenantId),
        ];
        for (raw, code) in refused {
            let err = CustomerDomain::parse(raw).expect_err(raw);
            assert_eq!(err.code(), code, "{raw:?}: {err}");
        }
        let huge = "a".repeat(crate::MAX_RAW_INPUT_CHARS + 1);
        assert_eq!(CustomerDomain::parse(&huge).unwrap_err().code(), ErrorCode::DomainTooLong);
    }

    #[test]
    fn messages_suggest_the_fix() {
        let msg = |raw: &str| CustomerDomain::parse(raw).unwrap_err().to_string();
        assert_eq!(
            msg("admin@Contoso.com"),
            "This is an email address. Enter only the domain after the @: contoso.com."
        );
        assert_eq!(
            msg("https://contoso.sharepoint.com/sites/x"),
            "Enter only the domain, without the rest of the web address: contoso.sharepoint.com."
        );
        assert!(msg("contoso").contains("contoso.onmicrosoft.com"));
    }

    #[test]
    fn unicode_form_is_for_display() {
        let d = CustomerDomain::parse("bücher.ch").unwrap();
        assert_eq!(d.to_unicode(), "bücher.ch");
        assert_eq!(CustomerDomain::parse("contoso.com").unwrap().to_unicode(), "contoso.com");
    }
}
