//! The claim lifecycle: statuses, who may do what in which status (partner,
//! reviewer, customer, clock), typed refusals, which fields stay editable,
//! and the reasons reviewers give.

use std::fmt;

use cpor_i18n::{msg, t, Msg, Text};
use serde::{Deserialize, Serialize};

use crate::catalog::ErrorCode;
use crate::clock::BusinessCalendar;
use crate::date::Date;

/// Where a claim stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimStatus {
    /// Created, not yet submitted (a draft; PoE may be missing).
    Editing,
    /// Submitted; review not started.
    Submitted,
    /// Reviewers are checking the PoE.
    UnderReview,
    /// Reviewers asked the partner for more (in comments).
    PartnerActionRequired,
    /// PoE accepted; the customer may opt out for 7 days.
    Approved,
    /// The opt-out window passed: on to incentive eligibility.
    Eligible,
    /// Refused (see [`RejectionReason`]); may be disputed for 30 days.
    Rejected,
    /// The partner disputed the rejection; reviewers decide again.
    Disputed,
    /// The partner withdrew (disassociated) the claim.
    Withdrawn,
}

impl ClaimStatus {
    /// Every status.
    pub const ALL: [Self; 9] = [
        Self::Editing,
        Self::Submitted,
        Self::UnderReview,
        Self::PartnerActionRequired,
        Self::Approved,
        Self::Eligible,
        Self::Rejected,
        Self::Disputed,
        Self::Withdrawn,
    ];

    /// The status's name as Partner Center shows it, as a message.
    pub fn message(self) -> Msg<0> {
        match self {
            Self::Editing => msg::STATUS_EDITING,
            Self::Submitted => msg::STATUS_SUBMITTED,
            Self::UnderReview => msg::STATUS_UNDER_REVIEW,
            Self::PartnerActionRequired => msg::STATUS_PARTNER_ACTION_REQUIRED,
            Self::Approved => msg::STATUS_APPROVED,
            Self::Eligible => msg::STATUS_ELIGIBLE,
            Self::Rejected => msg::STATUS_REJECTED,
            Self::Disputed => msg::STATUS_DISPUTED,
            Self::Withdrawn => msg::STATUS_WITHDRAWN,
        }
    }

    /// The status's name as Partner Center shows it, in the current
    /// language.
    pub fn label(self) -> String {
        t(self.message(), [])
    }

    /// The status's key, as the API spells it (`under_review`): what
    /// messages choose their words on.
    pub fn key(self) -> &'static str {
        match self {
            Self::Editing => "editing",
            Self::Submitted => "submitted",
            Self::UnderReview => "under_review",
            Self::PartnerActionRequired => "partner_action_required",
            Self::Approved => "approved",
            Self::Eligible => "eligible",
            Self::Rejected => "rejected",
            Self::Disputed => "disputed",
            Self::Withdrawn => "withdrawn",
        }
    }

    /// Whether the claim holds or contests its product/subscription (counts
    /// for exclusivity). Drafts and ended claims do not.
    pub fn is_live(self) -> bool {
        matches!(
            self,
            Self::Submitted
                | Self::UnderReview
                | Self::PartnerActionRequired
                | Self::Approved
                | Self::Eligible
                | Self::Disputed
        )
    }

    /// The fields the partner may still change in this status.
    pub fn editable_fields(self) -> &'static [ClaimField] {
        match self {
            Self::Editing => &ClaimField::ALL,
            Self::Submitted | Self::PartnerActionRequired => &[
                ClaimField::PartnerProgramId,
                ClaimField::Products,
                ClaimField::Contacts,
                ClaimField::ProofOfExecution,
            ],
            _ => &[],
        }
    }

    /// Whether `field` may be changed in this status.
    pub fn can_edit(self, field: ClaimField) -> bool {
        self.editable_fields().contains(&field)
    }
}

impl fmt::Display for ClaimStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

