//! The error catalog: every error code of the product, once. Each entry has
//! a stable code string (used in API problem bodies and by the UI), a short
//! message, a fix the partner can act on, the field it concerns, and whether
//! a support link belongs to it (only where the partner cannot fix it alone).
//!
//! Parsers return typed errors whose `Display` is the specific sentence
//! ("A tenant ID has 32 hexadecimal digits; this has 31 digits."); the
//! catalog adds the general title and the fix. Every text is a message of
//! the catalogues in `locales/` (`error-<code>` and its `.fix`), worded in
//! the reader's language by `cpor-i18n`.

use std::fmt;

use cpor_i18n::{msg, t, Msg};
use serde::{Deserialize, Serialize};

/// The incentives service-request page, linked from errors the partner
/// cannot fix alone.
pub const SUPPORT_URL: &str =
    "https://partner.microsoft.com/dashboard/v2/support/incentives/servicerequests?category=incentives";

/// The Incentives overview (enrolment) page, linked from a partner program
/// that is not enrolled in an incentive program.
pub const ENROLMENT_URL: &str = "https://partner.microsoft.com/dashboard/incentives/enrollment/summary";

/// A field of the claim flow that an error can concern.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// "Partner program ID".
    PartnerProgramId,
    /// "Customer tenant ID".
    TenantId,
    /// "Customer domain".
    Domain,
    /// "Subscription ID".
    SubscriptionId,
    /// The products chosen.
    Products,
    /// The proof-of-execution files.
    ProofOfExecution,
}

impl Field {
    /// The visible label of the field.
    pub fn label(self) -> String {
        t(self.name(), [])
    }

    /// The label's message (a value in other messages).
    pub fn name(self) -> Msg<0> {
        match self {
            Self::PartnerProgramId => msg::FIELD_PARTNER_PROGRAM_ID,
            Self::TenantId => msg::FIELD_TENANT_ID,
            Self::Domain => msg::FIELD_DOMAIN,
            Self::SubscriptionId => msg::FIELD_SUBSCRIPTION_ID,
            Self::Products => msg::FIELD_PRODUCTS,
            Self::ProofOfExecution => msg::FIELD_PROOF_OF_EXECUTION,
        }
    }

    /// The name of the field in API bodies (and the UI's element ids).
    pub fn key(self) -> &'static str {
        match self {
            Self::PartnerProgramId => "partner_program_id",
            Self::TenantId => "tenant_id",
            Self::Domain => "domain",
            Self::SubscriptionId => "subscription_id",
            Self::Products => "products",
            Self::ProofOfExecution => "proof_of_execution",
        }
    }
}

