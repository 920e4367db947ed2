//! Free text, under one rule for every field that takes it: one-line
//! answers (claim name, people's names, job titles, organisation and
//! product names, email addresses) and notes (comments, reasons,
//! justifications, the reviewer's requests).
//!
//! The rule, in the browser and on the server alike: the text is put in
//! Unicode NFC (so "é" typed as e + combining accent is one character);
//! control characters are refused (line breaks and tabs are white space in
//! a one-line answer and kept in a note); so are the bidirectional
//! controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) that can
//! make text display in another order than it is stored (the "Trojan
//! Source" trick), and the invisible characters that can hide what text
//! says (zero-width space, word joiner, soft hyphen, BOM, tag characters;
//! zero-width joiners and non-joiners only between two characters of
//! scripts that join, as in Persian words, and of emoji, never beside
//! Latin, Greek or Cyrillic letters); white space is trimmed (and collapsed in
//! one-line answers); the length is counted in characters after all that.
//! Each refusal has its own code and its own sentence.

use std::fmt;

use cpor_i18n::{msg, Msg, Text};
use serde::{Deserialize, Serialize};

use crate::catalog::ErrorCode;
use crate::domain::CustomerDomain;
use crate::input::describe_char;

/// What an answer is called in its messages ("The claim name can have at
/// most …"): a message, so it is worded in the reader's language.
pub type Noun = Msg<0>;

/// Why a text answer is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextError {
    /// Nothing entered.
    Empty {
        /// What was asked for, e.g. "claim name".
        noun: Noun,
    },
    /// Longer than allowed.
    TooLong {
        /// What was asked for.
        noun: Noun,
        /// The limit, in characters.
        max: usize,
        /// The length entered.
        length: usize,
    },
    /// A control character.
    Character {
        /// What was asked for.
        noun: Noun,
        /// The character.
        ch: char,
    },
    /// A bidirectional control, which can reorder how text displays.
    Bidi {
        /// What was asked for.
        noun: Noun,
        /// The character.
        ch: char,
    },
    /// An invisible character that can hide what the text says.
    Invisible {
        /// What was asked for.
        noun: Noun,
        /// The character.
        ch: char,
    },
    /// A name without any letter.
    NoLetter {
        /// What was asked for.
        noun: Noun,
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

/// Why a character is refused in free text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Refused {
    Control,
    Bidi,
    Invisible,
}

/// The bidirectional controls and their names.
fn bidi_name(c: char) -> Option<Msg<0>> {
    Some(match c {
        '\u{202A}' => msg::TEXT_CHAR_LRE,
        '\u{202B}' => msg::TEXT_CHAR_RLE,
        '\u{202C}' => msg::TEXT_CHAR_PDF,
        '\u{202D}' => msg::TEXT_CHAR_LRO,
        '\u{202E}' => msg::TEXT_CHAR_RLO,
        '\u{2066}' => msg::TEXT_CHAR_LRI,
        '\u{2067}' => msg::TEXT_CHAR_RLI,
        '\u{2068}' => msg::TEXT_CHAR_FSI,
        '\u{2069}' => msg::TEXT_CHAR_PDI,
        '\u{200E}' => msg::TEXT_CHAR_LRM,
        '\u{200F}' => msg::TEXT_CHAR_RLM,
        '\u{061C}' => msg::TEXT_CHAR_ALM,
        _ => return None,
    })
}

/// The invisible characters that can hide text, and their names.
fn invisible_name(c: char) -> Option<Msg<0>> {
    Some(match c {
        '\u{200B}' => msg::TEXT_CHAR_ZWSP,
        '\u{200C}' => msg::TEXT_CHAR_ZWNJ,
        '\u{200D}' => msg::TEXT_CHAR_ZWJ,
        '\u{2060}' => msg::TEXT_CHAR_WJ,
        '\u{2061}'..='\u{2064}' => msg::TEXT_CHAR_INVISIBLE_OPERATOR,
        '\u{FEFF}' => msg::TEXT_CHAR_ZWNBSP,
        '\u{00AD}' => msg::TEXT_CHAR_SOFT_HYPHEN,
        '\u{034F}' => msg::TEXT_CHAR_CGJ,
        '\u{180E}' => msg::TEXT_CHAR_MVS,
        '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}' => msg::TEXT_CHAR_HANGUL_FILLER,
        '\u{E0000}'..='\u{E007F}' => msg::TEXT_CHAR_TAG,
        _ => return None,
    })
}