/// The parts of a claim, for editability.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimField {
    /// Partner program ID.
    PartnerProgramId,
    /// Customer tenant ID and domain.
    Customer,
    /// Solution area and partner role.
    SolutionAreaAndRole,
    /// Products and subscriptions.
    Products,
    /// Claim name.
    ClaimName,
    /// Customer, technical and partner contacts.
    Contacts,
    /// Revenue association details (Influenced Revenue recognition).
    RevenueDetails,
    /// Proof of execution files (adding, with a comment, after submission).
    ProofOfExecution,
}

impl ClaimField {
    /// Every field.
    pub const ALL: [Self; 8] = [
        Self::PartnerProgramId,
        Self::Customer,
        Self::SolutionAreaAndRole,
        Self::Products,
        Self::ClaimName,
        Self::Contacts,
        Self::RevenueDetails,
        Self::ProofOfExecution,
    ];
}

/// Why reviewers ask the partner for more ("Partner action required").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InformationRequestReason {
    /// No proof of execution.
    PoeMissing,
    /// The PoE lacks the customer's acknowledgement or signature.
    PoeNotAcknowledged,
    /// Dates missing, or older than 12 months.
    PoeDateMissingOrOld,
    /// The PoE does not describe the partner's work.
    PoeWorkNotDescribed,
    /// The PoE does not name the claimed products.
    PoeProductsNotNamed,
    /// Something else, explained in the comment.
    Other,
}

impl InformationRequestReason {
    /// Every reason, in the order reviewers see them.
    pub const ALL: [Self; 6] = [
        Self::PoeMissing,
        Self::PoeNotAcknowledged,
        Self::PoeDateMissingOrOld,
        Self::PoeWorkNotDescribed,
        Self::PoeProductsNotNamed,
        Self::Other,
    ];

    /// The reason as the partner reads it, as a message.
    pub fn message(self) -> Msg<0> {
        match self {
            Self::PoeMissing => msg::TRANSITION_REQUEST_POE_MISSING,
            Self::PoeNotAcknowledged => msg::TRANSITION_REQUEST_POE_NOT_ACKNOWLEDGED,
            Self::PoeDateMissingOrOld => msg::TRANSITION_REQUEST_POE_DATE,
            Self::PoeWorkNotDescribed => msg::TRANSITION_REQUEST_POE_WORK,
            Self::PoeProductsNotNamed => msg::TRANSITION_REQUEST_POE_PRODUCTS,
            Self::Other => msg::TRANSITION_REQUEST_OTHER,
        }
    }

    /// The reason as the partner reads it, in the current language.
    pub fn label(self) -> String {
        t(self.message(), [])
    }
}

/// Why a claim was rejected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RejectionReason {
    /// The proof of execution is insufficient.
    PoeInsufficient,
    /// The partner did not answer an information request in time.
    NoPartnerResponse,
    /// The partner asked for it.
    PartnerRequest,
    /// The customer declined the association.
    CustomerDeclined,
    /// Another partner's competing claim was approved in arbitration.
    CompetingClaimApproved,
}

impl RejectionReason {
    /// Every reason.
    pub const ALL: [Self; 5] = [
        Self::PoeInsufficient,
        Self::NoPartnerResponse,
        Self::PartnerRequest,
        Self::CustomerDeclined,
        Self::CompetingClaimApproved,
    ];

    /// The reason as the partner reads it, as a message.
    pub fn message(self) -> Msg<0> {
        match self {
            Self::PoeInsufficient => msg::TRANSITION_REJECTION_POE_INSUFFICIENT,
            Self::NoPartnerResponse => msg::TRANSITION_REJECTION_NO_PARTNER_RESPONSE,
            Self::PartnerRequest => msg::TRANSITION_REJECTION_PARTNER_REQUEST,
            Self::CustomerDeclined => msg::TRANSITION_REJECTION_CUSTOMER_DECLINED,
            Self::CompetingClaimApproved => msg::TRANSITION_REJECTION_COMPETING_CLAIM_APPROVED,
        }
    }

    /// The reason as the partner reads it, in the current language.
    pub fn label(self) -> String {
        t(self.message(), [])
    }

