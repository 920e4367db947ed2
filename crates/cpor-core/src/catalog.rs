//! The error catalog: every error code of the product, once. Each entry has
//! a stable code string (used in API problem bodies and by the UI), a short
//! message, a fix the partner can act on, the field it concerns, and whether
//! a support link belongs to it (only where the partner cannot fix it alone).
//!
//! Parsers return typed errors whose `Display` is the specific sentence
//! ("A tenant ID has 32 hexadecimal digits; this has 31 digits."); the
//! catalog adds the general title and the fix.

use std::fmt;

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
    pub fn label(self) -> &'static str {
        match self {
            Self::PartnerProgramId => "Partner program ID",
            Self::TenantId => "Customer tenant ID",
            Self::Domain => "Customer domain",
            Self::SubscriptionId => "Subscription ID",
            Self::Products => "Products",
            Self::ProofOfExecution => "Proof of execution",
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

const TENANT_FIX: &str = "Copy the tenant ID from the customer's Microsoft Entra admin center (Overview, Tenant ID), or ask your customer for it.";
const DOMAIN_FIX: &str = "Use a domain your customer signs in with, such as contoso.onmicrosoft.com or a custom domain they have verified (Microsoft 365 admin center, Settings, Domains).";
const PROGRAM_FIX: &str = "Choose one of your company's partner program IDs from the list.";

macro_rules! catalog {
    ($( $(#[$doc:meta])* $variant:ident = $code:literal, $field:expr, $support:literal, $title:literal, $fix:expr; )*) => {
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
            pub fn title(self) -> &'static str {
                match self { $( Self::$variant => $title, )* }
            }

            /// What the partner can do about it.
            pub fn fix(self) -> &'static str {
                match self { $( Self::$variant => $fix, )* }
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

const SUBSCRIPTION_FIX: &str = "Copy the subscription ID from the customer's Microsoft 365 admin center (Billing, Your products), or ask your customer for it.";
const SUBSCRIPTION_CHECK_FIX: &str =
    "Work with your customer to make sure the subscription is right and that you're using the correct tenant ID.";
const POE_FIX: &str = "Upload a PDF, Office document, Outlook message, CSV, RTF, XPS or image (PNG, JPG, GIF, BMP, TIFF) of at most 25 MB.";

use Field::{
    Domain as D, PartnerProgramId as P, Products as PR, ProofOfExecution as POE, SubscriptionId as S, TenantId as T,
};

catalog! {
    /// Nothing entered as tenant ID.
    TenantIdEmpty = "tenant_id_empty", Some(T), false, "Enter the customer tenant ID.", TENANT_FIX;
    /// Not 32 hexadecimal digits.
    TenantIdLength = "tenant_id_length", Some(T), false, "The tenant ID has the wrong number of digits.", TENANT_FIX;
    /// A character a GUID never has.
    TenantIdCharacter = "tenant_id_character", Some(T), false, "The tenant ID contains a character it can't have.", TENANT_FIX;
    /// Hyphens out of place.
    TenantIdLayout = "tenant_id_layout", Some(T), false, "The tenant ID's hyphens are in the wrong places.", TENANT_FIX;
    /// The all-zero GUID.
    TenantIdNil = "tenant_id_nil", Some(T), false, "The tenant ID is a placeholder.", TENANT_FIX;
    /// A domain or email in the tenant ID field.
    TenantIdLooksLikeDomain = "tenant_id_looks_like_domain", Some(T), false, "This is a domain, not a tenant ID.", "Enter the domain in Customer domain, and the tenant ID (a GUID) here.";
    /// Nothing entered as domain.
    DomainEmpty = "domain_empty", Some(D), false, "Enter the customer domain.", DOMAIN_FIX;
    /// Longer than a domain can be.
    DomainTooLong = "domain_too_long", Some(D), false, "The domain is too long.", DOMAIN_FIX;
    /// An email address in the domain field.
    DomainLooksLikeEmail = "domain_looks_like_email", Some(D), false, "This is an email address, not a domain.", "Keep only the part after the @.";
    /// A GUID in the domain field.
    DomainLooksLikeTenantId = "domain_looks_like_tenant_id", Some(D), false, "This is a tenant ID, not a domain.", "Put the tenant ID in Customer tenant ID, and the customer's domain here.";
    /// A URL with a path.
    DomainHasPath = "domain_has_path", Some(D), false, "Enter only the domain, not a web address.", "Remove everything after the domain, starting at the first slash.";
    /// A port number after the domain.
    DomainHasPort = "domain_has_port", Some(D), false, "Enter the domain without a port number.", "Remove the colon and the number after it.";
    /// Only one label.
    DomainIncomplete = "domain_incomplete", Some(D), false, "The domain is incomplete.", DOMAIN_FIX;
    /// Two dots together or a leading dot.
    DomainEmptyLabel = "domain_empty_label", Some(D), false, "The domain has an empty part between dots.", "Remove the extra dot.";
    /// A label over 63 characters.
    DomainLabelTooLong = "domain_label_too_long", Some(D), false, "A part of the domain is too long.", DOMAIN_FIX;
    /// A character no label may hold.
    DomainCharacter = "domain_character", Some(D), false, "The domain contains a character it can't have.", DOMAIN_FIX;
    /// A label starting or ending with a hyphen.
    DomainHyphen = "domain_hyphen", Some(D), false, "A part of the domain starts or ends with a hyphen.", DOMAIN_FIX;
    /// An IP address.
    DomainIpAddress = "domain_ip_address", Some(D), false, "This is an IP address, not a domain.", DOMAIN_FIX;
    /// An impossible top-level domain.
    DomainTopLevel = "domain_top_level", Some(D), false, "The domain's ending isn't valid.", DOMAIN_FIX;
    /// A broken `xn--` label.
    DomainPunycode = "domain_punycode", Some(D), false, "The domain has a broken internationalised part.", "Copy the domain again from your customer, or type it with its accented letters.";
    /// No partner program chosen.
    ProgramIdEmpty = "program_id_empty", Some(P), false, "Choose a partner program ID.", PROGRAM_FIX;
    /// A non-digit in a partner program ID.
    ProgramIdCharacter = "program_id_character", Some(P), false, "A partner program ID has digits only.", PROGRAM_FIX;
    /// Too few or too many digits.
    ProgramIdLength = "program_id_length", Some(P), false, "The partner program ID has the wrong number of digits.", PROGRAM_FIX;
    /// The domain is not one of the tenant's domains.
    DomainTenantMismatch = "domain_tenant_mismatch", Some(D), false, "The customer domain and tenant ID don't match.", "Contact your customer to confirm both the tenant ID and the domain, then correct the one that is wrong.";
    /// No customer tenant with that ID.
    UnknownTenant = "unknown_tenant", Some(T), true, "We can't find a customer tenant with this ID.", "Check the tenant ID with your customer. If they confirm it is right, contact support.";
    /// A product id the catalog does not have.
    UnknownProduct = "unknown_product", Some(PR), false, "This product isn't one that can be claimed.", "Choose one of the customer's products from the list.";
    /// A solution area the request did not name or the catalog lacks.
    UnknownSolutionArea = "unknown_solution_area", None, false, "Choose a solution area.", "Choose Business Applications, or Modern Work and Security.";
    /// No partner role chosen.
    RoleNotChosen = "role_not_chosen", None, false, "Choose your partner role.", "Read each role's description and choose the one that matches your work.";
    /// A role of another solution area.
    RoleNotInArea = "role_not_in_area", None, false, "This role belongs to another solution area.", "Choose one of the roles listed for the solution area.";
    /// No product chosen.
    ProductsMissing = "products_missing", Some(PR), false, "Choose at least one product.", "Choose the products your work was for.";
    /// The same product listed twice in one claim.
    ProductRepeated = "product_repeated", Some(PR), false, "This product is in the claim twice.", "List each product once; one claim covers one subscription of each product.";
    /// A subscription ID is needed to tell the tenant's subscriptions apart.
    SubscriptionRequired = "subscription_required", Some(S), false, "Enter the subscription ID this claim is for.", "Ask your customer which subscription your work is for; they find its ID in the Microsoft 365 admin center (Billing, Your products).";
    /// Nothing entered as subscription ID.
    SubscriptionIdEmpty = "subscription_id_empty", Some(S), false, "Enter the subscription ID.", SUBSCRIPTION_FIX;
    /// Not a subscription ID (not a GUID).
    SubscriptionIdMalformed = "subscription_id_malformed", Some(S), false, "This isn't a subscription ID.", SUBSCRIPTION_FIX;
    /// The product (or the subscription entered) is not on the tenant.
    ProductNotOnTenant = "product_not_on_tenant", Some(PR), true, "The selected product doesn't exist on the customer's tenant.", SUBSCRIPTION_CHECK_FIX;
    /// The subscription is not a Dynamics subscription.
    SubscriptionNotDynamics = "subscription_not_dynamics", Some(S), true, "This subscription isn't for Dynamics 365.", SUBSCRIPTION_CHECK_FIX;
    /// The subscription was bought through CSP.
    SubscriptionCsp = "subscription_csp", Some(S), true, "This subscription was bought through CSP.", "CSP purchases are associated through the CSP program, not through a CPOR claim. If you think the channel is wrong, contact support.";
    /// The customer has not provisioned the subscription yet.
    SubscriptionNotProvisioned = "subscription_not_provisioned", Some(S), true, "The customer hasn't provisioned this subscription yet.", "Ask your customer to activate (provision) its products. After that it can take up to 7 days before you can claim it.";
    /// Provisioned less than 7 days ago.
    SubscriptionProvisionedRecently = "subscription_provisioned_recently", Some(S), false, "This subscription isn't claimable yet.", "Nothing is wrong: come back on the date given, when it becomes claimable.";
    /// The subscription expired; its successor has a new ID.
    SubscriptionExpired = "subscription_expired", Some(S), false, "This subscription has expired.", "Create a new claim with the new subscription ID to keep earning.";
    /// The subscription is suspended or disabled.
    SubscriptionSuspended = "subscription_suspended", Some(S), true, "This subscription is suspended or disabled.", "Ask your customer to reactivate it, then claim again.";
    /// Nothing entered in a text answer.
    TextEmpty = "text_empty", None, false, "This answer is missing.", "Fill it in.";
    /// A text answer over its length limit.
    TextTooLong = "text_too_long", None, false, "This answer is too long.", "Shorten it.";
    /// A control or invisible formatting character in a text answer.
    TextCharacter = "text_character", None, false, "This answer contains a character it can't have.", "Retype it rather than pasting it.";
    /// A bidirectional control character in a text answer.
    TextBidi = "text_bidi_control", None, false, "This text contains a hidden direction control.", "Remove it, or type the text again instead of pasting it.";
    /// An invisible character that can hide what a text answer says.
    TextInvisible = "text_invisible_character", None, false, "This text contains an invisible character.", "Remove it, or type the text again instead of pasting it.";
    /// A name without any letter.
    TextNoLetter = "text_no_letter", None, false, "This answer needs letters.", "Enter the name in words.";
    /// Not an email address.
    EmailInvalid = "email_invalid", None, false, "This isn't an email address.", "Enter an address like name@contoso.com.";
    /// A claim without any proof of execution.
    PoeMissing = "poe_missing", Some(POE), false, "Add your proof of execution.", "Upload at least one document that shows your work for this customer: signed or acknowledged by the customer, dated within the last 12 months, naming the tenant and each product.";
    /// A file name that can't be used.
    PoeFileName = "poe_file_name", Some(POE), false, "The file name can't be used.", "Rename the file (letters, digits and an extension such as .pdf) and add it again.";
    /// A file type not on the allowlist.
    PoeFileType = "poe_file_type", Some(POE), false, "This type of file can't be used.", POE_FIX;
    /// An empty file.
    PoeFileEmpty = "poe_file_empty", Some(POE), false, "The file is empty.", "Check that you chose the right file, then add it again.";
    /// A file over 25 MB.
    PoeFileTooLarge = "poe_file_too_large", Some(POE), false, "The file is larger than 25 MB.", "Compress it or split it into several files.";
    /// More than 10 files on a claim.
    PoeTooManyFiles = "poe_too_many_files", Some(POE), false, "A claim can have at most 10 files.", "Remove a file, or combine several into one PDF.";
    /// Content that does not match the extension, or markup.
    PoeFileContent = "poe_file_content", Some(POE), false, "The file's content doesn't match its type.", POE_FIX;
    /// This actor may not take this action.
    ActionNotAllowed = "action_not_allowed", None, false, "You can't do this.", "Only the partner who made the claim, or a reviewer, can take this action.";
    /// The action does not apply in the claim's status.
    WrongStatus = "wrong_status", None, false, "This isn't possible in the claim's current status.", "Reload the claim to see its status and what you can do now.";
    /// A dispute or opt-out window has closed.
    WindowClosed = "window_closed", None, false, "The time for this has passed.", "Create a new claim instead.";
    /// The rejection reason cannot be disputed.
    NotDisputable = "not_disputable", None, false, "This rejection can't be disputed.", "Create a new claim if the situation has changed.";
    /// A mandatory reason is missing.
    ReasonRequired = "reason_required", None, false, "A reason is needed.", "Say why, in a few words.";
    /// No valid sign-in token.
    Unauthenticated = "unauthenticated", None, false, "You're not signed in.", "Sign in again; nothing you entered is lost.";
    /// A token from a tenant no registered partner organisation has.
    TenantNotRegistered = "tenant_not_registered", None, true, "Your organisation isn't registered for customer associations.", "Ask your global admin to register your organisation's Microsoft Entra tenant for customer associations.";
    /// The user's role may not do this.
    RoleRequired = "role_required", None, false, "You don't have a role that can do this.", "Ask your global admin to give you the Global admin, Billing admin or Incentives admin role.";
    /// A claim that cannot be submitted yet.
    ClaimIncomplete = "claim_incomplete", None, false, "Some answers are missing or need correcting.", "Correct each answer listed, then submit again.";
    /// The partner program is not one of the caller's organisation.
    ProgramNotInOrganisation = "program_not_in_organisation", Some(P), false, "This partner program isn't one of your company's.", "Choose one of your company's partner program IDs from the list.";
    /// The chosen role does not apply to the customer's purchase channel.
    RoleClosed = "role_closed", None, false, "This partner role doesn't apply to this customer.", "Choose a role that is open for how the customer bought the products.";
    /// The organisation already has a live claim on this product.
    AlreadyClaimed = "already_claimed", Some(PR), false, "You already have a claim on this product for this customer.", "Open your existing claim instead of creating another.";
    /// A reclaim of a claim whose subscriptions have not expired.
    ReclaimNotNeeded = "reclaim_not_needed", None, false, "None of this claim's subscriptions has expired.", "A reclaim is only needed when a subscription expires and is renewed under a new ID.";
    /// A field that is locked in the claim's status was changed.
    FieldLocked = "field_locked", None, false, "This answer can't be changed any more.", "After submission you can change the partner program ID, products, contacts and proof of execution only.";
    /// No such claim for this caller.
    ClaimNotFound = "claim_not_found", None, false, "There's no such claim.", "Check the link, or find the claim in your customer associations.";
    /// The claim changed since the caller read it.
    StaleClaim = "stale_claim", None, false, "This claim changed since you opened it.", "Reload it, check the changes, and make yours again.";
    /// An edit without If-Match.
    PreconditionRequired = "precondition_required", None, false, "The request must say which version it changes.", "Send the claim's ETag in If-Match.";
    /// A create without Idempotency-Key.
    IdempotencyKeyRequired = "idempotency_key_required", None, false, "The request needs an Idempotency-Key.", "Send a unique Idempotency-Key header with each new request, and the same one when retrying it.";
    /// The same Idempotency-Key with another body.
    IdempotencyKeyReused = "idempotency_key_reused", None, false, "This Idempotency-Key was used for a different request.", "Use a new Idempotency-Key for a new request.";
    /// The first request with this key is still being processed.
    RequestInFlight = "request_in_flight", None, false, "This request is still being processed.", "Wait a moment, then retry with the same Idempotency-Key.";
    /// The request body is not what the API expects.
    MalformedRequest = "malformed_request", None, false, "The request couldn't be read.", "Reload the page and try again.";
    /// The request body is not JSON.
    UnsupportedMediaType = "unsupported_media_type", None, false, "The request must be JSON.", "Send the body as application/json.";
    /// The request body is larger than allowed.
    PayloadTooLarge = "payload_too_large", None, false, "The request is too large.", "Send less data in one request.";
    /// The client sent writes faster than its quota allows.
    TooManyRequests = "too_many_requests", None, false, "You're sending changes faster than we can take them.", "Wait a few seconds, then try again. Nothing you entered is lost.";
    /// The request did not arrive, or was not answered, in time.
    RequestTimeout = "request_timeout", None, false, "The request took too long.", "Check your connection, then try again. Nothing you entered is lost.";
    /// A page number beyond any list.
    PageOutOfRange = "page_out_of_range", None, false, "This page of the list doesn't exist.", "Go back to the first page.";
    /// A plain decision on a claim that only its arbitration can decide.
    InArbitration = "in_arbitration", None, false, "This claim competes with another partner's claim.", "Decide it in its arbitration: compare the competing claims' proof of execution and approve one of them there.";
    /// No such resource.
    NotFound = "not_found", None, false, "There's nothing at this address.", "Check the address, or go back to the start.";
    /// The method is not allowed on this resource.
    MethodNotAllowed = "method_not_allowed", None, false, "This action isn't allowed here.", "Go back to the start and try again.";
    /// A fault on our side.
    Internal = "internal_error", None, true, "Something went wrong on our side.", "Nothing you entered is lost. Try again in a minute; if it keeps happening, contact support.";
    /// The service cannot answer right now.
    ServiceUnavailable = "service_unavailable", None, true, "The service can't answer right now.", "Nothing you entered is lost. Try again in a minute; if it keeps happening, contact support.";
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
