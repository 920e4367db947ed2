//! The partner program ID (formerly MPN ID, now the Microsoft AI Cloud
//! Partner Program ID): the location or program of the partner company that
//! the claim is made for.

use std::fmt;

use cpor_i18n::{msg, Text};
use serde::{Deserialize, Serialize};

use crate::catalog::ErrorCode;
use crate::input::{describe_char, is_invisible, unwrap};

/// Fewest digits a partner program ID has.
pub const MIN_DIGITS: usize = 5;
/// Most digits a partner program ID has.
pub const MAX_DIGITS: usize = 10;

/// A well-formed partner program ID: digits only, no leading spaces.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PartnerProgramId(String);

/// Why a value is not a partner program ID.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PartnerProgramIdError {
    /// No program was chosen or entered.
    Empty,
    /// A character other than a digit.
    InvalidCharacter(char),
    /// Too few or too many digits.
    Length {
        /// How many digits were found.
        digits: usize,
    },
}

impl PartnerProgramId {
    /// Parses a partner program ID; spaces and quotes around or inside the
    /// number are ignored.
    pub fn parse(raw: &str) -> Result<Self, PartnerProgramIdError> {
        let compact: String = unwrap(raw).chars().filter(|c| !is_invisible(*c)).collect();
        if compact.is_empty() {
            return Err(PartnerProgramIdError::Empty);
        }
        if let Some(bad) = compact.chars().find(|c| !c.is_ascii_digit()) {
            return Err(PartnerProgramIdError::InvalidCharacter(bad));
        }
        if !(MIN_DIGITS..=MAX_DIGITS).contains(&compact.len()) {
            return Err(PartnerProgramIdError::Length { digits: compact.len() });
        }
        Ok(Self(compact))
    }

    /// The digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

text_conversions!(PartnerProgramId, PartnerProgramIdError);

impl PartnerProgramIdError {
    /// The stable error code of this refusal.
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::Empty => ErrorCode::ProgramIdEmpty,
            Self::InvalidCharacter(_) => ErrorCode::ProgramIdCharacter,
            Self::Length { .. } => ErrorCode::ProgramIdLength,
        }
    }
}

impl PartnerProgramIdError {
    /// The sentence saying what is wrong.
    pub fn text(&self) -> Text {
        match self {
            Self::Empty => msg::PROGRAM_EMPTY.into(),
            Self::InvalidCharacter(c) => Text::new(msg::PROGRAM_CHARACTER, [describe_char(*c).into()]),
            Self::Length { digits } => {
                Text::new(msg::PROGRAM_LENGTH, [MIN_DIGITS.into(), MAX_DIGITS.into(), (*digits).into()])
            }
        }
    }
}

impl fmt::Display for PartnerProgramIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text().fmt(f)
    }
}

impl std::error::Error for PartnerProgramIdError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_digits_with_tolerated_wrapping() {
        for (raw, canonical) in [
            ("4810225", "4810225"),
            (" 4810225 ", "4810225"),
            ("\"4810 225\"", "4810225"),
            ("12345", "12345"),
            ("1234567890", "1234567890"),
        ] {
            assert_eq!(PartnerProgramId::parse(raw).unwrap().as_str(), canonical, "{raw:?}");
        }
    }

    #[test]
    fn refuses_with_codes() {
        for (raw, code) in [
            ("", ErrorCode::ProgramIdEmpty),
            ("  ", ErrorCode::ProgramIdEmpty),
            ("48102a5", ErrorCode::ProgramIdCharacter),
            ("-4810225", ErrorCode::ProgramIdCharacter),
            ("1234", ErrorCode::ProgramIdLength),
            ("12345678901", ErrorCode::ProgramIdLength),
        ] {
            assert_eq!(PartnerProgramId::parse(raw).unwrap_err().code(), code, "{raw:?}");
        }
    }
}