    /// Whether the partner may dispute a rejection for this reason.
    pub fn disputable(self) -> bool {
        !matches!(self, Self::PartnerRequest | Self::CustomerDeclined)
    }
}

/// Who acts on a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Actor {
    /// A partner admin of the claiming organisation.
    Partner,
    /// A Microsoft reviewer.
    Reviewer,
    /// The customer (through the opt-out link).
    Customer,
    /// The scheduler applying a deadline.
    Clock,
}

/// Something that moves a claim.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "action")]
pub enum Action {
    /// Partner: send the draft for review.
    Submit,
    /// Partner: answer an information request.
    Resubmit,
    /// Partner: contest a rejection.
    Dispute,
    /// Partner: withdraw (disassociate), with a reason.
    Withdraw {
        /// Why (mandatory).
        reason: String,
    },
    /// Reviewer: start reviewing.
    StartReview,
    /// Reviewer: ask the partner for more.
    RequestInformation {
        /// The reasons (at least one).
        reasons: Vec<InformationRequestReason>,
    },
    /// Reviewer: approve.
    Approve,
    /// Reviewer: reject.
    Reject {
        /// Why.
        reason: RejectionReason,
    },
    /// Reviewer, deciding an arbitration: this claim wins the contested
    /// products (it is approved, or stays approved or eligible).
    WinArbitration,
    /// Reviewer, deciding an arbitration: another partner's claim won, so
    /// this one ends, whatever its status.
    LoseArbitration,
    /// Customer: decline the association.
    OptOut,
    /// Clock: the partner did not answer in time.
    PartnerResponseExpired,
    /// Clock: the opt-out window passed.
    OptOutWindowPassed,
}

impl Action {
    /// Who may take this action.
    pub fn actor(&self) -> Actor {
        match self {
            Self::Submit | Self::Resubmit | Self::Dispute | Self::Withdraw { .. } => Actor::Partner,
            Self::StartReview
            | Self::RequestInformation { .. }
            | Self::Approve
            | Self::Reject { .. }
            | Self::WinArbitration
            | Self::LoseArbitration => Actor::Reviewer,
            Self::OptOut => Actor::Customer,
            Self::PartnerResponseExpired | Self::OptOutWindowPassed => Actor::Clock,
        }
    }

    /// The action's key, as the API spells it (`start_review`): what
    /// messages choose their words on.
    pub fn key(&self) -> &'static str {
        match self {
            Self::Submit => "submit",
            Self::Resubmit => "resubmit",
            Self::Dispute => "dispute",
            Self::Withdraw { .. } => "withdraw",
            Self::StartReview => "start_review",
            Self::RequestInformation { .. } => "request_information",
            Self::Approve => "approve",
            Self::Reject { .. } => "reject",
            Self::WinArbitration => "win_arbitration",
            Self::LoseArbitration => "lose_arbitration",
            Self::OptOut => "opt_out",
            Self::PartnerResponseExpired => "partner_response_expired",
            Self::OptOutWindowPassed => "opt_out_window_passed",
        }
    }

    /// A short English name for the history and request keys (stored, so
    /// never translated; messages use [`Action::key`]).
    pub fn label(&self) -> &'static str {
        match self {
            Self::Submit => "submit",
            Self::Resubmit => "resubmit",
            Self::Dispute => "dispute",
            Self::Withdraw { .. } => "withdraw",
            Self::StartReview => "start the review",
            Self::RequestInformation { .. } => "request information",
            Self::Approve => "approve",
            Self::Reject { .. } => "reject",
            Self::WinArbitration => "win the arbitration",
            Self::LoseArbitration => "lose the arbitration",
            Self::OptOut => "opt out",
            Self::PartnerResponseExpired => "close for no partner response",
            Self::OptOutWindowPassed => "end the opt-out window",
        }
    }
}

/// What a transition needs to know about the claim besides its status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClaimClock {
    /// The current status.
    pub status: ClaimStatus,
    /// The day the claim entered it.
    pub since: Date,
    /// Why it was rejected, when it is.
    pub rejection: Option<RejectionReason>,
}

