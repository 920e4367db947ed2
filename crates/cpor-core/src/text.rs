//! Free-text answers of the claim: claim name, people's names, job titles,
//! organisation and product names, and email addresses. Trimmed, inner runs
//! of white space collapsed, length-limited, no control or invisible
//! formatting characters.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::catalog::ErrorCode;
use crate::domain::CustomerDomain;
use crate::input::describe_char;

/// Why a text answer is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextError {
    /// Nothing entered.
    Empty {
        /// What was asked for, e.g. "claim name".
        noun: &'static str,
    },
    /// Longer than allowed.
    TooLong {
        /// What was asked for.
        noun: &'static str,
        /// The limit, in characters.
        max: usize,
        /// The length entered.
        length: usize,
    },
    /// A control or invisible formatting character.
    Character {
        /// What was asked for.
        noun: &'static str,
        /// The character.
        ch: char,
    },
    /// A name without any letter.
    NoLetter {
        /// What was asked for.
        noun: &'static str,
    },
    /// Not an email address.
    Email(EmailProblem),
}

/// Why a value is not an email address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EmailProblem {
    /// No `@`, or more than one.
    At,
    /// Nothing, or something impossible, before the `@`.
    Local,
    /// The part after the `@` is not a domain.
    Domain,
}

/// Characters refused in any text answer: controls and the bidirectional
/// overrides that can make text display differently from what it is.
fn is_forbidden(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}

/// Trims, collapses inner white space and checks length and characters.
fn clean(raw: &str, noun: &'static str, max: usize) -> Result<String, TextError> {
    // Tabs and newlines in a one-line answer are white space, not errors.
    let spaced: String = raw.chars().map(|c| if matches!(c, '\t' | '\n' | '\r') { ' ' } else { c }).collect();
    if let Some(ch) = spaced.chars().find(|c| is_forbidden(*c)) {
        return Err(TextError::Character { noun, ch });
    }
    let cleaned = spaced.split_whitespace().collect::<Vec<_>>().join(" ");
    let length = cleaned.chars().count();
    if length == 0 {
        return Err(TextError::Empty { noun });
    }
    if length > max {
        return Err(TextError::TooLong { noun, max, length });
    }
    Ok(cleaned)
}

macro_rules! text_type {
    ($(#[$doc:meta])* $name:ident, $noun:literal, $max:expr, $needs_letter:expr) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// What the partner is asked for, as used in messages.
            pub const NOUN: &'static str = $noun;
            /// Longest value, in characters.
            pub const MAX_CHARS: usize = $max;

            /// Parses an answer: trimmed, inner white space collapsed.
            pub fn parse(raw: &str) -> Result<Self, TextError> {
                let s = clean(raw, Self::NOUN, Self::MAX_CHARS)?;
                if $needs_letter && !s.chars().any(char::is_alphabetic) {
                    return Err(TextError::NoLetter { noun: Self::NOUN });
                }
                Ok(Self(s))
            }

            /// The cleaned text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        text_conversions!($name, TextError);
    };
}

text_type!(
    /// The name the partner gives the claim, to find it again.
    ClaimName, "claim name", 80, false
);
text_type!(
    /// A person's name (contacts, the Dynamics solution seller).
    PersonName, "name", 100, true
);
text_type!(
    /// A contact's job title.
    JobTitle, "job title", 100, true
);
text_type!(
    /// An organisation's or product's name (customer name, ISV product).
    OrganisationName, "name", 120, false
);

/// An email address: a local part, an `@`, and a domain checked like the
/// customer domain (internationalised domains become Punycode).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    /// Longest address, in characters (RFC 5321 path limit less brackets).
    pub const MAX_CHARS: usize = 254;
    /// Longest local part.
    pub const MAX_LOCAL: usize = 64;

    /// Parses an email address; surrounding spaces and a `mailto:` prefix
    /// are tolerated, the domain is lower-cased.
    pub fn parse(raw: &str) -> Result<Self, TextError> {
        let s = clean(raw, "email address", Self::MAX_CHARS)?;
        let s = s.strip_prefix("mailto:").unwrap_or(&s);
        let mut parts = s.split('@');
        let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
            return Err(TextError::Email(EmailProblem::At));
        };
        let local_ok = !local.is_empty()
            && local.len() <= Self::MAX_LOCAL
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..")
            && local.chars().all(|c| {
                c.is_ascii_alphanumeric()
                    || "!#$%&'*+-/=?^_`{|}~.".contains(c)
                    || (!c.is_ascii() && c.is_alphanumeric())
            });
        if !local_ok {
            return Err(TextError::Email(EmailProblem::Local));
        }
        let domain = CustomerDomain::parse(domain).map_err(|_| TextError::Email(EmailProblem::Domain))?;
        // The limit holds for the address as stored, with an internationalised
        // domain in its (longer) Punycode form.
        let address = format!("{local}@{domain}");
        let length = address.chars().count();
        if length > Self::MAX_CHARS {
            return Err(TextError::TooLong { noun: "email address", max: Self::MAX_CHARS, length });
        }
        Ok(Self(address))
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

text_conversions!(Email, TextError);

impl TextError {
    /// The stable error code of this refusal.
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::Empty { .. } => ErrorCode::TextEmpty,
            Self::TooLong { .. } => ErrorCode::TextTooLong,
            Self::Character { .. } => ErrorCode::TextCharacter,
            Self::NoLetter { .. } => ErrorCode::TextNoLetter,
            Self::Email(_) => ErrorCode::EmailInvalid,
        }
    }
}

impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty { noun } => write!(f, "Enter the {noun}."),
            Self::TooLong { noun, max, length } => {
                write!(f, "The {noun} can have at most {max} characters; this has {length}.")
            }
            Self::Character { noun, ch } => {
                write!(f, "The {noun} can't contain {}.", describe_char(*ch))
            }
            Self::NoLetter { noun } => write!(f, "The {noun} needs at least one letter."),
            Self::Email(EmailProblem::At) => {
                write!(f, "Enter an email address with one @, like name@contoso.com.")
            }
            Self::Email(EmailProblem::Local) => {
                write!(f, "The part before the @ isn't possible in an email address.")
            }
            Self::Email(EmailProblem::Domain) => {
                write!(f, "The part after the @ isn't a domain, like contoso.com.")
            }
        }
    }
}

impl std::error::Error for TextError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_collapsed_and_limited() {
        assert_eq!(PersonName::parse("  Megan \t  Bowen ").unwrap().as_str(), "Megan Bowen");
        assert_eq!(PersonName::parse("Zoë O'Brien-Łukasz").unwrap().as_str(), "Zoë O'Brien-Łukasz");
        assert_eq!(PersonName::parse("   ").unwrap_err().code(), ErrorCode::TextEmpty);
        assert_eq!(PersonName::parse("1234").unwrap_err().code(), ErrorCode::TextNoLetter);
        assert_eq!(PersonName::parse(&"a".repeat(101)).unwrap_err().code(), ErrorCode::TextTooLong);
        assert!(PersonName::parse(&"a".repeat(100)).is_ok());
        assert_eq!(ClaimName::parse("Contoso \u{202E}fdp.exe").unwrap_err().code(), ErrorCode::TextCharacter);
        assert_eq!(ClaimName::parse("a\u{0}b").unwrap_err().code(), ErrorCode::TextCharacter);
        assert_eq!(ClaimName::parse("Contoso\nrollout").unwrap().as_str(), "Contoso rollout");
        assert_eq!(ClaimName::parse("2026 Q4").unwrap().as_str(), "2026 Q4");
        assert_eq!(
            ClaimName::parse(&"x".repeat(81)).unwrap_err().to_string(),
            "The claim name can have at most 80 characters; this has 81."
        );
    }

    #[test]
    fn emails() {
        let ok = [
            ("megan@contoso.com", "megan@contoso.com"),
            (" Megan.Bowen@Contoso.COM ", "Megan.Bowen@contoso.com"),
            ("mailto:it+cpor@contoso.onmicrosoft.com", "it+cpor@contoso.onmicrosoft.com"),
            ("jörg@bücher.ch", "jörg@xn--bcher-kva.ch"),
        ];
        for (raw, canonical) in ok {
            assert_eq!(Email::parse(raw).unwrap().as_str(), canonical, "{raw}");
        }
        let refused = [
            ("", ErrorCode::TextEmpty),
            ("megan", ErrorCode::EmailInvalid),
            ("megan@@contoso.com", ErrorCode::EmailInvalid),
            ("@contoso.com", ErrorCode::EmailInvalid),
            (".megan@contoso.com", ErrorCode::EmailInvalid),
            ("me..gan@contoso.com", ErrorCode::EmailInvalid),
            ("megan@contoso", ErrorCode::EmailInvalid),
            ("meg an@contoso.com", ErrorCode::EmailInvalid),
        ];
        for (raw, code) in refused {
            assert_eq!(Email::parse(raw).unwrap_err().code(), code, "{raw}");
        }
        // Found by fuzzing: short enough typed, too long once the domain is
        // in Punycode.
        let label = "ș".repeat(35);
        let raw = format!("{}@{label}.{label}.{label}.{label}.{label}.ch", "a".repeat(60));
        assert!(raw.chars().count() <= Email::MAX_CHARS);
        assert_eq!(Email::parse(&raw).unwrap_err().code(), ErrorCode::TextTooLong);
    }
}