/// Whether the text rule refuses `c` wherever it stands (controls,
/// bidirectional controls, hiding characters, joiners included): what a
/// file's display name drops.
pub(crate) fn always_refused(c: char) -> bool {
    c.is_control() || bidi_name(c).is_some() || invisible_name(c).is_some()
}

/// The first refused character of `text`, if any. Zero-width joiners and
/// non-joiners are refused only where they do not sit between two
/// non-ASCII characters (where Persian, Indic scripts and emoji use them).
fn first_refused(text: &str, line_breaks: bool) -> Option<(Refused, char)> {
    let chars: Vec<char> = text.chars().collect();
    chars.iter().enumerate().find_map(|(i, &c)| {
        if c.is_control() && !(line_breaks && matches!(c, '\n' | '\t')) {
            return Some((Refused::Control, c));
        }
        if bidi_name(c).is_some() {
            return Some((Refused::Bidi, c));
        }
        if matches!(c, '\u{200C}' | '\u{200D}') {
            // Scripts that join (Arabic, Indic, …) and emoji; never the
            // Latin, Greek or Cyrillic letters look-alikes are made of.
            let joins = |n: Option<&char>| {
                n.is_some_and(|&n| !n.is_whitespace() && !matches!(n, '\u{0}'..='\u{052F}' | '\u{1E00}'..='\u{1FFF}'))
            };
            return (!(i > 0 && joins(chars.get(i - 1)) && joins(chars.get(i + 1)))).then_some((Refused::Invisible, c));
        }
        invisible_name(c).map(|_| (Refused::Invisible, c))
    })
}

fn refusal(noun: Noun, (why, ch): (Refused, char)) -> TextError {
    match why {
        Refused::Control => TextError::Character { noun, ch },
        Refused::Bidi => TextError::Bidi { noun, ch },
        Refused::Invisible => TextError::Invisible { noun, ch },
    }
}