/// Why an action is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TransitionRefusal {
    /// This actor may not take this action at all.
    NotYourAction {
        /// Who tried.
        actor: Actor,
        /// Who may.
        allowed: Actor,
    },
    /// The action does not apply in the current status.
    WrongStatus {
        /// The current status.
        status: ClaimStatus,
        /// The action's key ([`Action::key`]).
        action: &'static str,
    },
    /// A window (dispute, opt-out) closed on the given day.
    WindowClosed {
        /// The last day it was open.
        closed_after: Date,
    },
    /// A deadline has not passed yet (clock actions only).
    NotDueYet {
        /// The deadline.
        due: Date,
    },
    /// The rejection reason cannot be disputed.
    NotDisputable {
        /// The reason.
        reason: RejectionReason,
    },
    /// A mandatory reason is missing.
    ReasonRequired,
    /// The claim competes with another partner's: only the arbitration
    /// decision decides it.
    InArbitration,
}

impl TransitionRefusal {
    /// The stable error code.
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::NotYourAction { .. } => ErrorCode::ActionNotAllowed,
            Self::WrongStatus { .. } => ErrorCode::WrongStatus,
            Self::WindowClosed { .. } => ErrorCode::WindowClosed,
            Self::NotDueYet { .. } => ErrorCode::WrongStatus,
            Self::NotDisputable { .. } => ErrorCode::NotDisputable,
            Self::ReasonRequired => ErrorCode::ReasonRequired,
            Self::InArbitration => ErrorCode::InArbitration,
        }
    }
}

impl TransitionRefusal {
    /// The sentence saying why.
    pub fn text(&self) -> Text {
        match self {
            Self::NotYourAction { allowed, .. } => {
                let who = match allowed {
                    Actor::Partner => "partner",
                    Actor::Reviewer => "reviewer",
                    Actor::Customer => "customer",
                    Actor::Clock => "clock",
                };
                Text::new(msg::TRANSITION_NOT_YOUR_ACTION, [who.into()])
            }
            Self::WrongStatus { status, action } => {
                Text::new(msg::TRANSITION_WRONG_STATUS, [(*action).into(), status.key().into()])
            }
            Self::WindowClosed { closed_after } => {
                Text::new(msg::TRANSITION_WINDOW_CLOSED, [closed_after.text().into()])
            }
            Self::NotDueYet { due } => Text::new(msg::TRANSITION_NOT_DUE_YET, [due.text().into()]),
            Self::NotDisputable { reason } => Text::new(msg::TRANSITION_NOT_DISPUTABLE, [reason.message().into()]),
            Self::ReasonRequired => msg::TRANSITION_REASON_REQUIRED.into(),
            Self::InArbitration => msg::TRANSITION_IN_ARBITRATION.into(),
        }
    }
}

impl fmt::Display for TransitionRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text().fmt(f)
    }
}

