//! The request and response bodies shared by the app and the server, one
//! module per API version. Both sides compile the same types, so a field
//! renamed on one side is a compile error on the other.

/// Version 1 of the API (`/api/...`).
pub mod v1 {
    use serde::{Deserialize, Serialize};

    use crate::catalog::{ErrorCode, Field, SUPPORT_URL};
    use crate::{CustomerDomain, PartnerProgramId, TenantId};

    /// Media type of problem bodies (RFC 9457).
    pub const PROBLEM_CONTENT_TYPE: &str = "application/problem+json";

    /// One partner program (location) of the caller's organisation.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub struct PartnerProgram {
        /// The partner program ID.
        pub id: PartnerProgramId,
        /// Display name of the program or location.
        pub name: String,
        /// Country of the location.
        pub country: String,
        /// Whether the program is enrolled in an incentive program.
        pub enrolled: bool,
        /// The partner type, e.g. "FRP FastTrack".
        pub partner_type: String,
    }

    /// `GET /api/partner-programs`.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub struct PartnerProgramsResponse {
        /// The caller's organisation's programs, enrolled ones first.
        pub programs: Vec<PartnerProgram>,
    }

    /// `POST /api/checks/customer`: raw values as typed; the server parses
    /// them with the same functions as the browser.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct CustomerCheckRequest {
        /// The customer tenant ID as entered.
        pub tenant_id: String,
        /// The customer domain as entered.
        pub domain: String,
    }

    /// The answer to a customer check when the domain belongs to the tenant.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub struct CustomerCheckResponse {
        /// The tenant ID in canonical form.
        pub tenant_id: TenantId,
        /// The domain in canonical form.
        pub domain: CustomerDomain,
        /// The customer's organisation name, to confirm it is the right one.
        pub customer_name: String,
    }

    /// An RFC 9457 problem body: every refusal of the API.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub struct Problem {
        /// A URI naming the problem type: `urn:cpor:problem:<code>`.
        #[serde(rename = "type")]
        pub kind: String,
        /// The catalog's short message.
        pub title: String,
        /// The HTTP status code.
        pub status: u16,
        /// The specific sentence about this occurrence.
        pub detail: String,
        /// The stable error code (see [`ErrorCode`]).
        pub code: String,
        /// The field the problem concerns, if any.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub field: Option<Field>,
        /// What the partner can do about it.
        pub fix: String,
        /// Where to get help, when the partner cannot fix it alone.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub support_url: Option<String>,
        /// The id of the request, to quote to support.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub request_id: Option<String>,
    }

    impl Problem {
        /// A problem for a catalog code with its specific detail sentence.
        pub fn new(code: ErrorCode, status: u16, detail: impl Into<String>) -> Self {
            Self {
                kind: format!("urn:cpor:problem:{}", code.as_str()),
                title: code.title().to_owned(),
                status,
                detail: detail.into(),
                code: code.as_str().to_owned(),
                field: code.field(),
                fix: code.fix().to_owned(),
                support_url: code.needs_support().then(|| SUPPORT_URL.to_owned()),
                request_id: None,
            }
        }

        /// The catalog code, when this side knows it.
        pub fn error_code(&self) -> Option<ErrorCode> {
            ErrorCode::from_code(&self.code)
        }
    }
}