macro_rules! catalog {
    ($( $(#[$doc:meta])* $variant:ident = $code:literal, $field:expr, $support:literal, $title:ident, $fix:ident; )*) => {
        /// Every error code of the product. The string form is stable: it is
        /// part of the API.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ErrorCode {
            $( $(#[$doc])* $variant, )*
        }

        impl ErrorCode {
            /// Every code, in catalog order.
            pub const ALL: &'static [ErrorCode] = &[$( ErrorCode::$variant, )*];

            /// The stable code string, e.g. `tenant_id_length`.
            pub fn as_str(self) -> &'static str {
                match self { $( Self::$variant => $code, )* }
            }

            /// The code for a code string, if the catalog has it.
            pub fn from_code(code: &str) -> Option<Self> {
                match code { $( $code => Some(Self::$variant), )* _ => None }
            }

            /// A short, general message for the error.
            pub fn title(self) -> String {
                t(match self { $( Self::$variant => msg::$title, )* }, [])
            }

            /// What the partner can do about it.
            pub fn fix(self) -> String {
                t(match self { $( Self::$variant => msg::$fix, )* }, [])
            }

            /// The field the error concerns, if it concerns one.
            pub fn field(self) -> Option<Field> {
                match self { $( Self::$variant => $field, )* }
            }

            /// Whether the message ends with a link to support: only where the
            /// partner cannot fix it alone.
            pub fn needs_support(self) -> bool {
                match self { $( Self::$variant => $support, )* }
            }
        }
    };
}

use Field::{
    Domain as D, PartnerProgramId as P, Products as PR, ProofOfExecution as POE, SubscriptionId as S, TenantId as T,
};

catalog! {
    /// Nothing entered as tenant ID.
    TenantIdEmpty = "tenant_id_empty", Some(T), false, ERROR_TENANT_ID_EMPTY, ERROR_TENANT_ID_EMPTY_FIX;
    /// Not 32 hexadecimal digits.
    TenantIdLength = "tenant_id_length", Some(T), false, ERROR_TENANT_ID_LENGTH, ERROR_TENANT_ID_LENGTH_FIX;
    /// A character a GUID never has.
    TenantIdCharacter = "tenant_id_character", Some(T), false, ERROR_TENANT_ID_CHARACTER, ERROR_TENANT_ID_CHARACTER_FIX;
    /// Hyphens out of place.
    TenantIdLayout = "tenant_id_layout", Some(T), false, ERROR_TENANT_ID_LAYOUT, ERROR_TENANT_ID_LAYOUT_FIX;
    /// The all-zero GUID.
    TenantIdNil = "tenant_id_nil", Some(T), false, ERROR_TENANT_ID_NIL, ERROR_TENANT_ID_NIL_FIX;
    /// A domain or email in the tenant ID field.
    TenantIdLooksLikeDomain = "tenant_id_looks_like_domain", Some(T), false, ERROR_TENANT_ID_LOOKS_LIKE_DOMAIN, ERROR_TENANT_ID_LOOKS_LIKE_DOMAIN_FIX;
    /// Nothing entered as domain.
    DomainEmpty = "domain_empty", Some(D), false, ERROR_DOMAIN_EMPTY, ERROR_DOMAIN_EMPTY_FIX;
    /// Longer than a domain can be.
    DomainTooLong = "domain_too_long", Some(D), false, ERROR_DOMAIN_TOO_LONG, ERROR_DOMAIN_TOO_LONG_FIX;
    /// An email address in the domain field.
    DomainLooksLikeEmail = "domain_looks_like_email", Some(D), false, ERROR_DOMAIN_LOOKS_LIKE_EMAIL, ERROR_DOMAIN_LOOKS_LIKE_EMAIL_FIX;
    /// A GUID in the domain field.
    DomainLooksLikeTenantId = "domain_looks_like_tenant_id", Some(D), false, ERROR_DOMAIN_LOOKS_LIKE_TENANT_ID, ERROR_DOMAIN_LOOKS_LIKE_TENANT_ID_FIX;
    /// A URL with a path.
    DomainHasPath = "domain_has_path", Some(D), false, ERROR_DOMAIN_HAS_PATH, ERROR_DOMAIN_HAS_PATH_FIX;
    /// A port number after the domain.
    DomainHasPort = "domain_has_port", Some(D), false, ERROR_DOMAIN_HAS_PORT, ERROR_DOMAIN_HAS_PORT_FIX;
    /// Only one label.
    DomainIncomplete = "domain_incomplete", Some(D), false, ERROR_DOMAIN_INCOMPLETE, ERROR_DOMAIN_INCOMPLETE_FIX;
    /// Two dots together or a leading dot.
    DomainEmptyLabel = "domain_empty_label", Some(D), false, ERROR_DOMAIN_EMPTY_LABEL, ERROR_DOMAIN_EMPTY_LABEL_FIX;
    /// A label over 63 characters.
    DomainLabelTooLong = "domain_label_too_long", Some(D), false, ERROR_DOMAIN_LABEL_TOO_LONG, ERROR_DOMAIN_LABEL_TOO_LONG_FIX;
    /// A character no label may hold.
    DomainCharacter = "domain_character", Some(D), false, ERROR_DOMAIN_CHARACTER, ERROR_DOMAIN_CHARACTER_FIX;
    /// A label starting or ending with a hyphen.
    DomainHyphen = "domain_hyphen", Some(D), false, ERROR_DOMAIN_HYPHEN, ERROR_DOMAIN_HYPHEN_FIX;
    /// An IP address.
    DomainIpAddress = "domain_ip_address", Some(D), false, ERROR_DOMAIN_IP_ADDRESS, ERROR_DOMAIN_IP_ADDRESS_FIX;
    /// An impossible top-level domain.
    DomainTopLevel = "domain_top_level", Some(D), false, ERROR_DOMAIN_TOP_LEVEL, ERROR_DOMAIN_TOP_LEVEL_FIX;
    /// A broken `xn--` label.
    DomainPunycode = "domain_punycode", Some(D), false, ERROR_DOMAIN_PUNYCODE, ERROR_DOMAIN_PUNYCODE_FIX;
    /// No partner program chosen.
    ProgramIdEmpty = "program_id_empty", Some(P), false, ERROR_PROGRAM_ID_EMPTY, ERROR_PROGRAM_ID_EMPTY_FIX;
    /// A non-digit in a partner program ID.
    ProgramIdCharacter = "program_id_character", Some(P), false, ERROR_PROGRAM_ID_CHARACTER, ERROR_PROGRAM_ID_CHARACTER_FIX;
    /// Too few or too many digits.
    ProgramIdLength = "program_id_length", Some(P), false, ERROR_PROGRAM_ID_LENGTH, ERROR_PROGRAM_ID_LENGTH_FIX;
    /// The domain is not one of the tenant's domains.
    DomainTenantMismatch = "domain_tenant_mismatch", Some(D), false, ERROR_DOMAIN_TENANT_MISMATCH, ERROR_DOMAIN_TENANT_MISMATCH_FIX;
    /// No customer tenant with that ID.
    UnknownTenant = "unknown_tenant", Some(T), true, ERROR_UNKNOWN_TENANT, ERROR_UNKNOWN_TENANT_FIX;
    /// A product id the catalog does not have.
    UnknownProduct = "unknown_product", Some(PR), false, ERROR_UNKNOWN_PRODUCT, ERROR_UNKNOWN_PRODUCT_FIX;
    /// A solution area the request did not name or the catalog lacks.
    UnknownSolutionArea = "unknown_solution_area", None, false, ERROR_UNKNOWN_SOLUTION_AREA, ERROR_UNKNOWN_SOLUTION_AREA_FIX;
    /// No partner role chosen.
    RoleNotChosen = "role_not_chosen", None, false, ERROR_ROLE_NOT_CHOSEN, ERROR_ROLE_NOT_CHOSEN_FIX;
    /// A role of another solution area.
    RoleNotInArea = "role_not_in_area", None, false, ERROR_ROLE_NOT_IN_AREA, ERROR_ROLE_NOT_IN_AREA_FIX;
    /// No product chosen.
    ProductsMissing = "products_missing", Some(PR), false, ERROR_PRODUCTS_MISSING, ERROR_PRODUCTS_MISSING_FIX;
    /// The same product listed twice in one claim.
    ProductRepeated = "product_repeated", Some(PR), false, ERROR_PRODUCT_REPEATED, ERROR_PRODUCT_REPEATED_FIX;
    /// A subscription ID is needed to tell the tenant's subscriptions apart.
    SubscriptionRequired = "subscription_required", Some(S), false, ERROR_SUBSCRIPTION_REQUIRED, ERROR_SUBSCRIPTION_REQUIRED_FIX;
    /// Nothing entered as subscription ID.
    SubscriptionIdEmpty = "subscription_id_empty", Some(S), false, ERROR_SUBSCRIPTION_ID_EMPTY, ERROR_SUBSCRIPTION_ID_EMPTY_FIX;
    /// Not a subscription ID (not a GUID).
    SubscriptionIdMalformed = "subscription_id_malformed", Some(S), false, ERROR_SUBSCRIPTION_ID_MALFORMED, ERROR_SUBSCRIPTION_ID_MALFORMED_FIX;
    /// The product (or the subscription entered) is not on the tenant.
    ProductNotOnTenant = "product_not_on_tenant", Some(PR), true, ERROR_PRODUCT_NOT_ON_TENANT, ERROR_PRODUCT_NOT_ON_TENANT_FIX;
    /// The subscription is not a Dynamics subscription.
    SubscriptionNotDynamics = "subscription_not_dynamics", Some(S), true, ERROR_SUBSCRIPTION_NOT_DYNAMICS, ERROR_SUBSCRIPTION_NOT_DYNAMICS_FIX;
    /// The subscription was bought through CSP.
    SubscriptionCsp = "subscription_csp", Some(S), true, ERROR_SUBSCRIPTION_CSP, ERROR_SUBSCRIPTION_CSP_FIX;
    /// The customer has not provisioned the subscription yet.
    SubscriptionNotProvisioned = "subscription_not_provisioned", Some(S), true, ERROR_SUBSCRIPTION_NOT_PROVISIONED, ERROR_SUBSCRIPTION_NOT_PROVISIONED_FIX;
    /// Provisioned less than 7 days ago.
    SubscriptionProvisionedRecently = "subscription_provisioned_recently", Some(S), false, ERROR_SUBSCRIPTION_PROVISIONED_RECENTLY, ERROR_SUBSCRIPTION_PROVISIONED_RECENTLY_FIX;
    /// The subscription expired; its successor has a new ID.
    SubscriptionExpired = "subscription_expired", Some(S), false, ERROR_SUBSCRIPTION_EXPIRED, ERROR_SUBSCRIPTION_EXPIRED_FIX;
    /// The subscription is suspended or disabled.
    SubscriptionSuspended = "subscription_suspended", Some(S), true, ERROR_SUBSCRIPTION_SUSPENDED, ERROR_SUBSCRIPTION_SUSPENDED_FIX;
    /// Nothing entered in a text answer.
    TextEmpty = "text_empty", None, false, ERROR_TEXT_EMPTY, ERROR_TEXT_EMPTY_FIX;
    /// A text answer over its length limit.
    TextTooLong = "text_too_long", None, false, ERROR_TEXT_TOO_LONG, ERROR_TEXT_TOO_LONG_FIX;
    /// A control or invisible formatting character in a text answer.
    TextCharacter = "text_character", None, false, ERROR_TEXT_CHARACTER, ERROR_TEXT_CHARACTER_FIX;
    /// A bidirectional control character in a text answer.
    TextBidi = "text_bidi_control", None, false, ERROR_TEXT_BIDI_CONTROL, ERROR_TEXT_BIDI_CONTROL_FIX;
    /// An invisible character that can hide what a text answer says.
    TextInvisible = "text_invisible_character", None, false, ERROR_TEXT_INVISIBLE_CHARACTER, ERROR_TEXT_INVISIBLE_CHARACTER_FIX;
    /// A name without any letter.
    TextNoLetter = "text_no_letter", None, false, ERROR_TEXT_NO_LETTER, ERROR_TEXT_NO_LETTER_FIX;
    /// Not an email address.
    EmailInvalid = "email_invalid", None, false, ERROR_EMAIL_INVALID, ERROR_EMAIL_INVALID_FIX;
    /// A claim without any proof of execution.
    PoeMissing = "poe_missing", Some(POE), false, ERROR_POE_MISSING, ERROR_POE_MISSING_FIX;
    /// A file name that can't be used.
    PoeFileName = "poe_file_name", Some(POE), false, ERROR_POE_FILE_NAME, ERROR_POE_FILE_NAME_FIX;
    /// A file type not on the allowlist.
    PoeFileType = "poe_file_type", Some(POE), false, ERROR_POE_FILE_TYPE, ERROR_POE_FILE_TYPE_FIX;
    /// An empty file.
    PoeFileEmpty = "poe_file_empty", Some(POE), false, ERROR_POE_FILE_EMPTY, ERROR_POE_FILE_EMPTY_FIX;
    /// A file over 25 MB.
    PoeFileTooLarge = "poe_file_too_large", Some(POE), false, ERROR_POE_FILE_TOO_LARGE, ERROR_POE_FILE_TOO_LARGE_FIX;
    /// More than 10 files on a claim.
    PoeTooManyFiles = "poe_too_many_files", Some(POE), false, ERROR_POE_TOO_MANY_FILES, ERROR_POE_TOO_MANY_FILES_FIX;
    /// Content that does not match the extension, or markup.
    PoeFileContent = "poe_file_content", Some(POE), false, ERROR_POE_FILE_CONTENT, ERROR_POE_FILE_CONTENT_FIX;
    /// This actor may not take this action.
    ActionNotAllowed = "action_not_allowed", None, false, ERROR_ACTION_NOT_ALLOWED, ERROR_ACTION_NOT_ALLOWED_FIX;
    /// The action does not apply in the claim's status.
    WrongStatus = "wrong_status", None, false, ERROR_WRONG_STATUS, ERROR_WRONG_STATUS_FIX;
    /// A dispute or opt-out window has closed.
    WindowClosed = "window_closed", None, false, ERROR_WINDOW_CLOSED, ERROR_WINDOW_CLOSED_FIX;
    /// The rejection reason cannot be disputed.
    NotDisputable = "not_disputable", None, false, ERROR_NOT_DISPUTABLE, ERROR_NOT_DISPUTABLE_FIX;
    /// A mandatory reason is missing.
    ReasonRequired = "reason_required", None, false, ERROR_REASON_REQUIRED, ERROR_REASON_REQUIRED_FIX;
    /// No valid sign-in token.
    Unauthenticated = "unauthenticated", None, false, ERROR_UNAUTHENTICATED, ERROR_UNAUTHENTICATED_FIX;
    /// A token from a tenant no registered partner organisation has.
    TenantNotRegistered = "tenant_not_registered", None, true, ERROR_TENANT_NOT_REGISTERED, ERROR_TENANT_NOT_REGISTERED_FIX;
    /// The user's role may not do this.
    RoleRequired = "role_required", None, false, ERROR_ROLE_REQUIRED, ERROR_ROLE_REQUIRED_FIX;
    /// A claim that cannot be submitted yet.
    ClaimIncomplete = "claim_incomplete", None, false, ERROR_CLAIM_INCOMPLETE, ERROR_CLAIM_INCOMPLETE_FIX;
    /// The partner program is not one of the caller's organisation.
    ProgramNotInOrganisation = "program_not_in_organisation", Some(P), false, ERROR_PROGRAM_NOT_IN_ORGANISATION, ERROR_PROGRAM_NOT_IN_ORGANISATION_FIX;
    /// The chosen role does not apply to the customer's purchase channel.
    RoleClosed = "role_closed", None, false, ERROR_ROLE_CLOSED, ERROR_ROLE_CLOSED_FIX;
    /// The organisation already has a live claim on this product.
    AlreadyClaimed = "already_claimed", Some(PR), false, ERROR_ALREADY_CLAIMED, ERROR_ALREADY_CLAIMED_FIX;
    /// A reclaim of a claim whose subscriptions have not expired.
    ReclaimNotNeeded = "reclaim_not_needed", None, false, ERROR_RECLAIM_NOT_NEEDED, ERROR_RECLAIM_NOT_NEEDED_FIX;
    /// A field that is locked in the claim's status was changed.
    FieldLocked = "field_locked", None, false, ERROR_FIELD_LOCKED, ERROR_FIELD_LOCKED_FIX;
    /// No such claim for this caller.
    ClaimNotFound = "claim_not_found", None, false, ERROR_CLAIM_NOT_FOUND, ERROR_CLAIM_NOT_FOUND_FIX;
    /// The claim changed since the caller read it.
    StaleClaim = "stale_claim", None, false, ERROR_STALE_CLAIM, ERROR_STALE_CLAIM_FIX;
    /// An edit without If-Match.
    PreconditionRequired = "precondition_required", None, false, ERROR_PRECONDITION_REQUIRED, ERROR_PRECONDITION_REQUIRED_FIX;
    /// A create without Idempotency-Key.
    IdempotencyKeyRequired = "idempotency_key_required", None, false, ERROR_IDEMPOTENCY_KEY_REQUIRED, ERROR_IDEMPOTENCY_KEY_REQUIRED_FIX;
    /// The same Idempotency-Key with another body.
    IdempotencyKeyReused = "idempotency_key_reused", None, false, ERROR_IDEMPOTENCY_KEY_REUSED, ERROR_IDEMPOTENCY_KEY_REUSED_FIX;
    /// The first request with this key is still being processed.
    RequestInFlight = "request_in_flight", None, false, ERROR_REQUEST_IN_FLIGHT, ERROR_REQUEST_IN_FLIGHT_FIX;
    /// The request body is not what the API expects.
    MalformedRequest = "malformed_request", None, false, ERROR_MALFORMED_REQUEST, ERROR_MALFORMED_REQUEST_FIX;
    /// The request body is not JSON.
    UnsupportedMediaType = "unsupported_media_type", None, false, ERROR_UNSUPPORTED_MEDIA_TYPE, ERROR_UNSUPPORTED_MEDIA_TYPE_FIX;
    /// The request body is larger than allowed.
    PayloadTooLarge = "payload_too_large", None, false, ERROR_PAYLOAD_TOO_LARGE, ERROR_PAYLOAD_TOO_LARGE_FIX;
    /// The client sent writes faster than its quota allows.
    TooManyRequests = "too_many_requests", None, false, ERROR_TOO_MANY_REQUESTS, ERROR_TOO_MANY_REQUESTS_FIX;
    /// The request did not arrive, or was not answered, in time.
    RequestTimeout = "request_timeout", None, false, ERROR_REQUEST_TIMEOUT, ERROR_REQUEST_TIMEOUT_FIX;
    /// A page number beyond any list.
    PageOutOfRange = "page_out_of_range", None, false, ERROR_PAGE_OUT_OF_RANGE, ERROR_PAGE_OUT_OF_RANGE_FIX;
    /// A plain decision on a claim that only its arbitration can decide.
    InArbitration = "in_arbitration", None, false, ERROR_IN_ARBITRATION, ERROR_IN_ARBITRATION_FIX;
    /// No such resource.
    NotFound = "not_found", None, false, ERROR_NOT_FOUND, ERROR_NOT_FOUND_FIX;
    /// The method is not allowed on this resource.
    MethodNotAllowed = "method_not_allowed", None, false, ERROR_METHOD_NOT_ALLOWED, ERROR_METHOD_NOT_ALLOWED_FIX;
    /// A fault on our side.
    Internal = "internal_error", None, true, ERROR_INTERNAL_ERROR, ERROR_INTERNAL_ERROR_FIX;
    /// The service cannot answer right now.
    ServiceUnavailable = "service_unavailable", None, true, ERROR_SERVICE_UNAVAILABLE, ERROR_SERVICE_UNAVAILABLE_FIX;
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ErrorCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ErrorCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Self::from_code(&code).ok_or_else(|| serde::de::Error::custom(format_args!("unknown error code {code}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_are_unique_snake_case_and_round_trip() {
        let mut seen = HashSet::new();
        for &code in ErrorCode::ALL {
            let s = code.as_str();
            assert!(seen.insert(s), "duplicate code {s}");
            assert!(s.chars().all(|c| c.is_ascii_lowercase() || c == '_'), "{s}");
            assert_eq!(ErrorCode::from_code(s), Some(code));
            assert!(!code.title().is_empty() && !code.fix().is_empty(), "{s}");
            assert!(code.title().ends_with('.') && code.fix().ends_with('.'), "{s}");
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(serde_json::from_str::<ErrorCode>(&json).unwrap(), code);
        }
        assert_eq!(ErrorCode::from_code("nope"), None);
    }

    #[test]
    fn support_link_only_where_the_partner_cannot_fix_it() {
        assert!(ErrorCode::UnknownTenant.needs_support());
        assert!(ErrorCode::Internal.needs_support());
        assert!(!ErrorCode::TenantIdLength.needs_support());
        assert!(!ErrorCode::DomainTenantMismatch.needs_support());
    }
}