/// The status a claim moves to when `action` is taken on `today`, or why it
/// cannot. Every status change of the product goes through here.
pub fn transition(
    claim: &ClaimClock,
    actor: Actor,
    action: &Action,
    today: Date,
    calendar: &BusinessCalendar,
) -> Result<ClaimStatus, TransitionRefusal> {
    use ClaimStatus as S;
    if action.actor() != actor {
        return Err(TransitionRefusal::NotYourAction { actor, allowed: action.actor() });
    }
    let wrong = || TransitionRefusal::WrongStatus { status: claim.status, action: action.key() };
    match (action, claim.status) {
        (Action::Submit, S::Editing) => Ok(S::Submitted),
        (Action::Resubmit, S::PartnerActionRequired) => Ok(S::UnderReview),
        (Action::Dispute, S::Rejected) => {
            let reason = claim.rejection.unwrap_or(RejectionReason::PoeInsufficient);
            if !reason.disputable() {
                return Err(TransitionRefusal::NotDisputable { reason });
            }
            let closes = calendar.dispute_window_end(claim.since);
            if today > closes {
                return Err(TransitionRefusal::WindowClosed { closed_after: closes });
            }
            Ok(S::Disputed)
        }
        (Action::Withdraw { reason }, _) if reason.trim().is_empty() => Err(TransitionRefusal::ReasonRequired),
        (
            Action::Withdraw { .. },
            S::Editing
            | S::Submitted
            | S::UnderReview
            | S::PartnerActionRequired
            | S::Approved
            | S::Eligible
            | S::Disputed,
        ) => Ok(S::Withdrawn),
        (Action::StartReview, S::Submitted) => Ok(S::UnderReview),
        (Action::RequestInformation { reasons }, _) if reasons.is_empty() => Err(TransitionRefusal::ReasonRequired),
        (Action::RequestInformation { .. }, S::UnderReview | S::Disputed) => Ok(S::PartnerActionRequired),
        (Action::Approve, S::UnderReview | S::Disputed) => Ok(S::Approved),
        (Action::Reject { .. }, S::Submitted | S::UnderReview | S::Disputed) => Ok(S::Rejected),
        (Action::WinArbitration, S::Submitted | S::UnderReview | S::PartnerActionRequired | S::Disputed) => {
            Ok(S::Approved)
        }
        (Action::WinArbitration, S::Approved | S::Eligible) => Ok(claim.status),
        (
            Action::LoseArbitration,
            S::Submitted | S::UnderReview | S::PartnerActionRequired | S::Disputed | S::Approved | S::Eligible,
        ) => Ok(S::Rejected),
        (Action::OptOut, S::Approved) => {
            let closes = calendar.opt_out_end(claim.since);
            if today > closes {
                return Err(TransitionRefusal::WindowClosed { closed_after: closes });
            }
            Ok(S::Rejected)
        }
        (Action::PartnerResponseExpired, S::PartnerActionRequired) => {
            let due = calendar.partner_response_due(claim.since);
            if today <= due {
                return Err(TransitionRefusal::NotDueYet { due });
            }
            Ok(S::Rejected)
        }
        (Action::OptOutWindowPassed, S::Approved) => {
            let closes = calendar.opt_out_end(claim.since);
            if today <= closes {
                return Err(TransitionRefusal::NotDueYet { due: closes });
            }
            Ok(S::Eligible)
        }
        _ => Err(wrong()),
    }
}

/// Something the partner can do from a claim's page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartnerOffer {
    /// Carry on with the draft in the claim flow.
    ContinueDraft,
    /// Change the answers still open in this status, or add proof of execution.
    Edit,
    /// Answer an information request.
    Resubmit,
    /// Contest the rejection, while the window is open.
    Dispute,
    /// Disassociate, with a reason.
    Withdraw,
    /// Start a new claim for a subscription that expired and was renewed.
    Reclaim,
}

/// What the partner may do with a claim on `today`: each offer exactly when
/// [`transition`] would allow it. `reclaimable` says whether one of the
/// claim's subscriptions expired (the server knows).
pub fn partner_offers(
    claim: &ClaimClock,
    today: Date,
    calendar: &BusinessCalendar,
    reclaimable: bool,
) -> Vec<PartnerOffer> {
    let allows = |action: Action| transition(claim, Actor::Partner, &action, today, calendar).is_ok();
    let mut offers = Vec::new();
    if claim.status == ClaimStatus::Editing {
        offers.push(PartnerOffer::ContinueDraft);
        return offers;
    }
    if !claim.status.editable_fields().is_empty() {
        offers.push(PartnerOffer::Edit);
    }
    if allows(Action::Resubmit) {
        offers.push(PartnerOffer::Resubmit);
    }
    if allows(Action::Dispute) {
        offers.push(PartnerOffer::Dispute);
    }
    if allows(Action::Withdraw { reason: "-".to_owned() }) {
        offers.push(PartnerOffer::Withdraw);
    }
    if reclaimable && claim.status != ClaimStatus::Withdrawn {
        offers.push(PartnerOffer::Reclaim);
    }
    offers
}

