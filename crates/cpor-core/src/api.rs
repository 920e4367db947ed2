//! The request and response bodies shared by the app and the server, one
//! module per API version. Both sides compile the same types, so a field
//! renamed on one side is a compile error on the other.

/// Version 1 of the API (`/api/...`).
pub mod v1 {
    use serde::{Deserialize, Serialize};

    use crate::catalog::{ErrorCode, Field, SUPPORT_URL};
    use crate::date::Date;
    use crate::exclusivity::Competition;
    use crate::lifecycle::{ClaimField, ClaimStatus, InformationRequestReason, PartnerOffer, RejectionReason};
    use crate::poe::PoeKind;
    use crate::roles::{PartnerRole, PurchaseChannel, RoleAvailability, SolutionArea};
    use crate::subscription::{Product, SubscriptionId, SubscriptionStatus};
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

    /// The signed-in user, as `GET /api/me` and the sign-in answer show it.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub struct Me {
        /// User id.
        pub id: String,
        /// Display name.
        pub name: String,
        /// Email address.
        pub email: String,
        /// Role.
        pub role: crate::access::UserRole,
        /// The partner organisation, for partner users.
        pub organisation: Option<String>,
        /// Whether the user may create and manage claims.
        pub can_claim: bool,
        /// Whether the user reviews claims.
        pub can_review: bool,
    }

    /// `POST /api/demo/sign-in` (demo mode only): sign in as a seeded user.
    #[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields, default)]
    pub struct DemoSignInRequest {
        /// The user to sign in as; the default demo user when absent.
        pub user_id: Option<String>,
    }

    /// A bearer token and who it is for.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub struct SignInResponse {
        /// The bearer token (JWT) for the `Authorization` header.
        pub token: String,
        /// Seconds until it expires.
        pub expires_in: u64,
        /// The user.
        pub user: Me,
    }

    /// `GET /api/demo/users` (demo mode only): the seeded users to pick from.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub struct DemoUsersResponse {
        /// The users.
        pub users: Vec<Me>,
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

    /// A partner role as the role step shows it.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub struct RoleOption {
        /// The role.
        pub role: PartnerRole,
        /// Whether it can be chosen for this customer, and why not.
        pub availability: RoleAvailability,
    }

    /// `GET /api/customers/{tenant_id}/products?solution_area=…`: the
    /// customer's products in a solution area, how they were bought, and the
    /// roles open to the partner.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub struct CustomerProductsResponse {
        /// The customer tenant.
        pub tenant_id: TenantId,
        /// How the customer bought the area's products.
        pub purchase_channel: PurchaseChannel,
        /// The roles of the area and whether each is open.
        pub roles: Vec<RoleOption>,
        /// The products on the tenant.
        pub products: Vec<CustomerProduct>,
    }

    /// A product on a customer's tenant with a summary of its subscriptions.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub struct CustomerProduct {
        /// The product.
        pub product: Product,
        /// Its subscriptions on the tenant.
        pub subscriptions: Vec<SubscriptionSummary>,
        /// Whether the partner must say which subscription (several of a
        /// Dynamics 365 product).
        pub subscription_required: bool,
        /// Whether another partner holds or claims it (for Business
        /// Applications: any of its subscriptions), or the caller already does.
        pub competition: Competition,
    }

    /// What a partner may see of a customer's subscription.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub struct SubscriptionSummary {
        /// Its ID.
        pub id: SubscriptionId,
        /// Where it stands.
        pub status: SubscriptionStatus,
        /// How it was bought.
        pub channel: PurchaseChannel,
        /// When it was provisioned, if known.
        pub provisioned_on: Option<Date>,
    }

    /// `POST /api/checks/subscription`: can this product (and subscription)
    /// be claimed on this tenant?
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct SubscriptionCheckRequest {
        /// The customer tenant ID as entered.
        pub tenant_id: String,
        /// The chosen product.
        pub product_id: String,
        /// The subscription ID as entered, if any.
        #[serde(default)]
        pub subscription_id: Option<String>,
    }

    /// The answer when the product can be claimed.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub struct SubscriptionCheckResponse {
        /// The product.
        pub product_id: String,
        /// The subscription the claim will be for (Business Applications).
        pub subscription_id: Option<SubscriptionId>,
        /// Whether the claim will go to arbitration, or the caller already
        /// holds it.
        pub competition: Competition,
    }

    /// A person to contact.
    #[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Contact {
        /// Full name.
        pub name: String,
        /// Job title (customer contacts).
        #[serde(default)]
        pub title: String,
        /// Email address.
        pub email: String,
    }

    /// Revenue association details (Influenced Revenue recognition).
    #[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct RevenueDetails {
        /// The Dynamics solution seller's name.
        pub solution_seller: String,
        /// The customer's name.
        pub customer_name: String,
        /// The ISV product or solution name.
        pub isv_product: String,
    }

    /// A product claimed, with its subscription when one is needed.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct ClaimedProduct {
        /// The product.
        pub product_id: String,
        /// The subscription ID as entered, if any.
        #[serde(default)]
        pub subscription_id: Option<String>,
    }

    /// Everything the partner enters: the body of draft create/update. All
    /// values as typed; the server parses each with `cpor-core`. A draft may
    /// be incomplete; submitting checks it whole.
    #[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields, default)]
    pub struct ClaimInput {
        /// Partner program ID.
        pub partner_program_id: String,
        /// Customer tenant ID.
        pub tenant_id: String,
        /// Customer domain.
        pub domain: String,
        /// Solution area.
        pub solution_area: Option<SolutionArea>,
        /// Partner role.
        pub partner_role: Option<PartnerRole>,
        /// Products claimed.
        pub products: Vec<ClaimedProduct>,
        /// Claim name.
        pub claim_name: String,
        /// Customer contact.
        pub customer_contact: Contact,
        /// Customer technical contact (Dynamics 365).
        pub technical_contact: Option<Contact>,
        /// The partner's own contact.
        pub partner_contact: Contact,
        /// Revenue association details (Influenced Revenue recognition).
        pub revenue: Option<RevenueDetails>,
        /// A comment for reviewers.
        pub comment: String,
    }

    /// A proof-of-execution file on a claim.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub struct PoeFile {
        /// File id.
        pub id: String,
        /// Safe display name.
        pub name: String,
        /// Its kind, checked by content.
        pub kind: PoeKind,
        /// Size in bytes.
        pub bytes: u64,
        /// When it was uploaded.
        pub uploaded_on: Date,
    }

    /// A claim in lists.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub struct ClaimSummary {
        /// Claim id.
        pub id: String,
        /// Claim name.
        pub claim_name: String,
        /// Customer domain.
        pub domain: String,
        /// Solution area.
        pub solution_area: Option<SolutionArea>,
        /// Partner role.
        pub partner_role: Option<PartnerRole>,
        /// Product names.
        pub products: Vec<String>,
        /// Status.
        pub status: ClaimStatus,
        /// The next deadline, if a clock runs.
        pub next_deadline: Option<Date>,
        /// Whether it competes with another partner's claim.
        pub in_arbitration: bool,
        /// The customer's name (empty when the tenant is not known).
        #[serde(default)]
        pub customer_name: String,
        /// When it last changed, in seconds since the epoch.
        #[serde(default)]
        pub updated_at: i64,
    }

    /// `GET /api/claims`: one page of the organisation's claims.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub struct ClaimPage {
        /// The claims on this page.
        pub items: Vec<ClaimSummary>,
        /// How many claims match the filters.
        pub total: u64,
        /// This page (1-based).
        pub page: u32,
        /// Claims per page.
        pub per_page: u32,
        /// Today, for the server (the deadlines' countdowns start from it).
        pub today: Date,
    }

    /// `POST /api/claims/{id}/withdraw`.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct WithdrawRequest {
        /// Why (mandatory).
        pub reason: String,
    }

    /// Who wrote a comment.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum CommentSide {
        /// The claiming partner.
        Partner,
        /// A Microsoft reviewer.
        Reviewer,
        /// The product itself (arbitration notices and the like).
        System,
    }

    /// A comment on a claim: plain text, shown as text.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub struct Comment {
        /// Comment id.
        pub id: i64,
        /// When, in seconds since the epoch.
        pub at: i64,
        /// Author's display name.
        pub author: String,
        /// Which side wrote it.
        pub side: CommentSide,
        /// The comment it answers.
        pub reply_to: Option<i64>,
        /// The text.
        pub body: String,
    }

    /// `GET /api/claims/{id}/comments`.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub struct CommentsResponse {
        /// Oldest first.
        pub comments: Vec<Comment>,
        /// The reviewer's latest request, pinned while partner action is
        /// required.
        pub pinned: Option<i64>,
    }

    /// `POST /api/claims/{id}/comments`.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct NewComment {
        /// The text (at most 4,000 characters).
        pub body: String,
        /// The comment it answers.
        #[serde(default)]
        pub reply_to: Option<i64>,
    }

    /// A line of a claim's history.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub struct HistoryEntry {
        /// When, in seconds since the epoch.
        pub at: i64,
        /// Who (user id, `clock` or `customer`).
        pub actor: String,
        /// Their display name ("Claim clock" for the scheduler, "Customer"
        /// for the opt-out link).
        #[serde(default)]
        pub actor_name: String,
        /// Their side: partner, reviewer, customer, clock.
        pub actor_role: String,
        /// What happened.
        pub action: String,
        /// The field changed, if any.
        pub field: Option<String>,
        /// Its value before.
        pub old_value: Option<String>,
        /// Its value after.
        pub new_value: Option<String>,
    }

    /// `GET /api/claims/{id}/history`.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub struct HistoryResponse {
        /// Oldest first.
        pub entries: Vec<HistoryEntry>,
    }

    /// Whether a claim in the review queue is on time.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum SlaState {
        /// Due later.
        OnTime,
        /// Due today.
        DueToday,
        /// Past due.
        Overdue,
    }

    /// A claim in the reviewers' queue.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub struct QueueItem {
        /// The claim.
        #[serde(flatten)]
        pub claim: ClaimSummary,
        /// The claiming organisation's name.
        pub organisation: String,
        /// On time, due today or overdue.
        pub sla: SlaState,
    }

    /// `GET /api/review/queue`.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub struct QueueResponse {
        /// Claims awaiting a reviewer, by due date.
        pub items: Vec<QueueItem>,
    }

    /// A claim competing with the one under review.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub struct CompetingClaim {
        /// The claim.
        #[serde(flatten)]
        pub claim: ClaimSummary,
        /// The claiming organisation's name.
        pub organisation: String,
        /// When its proof of execution was last added, if it has any.
        pub latest_poe: Option<Date>,
        /// Its proof-of-execution files.
        pub files: usize,
        /// The day it was first submitted.
        pub submitted_on: Option<Date>,
    }

    /// `GET /api/review/claims/{id}`.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub struct ReviewClaim {
        /// The claim.
        pub claim: ClaimDetail,
        /// The claiming organisation's name.
        pub organisation: String,
        /// Other organisations' live claims on what this claim holds.
        pub competing: Vec<CompetingClaim>,
        /// The day this claim was first submitted.
        pub submitted_on: Option<Date>,
        /// In demo mode, the customer's opt-out link of an approved claim.
        pub opt_out_url: Option<String>,
    }

    /// `POST /api/review/claims/{id}/request-information`.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct InformationRequest {
        /// The reasons (at least one).
        pub reasons: Vec<InformationRequestReason>,
        /// What the partner should do, in the reviewer's words.
        pub comment: String,
    }

    /// `POST /api/review/claims/{id}/reject`.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct RejectRequest {
        /// Why.
        pub reason: RejectionReason,
        /// A comment for the partner.
        #[serde(default)]
        pub comment: String,
    }

    /// `GET /api/opt-out/{token}`: what the customer is asked about.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub struct OptOutView {
        /// The partner organisation.
        pub partner: String,
        /// The customer domain.
        pub domain: String,
        /// The products associated.
        pub products: Vec<String>,
        /// The last day the customer may decline.
        pub open_until: Date,
        /// Whether the customer already declined.
        pub declined: bool,
    }

    /// `POST /api/demo/clock`: move the demo clock forward.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct AdvanceClock {
        /// Days to move forward (1 to 60).
        pub days: i32,
    }

    /// The demo clock after a move, and what its deadlines did.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub struct ClockState {
        /// Today, for the server.
        pub today: Date,
        /// Claims the clock moved.
        pub moved: u32,
    }

    /// A claim in full.
    #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
    pub struct ClaimDetail {
        /// The list fields.
        #[serde(flatten)]
        pub summary: ClaimSummary,
        /// Everything entered.
        pub input: ClaimInput,
        /// The fields editable in this status.
        pub editable: Vec<ClaimField>,
        /// Proof-of-execution files.
        pub files: Vec<PoeFile>,
        /// Reasons of the latest information request, when action is needed.
        pub information_request: Vec<InformationRequestReason>,
        /// Why it was rejected, when it was.
        pub rejection: Option<RejectionReason>,
        /// The last day it can be disputed, when rejected.
        pub dispute_until: Option<Date>,
        /// What the partner may do with it today.
        #[serde(default)]
        pub offers: Vec<PartnerOffer>,
        /// The partner program it is claimed for, when that is one of the
        /// organisation's programs.
        #[serde(default)]
        pub program: Option<PartnerProgram>,
        /// The day it was first submitted, by the server's clock.
        #[serde(default)]
        pub submitted_on: Option<Date>,
        /// When it was created, in seconds since the epoch.
        #[serde(default)]
        pub created_at: i64,
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
        /// When a subscription becomes claimable (provisioned less than 7
        /// days ago).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub claimable_from: Option<Date>,
        /// Every problem of a claim that cannot be submitted yet.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub problems: Vec<crate::claim::AnswerProblem>,
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
                claimable_from: None,
                problems: Vec::new(),
            }
        }

        /// The catalog code, when this side knows it.
        pub fn error_code(&self) -> Option<ErrorCode> {
            ErrorCode::from_code(&self.code)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::v1::*;
    use crate::catalog::ErrorCode;

    #[test]
    fn problem_bodies_carry_the_catalog_entry() {
        let p = Problem::new(ErrorCode::UnknownTenant, 422, "No such tenant.");
        let json = serde_json::to_value(&p).unwrap();
        assert_eq!(json["type"], "urn:cpor:problem:unknown_tenant");
        assert_eq!(json["code"], "unknown_tenant");
        assert_eq!(json["field"], "tenant_id");
        assert!(json["support_url"].as_str().unwrap().starts_with("https://partner.microsoft.com/"));
        assert!(json.get("request_id").is_none());
        assert_eq!(serde_json::from_value::<Problem>(json).unwrap(), p);
    }

    #[test]
    fn a_competing_claim_reads_back_what_the_server_writes() {
        let c = CompetingClaim {
            claim: ClaimSummary {
                id: "CL-1".into(),
                claim_name: "x".into(),
                domain: "contoso.com".into(),
                solution_area: None,
                partner_role: Some(crate::roles::PartnerRole::UseOrConsume),
                products: vec![],
                status: crate::ClaimStatus::Submitted,
                next_deadline: None,
                in_arbitration: true,
                customer_name: "Contoso Ltd".into(),
                updated_at: 1_764_000_000,
            },
            organisation: "Adatum".into(),
            latest_poe: None,
            files: 1,
            submitted_on: crate::Date::parse("2026-11-24").ok(),
        };
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(serde_json::from_str::<CompetingClaim>(&json).unwrap(), c);
    }

    #[test]
    fn claim_input_refuses_unknown_fields_and_defaults_missing_ones() {
        let input: ClaimInput =
            serde_json::from_str(r#"{"tenant_id":"x","solution_area":"business_applications"}"#).unwrap();
        assert_eq!(input.tenant_id, "x");
        assert!(input.products.is_empty());
        assert!(serde_json::from_str::<ClaimInput>(r#"{"status":"approved"}"#).is_err());
    }
}
