//! The customer tenant ID (also called directory ID): a GUID naming the
//! customer's Microsoft Entra tenant.

use std::fmt;

use cpor_i18n::Text;
use serde::{Deserialize, Serialize};

use crate::catalog::ErrorCode;
use crate::guid::{parse_guid, GuidProblem};

/// A well-formed customer tenant ID in canonical lower-case 8-4-4-4-12 form.
///
/// Being well formed says nothing about whether the tenant exists: only the
/// server can tell that.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TenantId(String);

/// Why a value is not a tenant ID.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TenantIdError(pub GuidProblem);

impl TenantId {
    /// Which identifier this is, in messages about GUIDs (`guid-…`).
    pub const KIND: &'static str = "tenant";

    /// Parses what the partner typed or pasted. Braces, quotes, spaces and
    /// upper case are accepted; so is the 32-digit form without hyphens.
    pub fn parse(raw: &str) -> Result<Self, TenantIdError> {
        parse_guid(raw).map(Self).map_err(TenantIdError)
    }

    /// The canonical form, e.g. `3f2504e0-4f89-41d3-9a0c-0305e82c3301`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

text_conversions!(TenantId, TenantIdError);

impl TenantIdError {
    /// The stable error code of this refusal.
    pub fn code(&self) -> ErrorCode {
        match self.0 {
            GuidProblem::Empty => ErrorCode::TenantIdEmpty,
            GuidProblem::TooLong | GuidProblem::WrongLength { .. } => ErrorCode::TenantIdLength,
            GuidProblem::LooksLikeDomain => ErrorCode::TenantIdLooksLikeDomain,
            GuidProblem::InvalidCharacter(_) => ErrorCode::TenantIdCharacter,
            GuidProblem::Layout => ErrorCode::TenantIdLayout,
            GuidProblem::Nil => ErrorCode::TenantIdNil,
        }
    }
}

impl TenantIdError {
    /// The sentence saying what is wrong.
    pub fn text(&self) -> Text {
        self.0.text(TenantId::KIND)
    }
}

impl fmt::Display for TenantIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text().fmt(f)
    }
}

impl std::error::Error for TenantIdError {}

#[cfg(test)]
mod tests {
    use super::*;

    const CANONICAL: &str = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

    #[test]
    fn accepts_every_tolerated_form() {
        let accepted = [
            "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
            "3F2504E0-4F89-41D3-9A0C-0305E82C3301",
            "{3f2504e0-4f89-41d3-9a0c-0305e82c3301}",
            "{3F2504E0-4F89-41D3-9A0C-0305E82C3301}",
            "\"3f2504e0-4f89-41d3-9a0c-0305e82c3301\"",
            "'{3f2504e0-4f89-41d3-9a0c-0305e82c3301}'",
            "\u{201C}3f2504e0-4f89-41d3-9a0c-0305e82c3301\u{201D}",
            "  3f2504e0-4f89-41d3-9a0c-0305e82c3301\t\n",
            "3f2504e0 -4f89-41d3-9a0c-0305e82c3301",
            "3f2504e0-4f89-41d3-9a0c-0305e82c3301\u{200B}",
            "\u{00A0}3f2504e0-4f89-41d3-9a0c-0305e82c3301\u{00A0}",
            "3f2504e04f8941d39a0c0305e82c3301",
            "{ 3f2504e0-4f89-41d3-9a0c-0305e82c3301 }",
            "(3f2504e0-4f89-41d3-9a0c-0305e82c3301)",
        ];
        for raw in accepted {
            let id = TenantId::parse(raw).unwrap_or_else(|e| panic!("{raw:?} refused: {e}"));
            assert_eq!(id.as_str(), CANONICAL, "{raw:?}");
        }
    }

    #[test]
    fn refuses_each_malformed_form_with_its_code() {
        let refused: [(&str, ErrorCode); 17] = [
            ("", ErrorCode::TenantIdEmpty),
            ("   ", ErrorCode::TenantIdEmpty),
            ("{}", ErrorCode::TenantIdEmpty),
            ("\"\"", ErrorCode::TenantIdEmpty),
            ("3f2504e0-4f89-41d3-9a0c-0305e82c330", ErrorCode::TenantIdLength),
            ("3f2504e0-4f89-41d3-9a0c-0305e82c33011", ErrorCode::TenantIdLength),
            ("3f2504e0", ErrorCode::TenantIdLength),
            ("3g2504e0-4f89-41d3-9a0c-0305e82c3301", ErrorCode::TenantIdCharacter),
            ("3f2504e0_4f89_41d3_9a0c_0305e82c3301", ErrorCode::TenantIdCharacter),
            ("3f2504e0-4f89-41d3-9a0c-0305e82c33\u{7}1", ErrorCode::TenantIdCharacter),
            ("3f2504e04-f89-41d3-9a0c-0305e82c3301", ErrorCode::TenantIdLayout),
            ("3f2504e0--4f8941d3-9a0c-0305e82c3301", ErrorCode::TenantIdLayout),
            ("-3f2504e04f8941d39a0c0305e82c3301", ErrorCode::TenantIdLayout),
            ("00000000-0000-0000-0000-000000000000", ErrorCode::TenantIdNil),
            ("contoso.onmicrosoft.com", ErrorCode::TenantIdLooksLikeDomain),
            ("admin@contoso.com", ErrorCode::TenantIdLooksLikeDomain),
            ("{3f2504e0-4f89-41d3-9a0c-0305e82c3301", ErrorCode::TenantIdCharacter),
        ];
        for (raw, code) in refused {
            let err = TenantId::parse(raw).expect_err(raw);
            assert_eq!(err.code(), code, "{raw:?}: {err}");
        }
        let long = "a".repeat(crate::MAX_RAW_INPUT_CHARS + 1);
        assert_eq!(TenantId::parse(&long).unwrap_err().code(), ErrorCode::TenantIdLength);
    }

    #[test]
    fn messages_are_specific() {
        let msg = |raw: &str| TenantId::parse(raw).unwrap_err().to_string();
        assert_eq!(msg(""), "Enter the customer tenant ID.");
        assert_eq!(
            msg("3f2504e0-4f89-41d3-9a0c-0305e82c330"),
            "A tenant ID has 32 hexadecimal digits; this has 31 digits."
        );
        assert!(msg("3g2504e0-4f89-41d3-9a0c-0305e82c3301").contains("\u{201C}g\u{201D}"));
        assert!(msg("contoso.com").contains("looks like a domain"));
    }

    #[test]
    fn serde_round_trips_and_refuses_malformed_values() {
        let id = TenantId::parse(CANONICAL).unwrap();
        let json = serde_json::to_string(&id).unwrap();
        assert_eq!(json, format!("\"{CANONICAL}\""));
        assert_eq!(serde_json::from_str::<TenantId>(&json).unwrap(), id);
        assert!(serde_json::from_str::<TenantId>("\"nope\"").is_err());
    }
}