/// One-line text: NFC, line breaks and tabs as spaces, the character rule,
/// trimmed, inner white space collapsed, at most `max` characters.
fn clean(raw: &str, noun: Noun, max: usize) -> Result<String, TextError> {
    let spaced: String = crate::unicode::nfc(raw)
        .chars()
        .map(|c| if matches!(c, '\t' | '\n' | '\r' | '\u{2028}' | '\u{2029}') { ' ' } else { c })
        .collect();
    if let Some(found) = first_refused(&spaced, false) {
        return Err(refusal(noun, found));
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

/// What each note is called in its messages, the same in browser and
/// server ("The comment contains a hidden …").
pub mod nouns {
    use super::Noun;
    use cpor_i18n::msg;

    /// A comment on a claim's thread, or a reviewer's optional remark.
    pub const COMMENT: Noun = msg::TEXT_NOUN_COMMENT;
    /// Why the partner withdraws a claim.
    pub const WITHDRAW_REASON: Noun = msg::TEXT_NOUN_REASON;
    /// The partner's answer to an information request, sent on resubmit.
    pub const ANSWER: Noun = msg::TEXT_NOUN_ANSWER;
    /// Why a rejection should change, sent with a dispute.
    pub const JUSTIFICATION: Noun = msg::TEXT_NOUN_JUSTIFICATION;
    /// What the reviewer asks the partner for.
    pub const INFORMATION_REQUEST: Noun = msg::TEXT_NOUN_INFORMATION_REQUEST;
    /// Why the reviewer rejects a claim.
    pub const DECISION_REASON: Noun = msg::TEXT_NOUN_DECISION_REASON;
}

/// Longest note (comment, reason, justification), in characters.
pub const MAX_NOTE_CHARS: usize = 4000;

/// A note: a comment, a reason, a business justification or a reviewer's
/// request, several lines long. NFC, line endings as `\n`, the character
/// rule (line breaks and tabs allowed), trimmed, at most
/// [`MAX_NOTE_CHARS`]. `None` when nothing but white space was entered.
pub fn note(raw: &str, noun: Noun) -> Result<Option<String>, TextError> {
    let text = crate::unicode::nfc(raw).replace("\r\n", "\n").replace(['\r', '\u{2028}', '\u{2029}'], "\n");
    if let Some(found) = first_refused(&text, true) {
        return Err(refusal(noun, found));
    }
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let length = text.chars().count();
    if length > MAX_NOTE_CHARS {
        return Err(TextError::TooLong { noun, max: MAX_NOTE_CHARS, length });
    }
    Ok(Some(text.to_owned()))
}

macro_rules! text_type {
    ($(#[$doc:meta])* $name:ident, $noun:expr, $max:expr, $needs_letter:expr) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// What the partner is asked for, as used in messages.
            pub const NOUN: Noun = $noun;
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
    ClaimName, msg::TEXT_NOUN_CLAIM_NAME, 80, false
);
text_type!(
    /// A person's name (contacts, the Dynamics solution seller).
    PersonName, msg::TEXT_NOUN_NAME, 100, true
);
text_type!(
    /// A contact's job title.
    JobTitle, msg::TEXT_NOUN_JOB_TITLE, 100, true
);
text_type!(
    /// An organisation's or product's name (customer name, ISV product).
    OrganisationName, msg::TEXT_NOUN_NAME, 120, false
);

/// An email address: a local part, an `@`, and a domain checked like the
/// customer domain (internationalised domains become Punycode).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    /// What the partner is asked for, as used in messages.
    pub const NOUN: Noun = msg::TEXT_NOUN_EMAIL;
    /// Longest address, in characters (RFC 5321 path limit less brackets).
    pub const MAX_CHARS: usize = 254;
    /// Longest local part.
    pub const MAX_LOCAL: usize = 64;

    /// Parses an email address; surrounding spaces and a `mailto:` prefix
    /// are tolerated, the domain is lower-cased.
    pub fn parse(raw: &str) -> Result<Self, TextError> {
        let s = clean(raw, Self::NOUN, Self::MAX_CHARS)?;
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
            return Err(TextError::TooLong { noun: Self::NOUN, max: Self::MAX_CHARS, length });
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
            Self::Bidi { .. } => ErrorCode::TextBidi,
            Self::Invisible { .. } => ErrorCode::TextInvisible,
            Self::NoLetter { .. } => ErrorCode::TextNoLetter,
            Self::Email(_) => ErrorCode::EmailInvalid,
        }
    }
}

impl TextError {
    /// The sentence saying what is wrong.
    pub fn text(&self) -> Text {
        let code = |ch: char| format!("{:04X}", ch as u32);
        match self {
            Self::Empty { noun } => Text::new(msg::TEXT_EMPTY, [(*noun).into()]),
            Self::TooLong { noun, max, length } => {
                Text::new(msg::TEXT_TOO_LONG, [(*noun).into(), (*max).into(), (*length).into()])
            }
            Self::Character { noun, ch } => Text::new(msg::TEXT_CHARACTER, [(*noun).into(), describe_char(*ch).into()]),
            Self::Bidi { noun, ch } => Text::new(
                msg::TEXT_BIDI,
                [(*noun).into(), bidi_name(*ch).unwrap_or(msg::TEXT_CHAR_DIRECTION_CONTROL).into(), code(*ch).into()],
            ),
            Self::Invisible { noun, ch } => Text::new(
                msg::TEXT_INVISIBLE,
                [(*noun).into(), invisible_name(*ch).unwrap_or(msg::TEXT_CHAR_OTHER).into(), code(*ch).into()],
            ),
            Self::NoLetter { noun } => Text::new(msg::TEXT_NO_LETTER, [(*noun).into()]),
            Self::Email(problem) => problem.text(),
        }
    }
}

impl EmailProblem {
    /// The sentence saying what is wrong.
    pub fn text(&self) -> Text {
        match self {
            Self::At => msg::EMAIL_AT.into(),
            Self::Local => msg::EMAIL_LOCAL.into(),
            Self::Domain => msg::EMAIL_DOMAIN.into(),
        }
    }
}

impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text().fmt(f)
    }
}