/// The next deadline of a claim that entered `status` on `since`, if a
/// clock runs in that status.
pub fn next_deadline(status: ClaimStatus, since: Date, calendar: &BusinessCalendar) -> Option<Date> {
    match status {
        ClaimStatus::Submitted => Some(calendar.review_start_due(since)),
        ClaimStatus::UnderReview => Some(calendar.review_decision_due(since)),
        ClaimStatus::PartnerActionRequired => Some(calendar.partner_response_due(since)),
        ClaimStatus::Approved => Some(calendar.opt_out_end(since)),
        ClaimStatus::Rejected => Some(calendar.dispute_window_end(since)),
        ClaimStatus::Disputed => Some(calendar.dispute_decision_due(since)),
        ClaimStatus::Editing | ClaimStatus::Eligible | ClaimStatus::Withdrawn => None,
    }
}

/// The rejection reason a transition to Rejected records.
pub fn rejection_reason(action: &Action) -> Option<RejectionReason> {
    match action {
        Action::Reject { reason } => Some(*reason),
        Action::OptOut => Some(RejectionReason::CustomerDeclined),
        Action::PartnerResponseExpired => Some(RejectionReason::NoPartnerResponse),
        Action::LoseArbitration => Some(RejectionReason::CompetingClaimApproved),
        _ => None,
    }
}

