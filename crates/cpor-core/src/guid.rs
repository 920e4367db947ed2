//! GUID parsing shared by every identifier that is a GUID (tenant IDs now,
//! subscription IDs later). Input is tolerant: braces, quotes, spaces,
//! invisible characters and upper case are accepted; the output is the
//! canonical lower-case 8-4-4-4-12 form.

use cpor_i18n::{msg, Text};

use crate::input::{describe_char, is_invisible, unwrap};
use crate::MAX_RAW_INPUT_CHARS;

/// Why a value is not a GUID. Each variant has its own message, worded with
/// the name of the identifier the partner was asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GuidProblem {
    /// Nothing was entered (or only spaces, quotes or braces).
    Empty,
    /// Far longer than any GUID: a pasted paragraph, say.
    TooLong,
    /// Contains a dot or an at sign: a domain or an email address.
    LooksLikeDomain,
    /// Contains a character a GUID never has.
    InvalidCharacter(char),
    /// The number of hexadecimal digits is not 32.
    WrongLength {
        /// How many hexadecimal digits were found.
        digits: usize,
    },
    /// 32 digits, but the hyphens are not where the 8-4-4-4-12 groups end.
    Layout,
    /// The all-zero GUID, a placeholder that never names anything.
    Nil,
}

/// An example GUID used in messages.
pub(crate) const EXAMPLE_GUID: &str = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

impl GuidProblem {
    /// A plain-words sentence saying what is wrong, naming the identifier:
    /// `id` is `tenant` (the customer's tenant ID) or `subscription`.
    pub fn text(&self, id: &'static str) -> Text {
        match self {
            Self::Empty => Text::new(msg::GUID_EMPTY, [id.into()]),
            Self::TooLong => Text::new(msg::GUID_TOO_LONG, [id.into()]),
            Self::LooksLikeDomain => Text::new(msg::GUID_LOOKS_LIKE_DOMAIN, [id.into()]),
            Self::InvalidCharacter(c) => Text::new(msg::GUID_CHARACTER, [id.into(), describe_char(*c).into()]),
            Self::WrongLength { digits } => Text::new(msg::GUID_LENGTH, [id.into(), (*digits).into()]),
            Self::Layout => Text::new(msg::GUID_LAYOUT, [id.into(), EXAMPLE_GUID.into()]),
            Self::Nil => Text::new(msg::GUID_NIL, [id.into()]),
        }
    }
}

/// Parses a GUID tolerantly and returns its canonical lower-case hyphenated
/// form.
pub(crate) fn parse_guid(raw: &str) -> Result<String, GuidProblem> {
    if raw.chars().count() > MAX_RAW_INPUT_CHARS {
        return Err(GuidProblem::TooLong);
    }
    let mut s = unwrap(raw);
    // Registry and PowerShell forms wrap the GUID in braces, sometimes inside
    // quotes: `"{…}"`.
    if let Some(inner) = s.strip_prefix('{').and_then(|x| x.strip_suffix('}')) {
        s = unwrap(inner);
    }
    let compact: String = s.chars().filter(|c| !is_invisible(*c)).collect();
    if compact.is_empty() {
        return Err(GuidProblem::Empty);
    }
    if compact.contains(['.', '@']) {
        return Err(GuidProblem::LooksLikeDomain);
    }
    if let Some(bad) = compact.chars().find(|c| !c.is_ascii_hexdigit() && *c != '-') {
        return Err(GuidProblem::InvalidCharacter(bad));
    }
    let digits = compact.chars().filter(char::is_ascii_hexdigit).count();
    if digits != 32 {
        return Err(GuidProblem::WrongLength { digits });
    }
    let lower = compact.to_ascii_lowercase();
    let canonical = if lower.contains('-') {
        let hyphens_in_place =
            lower.len() == 36 && lower.char_indices().all(|(i, c)| (c == '-') == matches!(i, 8 | 13 | 18 | 23));
        if !hyphens_in_place {
            return Err(GuidProblem::Layout);
        }
        lower
    } else {
        format!("{}-{}-{}-{}-{}", &lower[0..8], &lower[8..12], &lower[12..16], &lower[16..20], &lower[20..32])
    };
    if canonical.chars().all(|c| c == '0' || c == '-') {
        return Err(GuidProblem::Nil);
    }
    Ok(canonical)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_identifier_and_count_digits() {
        assert_eq!(
            GuidProblem::WrongLength { digits: 31 }.text("tenant").to_string(),
            "A tenant ID has 32 hexadecimal digits; this has 31 digits."
        );
        assert_eq!(
            GuidProblem::WrongLength { digits: 1 }.text("tenant").to_string(),
            "A tenant ID has 32 hexadecimal digits; this has 1 digit."
        );
        assert!(GuidProblem::InvalidCharacter('g').text("tenant").to_string().contains("\u{201C}g\u{201D}"));
    }
}