impl std::error::Error for TextError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_refused_character_has_its_own_code_and_words() {
        let bidi = note("Approved \u{2066}by\u{2069} us", nouns::COMMENT).unwrap_err();
        assert_eq!(bidi.code(), ErrorCode::TextBidi);
        assert!(bidi.to_string().contains("left-to-right isolate (U+2066)"), "{bidi}");
        let hidden = note("pay\u{200B}pal", nouns::COMMENT).unwrap_err();
        assert_eq!(hidden.code(), ErrorCode::TextInvisible);
        assert!(hidden.to_string().contains("zero-width space (U+200B)"), "{hidden}");
        assert_eq!(note("a\u{7}b", nouns::COMMENT).unwrap_err().code(), ErrorCode::TextCharacter);
        assert_eq!(ClaimName::parse("Contoso\u{00AD}Rollout").unwrap_err().code(), ErrorCode::TextInvisible);
        // Joiners where scripts and emoji need them are fine; not in ASCII.
        assert!(note("می\u{200C}خواهم", nouns::COMMENT).unwrap().is_some());
        assert!(note("👩\u{200D}💻", nouns::COMMENT).unwrap().is_some());
        assert_eq!(note("Micro\u{200D}soft", nouns::COMMENT).unwrap_err().code(), ErrorCode::TextInvisible);
        assert_eq!(note("Мicrо\u{200C}sоft", nouns::COMMENT).unwrap_err().code(), ErrorCode::TextInvisible, "Cyrillic");
        assert_eq!(note("\u{200D}", nouns::COMMENT).unwrap_err().code(), ErrorCode::TextInvisible);
    }

    #[test]
    fn notes_keep_lines_and_are_limited() {
        assert_eq!(note("  \r\n ", nouns::COMMENT), Ok(None));
        assert_eq!(
            note(" First line\r\nSecond\tline \n", nouns::COMMENT).unwrap().unwrap(),
            "First line\nSecond\tline"
        );
        let long = "x".repeat(MAX_NOTE_CHARS + 1);
        assert_eq!(
            note(&long, nouns::COMMENT).unwrap_err().to_string(),
            "The comment can have at most 4000 characters; this has 4001."
        );
        assert!(note(&"é".repeat(MAX_NOTE_CHARS), nouns::COMMENT).is_ok());
    }

    #[test]
    fn names_are_trimmed_collapsed_and_limited() {
        assert_eq!(PersonName::parse("  Megan \t  Bowen ").unwrap().as_str(), "Megan Bowen");
        assert_eq!(PersonName::parse("Zoë O'Brien-Łukasz").unwrap().as_str(), "Zoë O'Brien-Łukasz");
        assert_eq!(PersonName::parse("   ").unwrap_err().code(), ErrorCode::TextEmpty);
        assert_eq!(PersonName::parse("1234").unwrap_err().code(), ErrorCode::TextNoLetter);
        assert_eq!(PersonName::parse(&"a".repeat(101)).unwrap_err().code(), ErrorCode::TextTooLong);
        assert!(PersonName::parse(&"a".repeat(100)).is_ok());
        assert_eq!(ClaimName::parse("Contoso \u{202E}fdp.exe").unwrap_err().code(), ErrorCode::TextBidi);
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