/// Whether `action` may decide a claim that is `in_arbitration`: a plain
/// approval may not (it would leave the competing claims standing); only
/// the arbitration decision ([`Action::WinArbitration`]) approves one of
/// them.
pub fn arbitration_allows(action: &Action, in_arbitration: bool) -> Result<(), TransitionRefusal> {
    match action {
        Action::Approve if in_arbitration => Err(TransitionRefusal::InArbitration),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ClaimStatus as S;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn at(status: ClaimStatus, since: &str) -> ClaimClock {
        ClaimClock { status, since: d(since), rejection: None }
    }

    fn go(claim: ClaimClock, action: Action, today: &str) -> Result<ClaimStatus, ErrorCode> {
        let cal = BusinessCalendar::weekends_only();
        transition(&claim, action.actor(), &action, d(today), &cal).map_err(|e| e.code())
    }

    #[test]
    fn the_happy_path() {
        let day = "2026-11-24";
        assert_eq!(go(at(S::Editing, day), Action::Submit, day), Ok(S::Submitted));
        assert_eq!(go(at(S::Submitted, day), Action::StartReview, day), Ok(S::UnderReview));
        let ask = Action::RequestInformation { reasons: vec![InformationRequestReason::PoeNotAcknowledged] };
        assert_eq!(go(at(S::UnderReview, day), ask, day), Ok(S::PartnerActionRequired));
        assert_eq!(go(at(S::PartnerActionRequired, day), Action::Resubmit, day), Ok(S::UnderReview));
        assert_eq!(go(at(S::UnderReview, day), Action::Approve, day), Ok(S::Approved));
        assert_eq!(go(at(S::Approved, day), Action::OptOutWindowPassed, "2026-12-02"), Ok(S::Eligible));
    }

    #[test]
    fn clocks_and_windows() {
        // Information requested on Tuesday 24 Nov: due Tuesday 1 Dec.
        let pending = at(S::PartnerActionRequired, "2026-11-24");
        assert_eq!(go(pending, Action::PartnerResponseExpired, "2026-12-01"), Err(ErrorCode::WrongStatus));
        assert_eq!(go(pending, Action::PartnerResponseExpired, "2026-12-02"), Ok(S::Rejected));
        // Opt-out window: 7 calendar days.
        let approved = at(S::Approved, "2026-11-24");
        assert_eq!(go(approved, Action::OptOut, "2026-12-01"), Ok(S::Rejected));
        assert_eq!(go(approved, Action::OptOut, "2026-12-02"), Err(ErrorCode::WindowClosed));
        assert_eq!(go(approved, Action::OptOutWindowPassed, "2026-12-01"), Err(ErrorCode::WrongStatus));
        // Dispute window: 30 calendar days.
        let rejected =
            ClaimClock { rejection: Some(RejectionReason::PoeInsufficient), ..at(S::Rejected, "2026-11-24") };
        assert_eq!(go(rejected, Action::Dispute, "2026-12-24"), Ok(S::Disputed));
        assert_eq!(go(rejected, Action::Dispute, "2026-12-25"), Err(ErrorCode::WindowClosed));
        let declined = ClaimClock { rejection: Some(RejectionReason::CustomerDeclined), ..rejected };
        assert_eq!(go(declined, Action::Dispute, "2026-11-25"), Err(ErrorCode::NotDisputable));
    }

    #[test]
    fn each_actor_only_its_own_actions() {
        let cal = BusinessCalendar::weekends_only();
        let claim = at(S::UnderReview, "2026-11-24");
        let refusal = transition(&claim, Actor::Partner, &Action::Approve, d("2026-11-24"), &cal).unwrap_err();
        assert_eq!(refusal.code(), ErrorCode::ActionNotAllowed);
        assert_eq!(refusal.to_string(), "Only a Microsoft reviewer can do this.");
        let refusal = transition(&claim, Actor::Reviewer, &Action::Submit, d("2026-11-24"), &cal).unwrap_err();
        assert_eq!(refusal.code(), ErrorCode::ActionNotAllowed);
    }

    #[test]
    fn every_action_in_every_status_has_an_answer() {
        let actions = [
            Action::Submit,
            Action::Resubmit,
            Action::Dispute,
            Action::Withdraw { reason: "Customer changed partner".into() },
            Action::StartReview,
            Action::RequestInformation { reasons: vec![InformationRequestReason::Other] },
            Action::Approve,
            Action::Reject { reason: RejectionReason::PoeInsufficient },
            Action::OptOut,
            Action::PartnerResponseExpired,
            Action::OptOutWindowPassed,
        ];
        let mut allowed = 0;
        for status in ClaimStatus::ALL {
            for action in &actions {
                if go(at(status, "2026-11-02"), action.clone(), "2026-11-24").is_ok() {
                    allowed += 1;
                }
            }
        }
        // Submit, Resubmit, Dispute, Withdraw×7, StartReview, Request×2,
        // Approve×2, Reject×3, OptOut (window closed here: 0),
        // PartnerResponseExpired, OptOutWindowPassed.
        assert_eq!(allowed, 1 + 1 + 1 + 7 + 1 + 2 + 2 + 3 + 1 + 1);
        assert_eq!(go(at(S::Withdrawn, "2026-11-24"), Action::Approve, "2026-11-24"), Err(ErrorCode::WrongStatus));
    }

    #[test]
    fn deadlines_by_status() {
        let cal = BusinessCalendar::weekends_only();
        let tue = d("2026-11-24");
        assert_eq!(next_deadline(S::Submitted, tue, &cal), Some(d("2026-12-01")));
        assert_eq!(next_deadline(S::Approved, tue, &cal), Some(d("2026-12-01")));
        assert_eq!(next_deadline(S::Rejected, tue, &cal), Some(d("2026-12-24")));
        assert_eq!(next_deadline(S::Editing, tue, &cal), None);
        assert_eq!(next_deadline(S::Withdrawn, tue, &cal), None);
    }

    #[test]
    fn reasons_are_mandatory() {
        assert_eq!(
            go(at(S::Submitted, "2026-11-24"), Action::Withdraw { reason: "  ".into() }, "2026-11-24"),
            Err(ErrorCode::ReasonRequired)
        );
        assert_eq!(
            go(at(S::UnderReview, "2026-11-24"), Action::RequestInformation { reasons: vec![] }, "2026-11-24"),
            Err(ErrorCode::ReasonRequired)
        );
    }

    #[test]
    fn editable_fields_by_status() {
        assert_eq!(S::Editing.editable_fields().len(), ClaimField::ALL.len());
        for status in [S::Submitted, S::PartnerActionRequired] {
            assert!(status.can_edit(ClaimField::PartnerProgramId));
            assert!(status.can_edit(ClaimField::Products));
            assert!(status.can_edit(ClaimField::Contacts));
            assert!(status.can_edit(ClaimField::ProofOfExecution));
            assert!(!status.can_edit(ClaimField::Customer));
            assert!(!status.can_edit(ClaimField::SolutionAreaAndRole));
            assert!(!status.can_edit(ClaimField::ClaimName));
        }
        for status in [S::UnderReview, S::Approved, S::Rejected, S::Withdrawn, S::Eligible, S::Disputed] {
            assert!(status.editable_fields().is_empty(), "{status:?}");
        }
    }

    #[test]
    fn offers_follow_the_transitions() {
        use PartnerOffer as O;
        let cal = BusinessCalendar::weekends_only();
        let offers =
            |claim: ClaimClock, today: &str, reclaimable: bool| partner_offers(&claim, d(today), &cal, reclaimable);
        assert_eq!(offers(at(S::Editing, "2026-11-24"), "2026-11-24", true), vec![O::ContinueDraft]);
        assert_eq!(offers(at(S::Submitted, "2026-11-24"), "2026-11-24", false), vec![O::Edit, O::Withdraw]);
        assert_eq!(
            offers(at(S::PartnerActionRequired, "2026-11-24"), "2026-11-24", false),
            vec![O::Edit, O::Resubmit, O::Withdraw]
        );
        assert_eq!(offers(at(S::UnderReview, "2026-11-24"), "2026-11-24", false), vec![O::Withdraw]);
        let rejected =
            ClaimClock { rejection: Some(RejectionReason::PoeInsufficient), ..at(S::Rejected, "2026-11-24") };
        assert_eq!(offers(rejected, "2026-12-24", false), vec![O::Dispute]);
        assert_eq!(offers(rejected, "2026-12-25", false), Vec::<PartnerOffer>::new());
        let declined = ClaimClock { rejection: Some(RejectionReason::CustomerDeclined), ..rejected };
        assert_eq!(offers(declined, "2026-11-25", false), Vec::<PartnerOffer>::new());
        assert_eq!(offers(at(S::Eligible, "2026-11-24"), "2026-11-24", true), vec![O::Withdraw, O::Reclaim]);
        assert_eq!(offers(at(S::Withdrawn, "2026-11-24"), "2026-11-24", true), Vec::<PartnerOffer>::new());
    }

    #[test]
    fn arbitration_decides_whatever_the_competing_claims_status() {
        let cal = BusinessCalendar::weekends_only();
        let today = d("2026-11-24");
        let reviewer = |status: ClaimStatus, action: &Action| {
            transition(&at(status, "2026-11-24"), Actor::Reviewer, action, today, &cal)
        };
        for status in [S::Submitted, S::UnderReview, S::PartnerActionRequired, S::Disputed] {
            assert_eq!(reviewer(status, &Action::WinArbitration), Ok(S::Approved), "{status:?}");
        }
        for status in [S::Approved, S::Eligible] {
            assert_eq!(reviewer(status, &Action::WinArbitration), Ok(status), "an incumbent keeps its status");
        }
        for status in [S::Submitted, S::UnderReview, S::PartnerActionRequired, S::Disputed, S::Approved, S::Eligible] {
            assert_eq!(reviewer(status, &Action::LoseArbitration), Ok(S::Rejected), "{status:?}");
        }
        assert!(reviewer(S::Withdrawn, &Action::LoseArbitration).is_err());
        assert_eq!(rejection_reason(&Action::LoseArbitration), Some(RejectionReason::CompetingClaimApproved));
        assert_eq!(arbitration_allows(&Action::Approve, true), Err(TransitionRefusal::InArbitration));
        assert_eq!(TransitionRefusal::InArbitration.code(), ErrorCode::InArbitration);
        assert_eq!(arbitration_allows(&Action::Approve, false), Ok(()));
        assert_eq!(arbitration_allows(&Action::WinArbitration, true), Ok(()));
        assert_eq!(arbitration_allows(&Action::StartReview, true), Ok(()));
    }
}
