//! What a claim's page says first: where the claim stands and the next
//! thing the partner must do (or that nothing is needed), with its
//! deadline; and the arbitration notice worded for the side the partner is
//! on. Only what the current status makes true is said, so no notice
//! outlives the decision it was about.

use cpor_core::api::v1::{ClaimDetail, ClaimInput};
use cpor_core::lifecycle::RejectionReason;
use cpor_core::ClaimStatus;
use cpor_i18n::{msg, tr, Msg};

/// How a status reads in the app ("Draft" for a claim still being written).
pub fn status_label(status: ClaimStatus) -> String {
    match status {
        ClaimStatus::Editing => tr!(CLAIM_PAGE_STATUS_DRAFT),
        other => other.label(),
    }
}

/// The tone of a notice (its colour and icon in the view).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// To know.
    Info,
    /// Went well.
    Success,
    /// Needs the partner.
    Warning,
    /// Refused.
    Error,
}

/// A notice: a title and what it means.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// Its tone.
    pub tone: Tone,
    /// The title, in bold.
    pub title: String,
    /// The sentence under it.
    pub body: String,
}

fn notice(tone: Tone, title: impl Into<String>, body: impl Into<String>) -> Notice {
    Notice { tone, title: title.into(), body: body.into() }
}

/// A title that names the next deadline when there is one: `plain`
/// without, `with` ("… by 1 December 2026 (5 business days left)") with.
fn by(deadline: Option<&(String, String)>, plain: Msg<0>, with: Msg<2>) -> String {
    match deadline {
        Some((date, countdown)) => cpor_i18n::t(with, [date.clone().into(), lower_first(countdown).into()]),
        None => cpor_i18n::t(plain, []),
    }
}

/// `text` with its first letter in lower case, to follow in a sentence
/// ("Due today" → "due today"; the other words keep their case).
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Where a claim in `status` stands and what comes next. `deadline` is the
/// next deadline's date and countdown; `rejection` and `dispute_until`
/// matter once rejected.
pub fn next_step(
    status: ClaimStatus,
    deadline: Option<&(String, String)>,
    rejection: Option<RejectionReason>,
    dispute_until: Option<&str>,
) -> Notice {
    match status {
        ClaimStatus::Editing => notice(Tone::Info, tr!(CLAIM_PAGE_DRAFT_TITLE), tr!(CLAIM_PAGE_DRAFT_BODY)),
        ClaimStatus::Submitted => notice(
            Tone::Info,
            by(deadline, msg::CLAIM_PAGE_SUBMITTED_TITLE, msg::CLAIM_PAGE_SUBMITTED_TITLE_BY),
            tr!(CLAIM_PAGE_SUBMITTED_BODY),
        ),
        ClaimStatus::UnderReview => notice(
            Tone::Info,
            by(deadline, msg::CLAIM_PAGE_REVIEW_TITLE, msg::CLAIM_PAGE_REVIEW_TITLE_BY),
            tr!(CLAIM_PAGE_REVIEW_BODY),
        ),
        ClaimStatus::PartnerActionRequired => notice(
            Tone::Warning,
            by(deadline, msg::CLAIM_PAGE_ACTION_TITLE, msg::CLAIM_PAGE_ACTION_TITLE_BY),
            tr!(CLAIM_PAGE_ACTION_BODY),
        ),
        ClaimStatus::Approved => notice(
            Tone::Success,
            tr!(CLAIM_PAGE_APPROVED_TITLE),
            match deadline {
                Some((date, _)) => tr!(CLAIM_PAGE_APPROVED_BODY_UNTIL, date.clone()),
                None => tr!(CLAIM_PAGE_APPROVED_BODY),
            },
        ),
        ClaimStatus::Eligible => notice(Tone::Success, tr!(CLAIM_PAGE_ELIGIBLE_TITLE), tr!(CLAIM_PAGE_ELIGIBLE_BODY)),
        ClaimStatus::Rejected => notice(
            Tone::Error,
            match rejection {
                Some(r) => tr!(CLAIM_PAGE_REJECTED_TITLE_REASON, r.label()),
                None => tr!(CLAIM_PAGE_REJECTED_TITLE),
            },
            match (dispute_until, rejection.is_none_or(RejectionReason::disputable)) {
                (Some(until), true) => tr!(CLAIM_PAGE_REJECTED_BODY_UNTIL, until.to_owned()),
                _ => tr!(CLAIM_PAGE_REJECTED_BODY),
            },
        ),
        ClaimStatus::Disputed => notice(
            Tone::Info,
            by(deadline, msg::CLAIM_PAGE_DISPUTED_TITLE, msg::CLAIM_PAGE_DISPUTED_TITLE_BY),
            tr!(CLAIM_PAGE_DISPUTED_BODY),
        ),
        ClaimStatus::Withdrawn => notice(Tone::Info, tr!(CLAIM_PAGE_WITHDRAWN_TITLE), tr!(CLAIM_PAGE_WITHDRAWN_BODY)),
    }
}

/// The arbitration notice, when the claim competes with another partner's
/// and is still live: the claimant hears how arbitration works, the
/// partner already holding the product hears that someone else claims it.
pub fn arbitration(status: ClaimStatus, in_arbitration: bool) -> Option<Notice> {
    if !in_arbitration || !status.is_live() {
        return None;
    }
    Some(if matches!(status, ClaimStatus::Approved | ClaimStatus::Eligible) {
        notice(Tone::Warning, tr!(CLAIM_PAGE_HELD_TITLE), tr!(CLAIM_PAGE_HELD_BODY))
    } else {
        notice(
            Tone::Warning,
            tr!(CLAIM_PAGE_ARBITRATION_TITLE),
            cpor_core::Text::from(cpor_core::exclusivity::ARBITRATION_EVIDENCE).to_string(),
        )
    })
}

/// What changed between the claim as the partner saw it (`seen`) and as it
/// is now (`fresh`), in words; `None` when nothing the partner answered or
/// could act on changed (a file or a comment added, which also moves the
/// claim's version).
pub fn what_changed(seen: &ClaimDetail, fresh: &ClaimDetail) -> Option<String> {
    if seen.summary.status != fresh.summary.status {
        return Some(tr!(CLAIM_PAGE_CHANGED_STATUS, status_label(fresh.summary.status)));
    }
    let (a, b) = (&seen.input, &fresh.input);
    let mut parts = Vec::new();
    if a.partner_program_id != b.partner_program_id {
        parts.push(msg::CLAIM_PAGE_CHANGED_PROGRAM);
    }
    if a.tenant_id != b.tenant_id || a.domain != b.domain {
        parts.push(msg::CLAIM_PAGE_CHANGED_CUSTOMER);
    }
    if a.solution_area != b.solution_area || a.partner_role != b.partner_role {
        parts.push(msg::CLAIM_PAGE_CHANGED_AREA_ROLE);
    }
    if a.products != b.products {
        parts.push(msg::CLAIM_PAGE_CHANGED_PRODUCTS);
    }
    if a.claim_name != b.claim_name {
        parts.push(msg::CLAIM_PAGE_CHANGED_NAME);
    }
    if a.customer_contact != b.customer_contact
        || a.technical_contact != b.technical_contact
        || a.partner_contact != b.partner_contact
    {
        parts.push(msg::CLAIM_PAGE_CHANGED_CONTACTS);
    }
    if a.revenue != b.revenue || a.comment != b.comment {
        parts.push(msg::CLAIM_PAGE_CHANGED_OTHER);
    }
    match parts.as_slice() {
        [] => None,
        [one] => Some(tr!(CLAIM_PAGE_CHANGED_ONE, *one)),
        [first, rest @ .., last] => {
            let list =
                rest.iter().fold(cpor_i18n::t(*first, []), |list, next| tr!(CLAIM_PAGE_CHANGED_LIST, list, *next));
            Some(tr!(CLAIM_PAGE_CHANGED_MANY, list, *last))
        }
    }
}

/// The partner's edits laid over the claim as it now is: each answer the
/// partner changed from `base` (what they started from) keeps their value,
/// every other answer takes `fresh`'s, so a save never puts back what
/// someone else changed meanwhile.
pub fn rebase(base: &ClaimInput, mine: &ClaimInput, fresh: &ClaimInput) -> ClaimInput {
    fn pick<T: Clone + PartialEq>(base: &T, mine: &T, fresh: &T) -> T {
        if mine != base {
            mine.clone()
        } else {
            fresh.clone()
        }
    }
    ClaimInput {
        partner_program_id: pick(&base.partner_program_id, &mine.partner_program_id, &fresh.partner_program_id),
        products: pick(&base.products, &mine.products, &fresh.products),
        customer_contact: pick(&base.customer_contact, &mine.customer_contact, &fresh.customer_contact),
        technical_contact: pick(&base.technical_contact, &mine.technical_contact, &fresh.technical_contact),
        partner_contact: pick(&base.partner_contact, &mine.partner_contact, &fresh.partner_contact),
        ..fresh.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_status_says_what_comes_next_with_its_deadline() {
        let due = ("1 December 2026".to_owned(), "5 business days left".to_owned());
        let n = next_step(ClaimStatus::PartnerActionRequired, Some(&due), None, None);
        assert_eq!(n.tone, Tone::Warning);
        assert_eq!(n.title, "Microsoft needs more from you by 1 December 2026 (5 business days left)");
        let n = next_step(ClaimStatus::Rejected, None, Some(RejectionReason::PoeInsufficient), Some("3 January 2027"));
        assert_eq!(n.title, "Rejected: The proof of execution is insufficient");
        assert!(n.body.contains("until 3 January 2027"));
        let n = next_step(ClaimStatus::Rejected, None, Some(RejectionReason::CustomerDeclined), Some("3 January 2027"));
        assert!(n.body.contains("can't be disputed"));
        assert_eq!(next_step(ClaimStatus::Approved, Some(&due), None, None).tone, Tone::Success);
    }

    #[test]
    fn only_what_the_partner_answered_counts_as_a_change() {
        let seen: ClaimDetail = serde_json::from_value(serde_json::json!({
            "id": "CL-1", "claim_name": "x", "domain": "contoso.com", "solution_area": null, "partner_role": null,
            "products": [], "status": "submitted", "next_deadline": null, "in_arbitration": false,
            "customer_name": "", "updated_at": 0, "created_at": 0, "program": null, "submitted_on": null,
            "input": {}, "editable": [], "files": [], "information_request": [], "rejection": null,
            "dispute_until": null
        }))
        .unwrap();
        let mut fresh = seen.clone();
        assert_eq!(what_changed(&seen, &fresh), None);
        fresh.input.customer_contact.email = "new@contoso.example".into();
        fresh.input.partner_program_id = "4810225".into();
        assert_eq!(what_changed(&seen, &fresh).as_deref(), Some("the partner program and the contacts changed"));
        fresh.summary.status = ClaimStatus::UnderReview;
        assert_eq!(what_changed(&seen, &fresh).as_deref(), Some("it is now Under review"));
    }

    #[test]
    fn a_rebase_keeps_my_edits_and_their_changes() {
        let base = ClaimInput { partner_program_id: "4810225".into(), ..ClaimInput::default() };
        let mut mine = base.clone();
        mine.partner_contact.email = "megan.bowen@northwind.example".into();
        let mut fresh = base.clone();
        fresh.customer_contact.name = "Ada King".into();
        let merged = rebase(&base, &mine, &fresh);
        assert_eq!(merged.partner_contact.email, "megan.bowen@northwind.example");
        assert_eq!(merged.customer_contact.name, "Ada King");
        assert_eq!(merged.partner_program_id, "4810225");
    }

    #[test]
    fn arbitration_is_worded_for_each_side_and_ends_with_the_claim() {
        assert!(arbitration(ClaimStatus::Submitted, true).is_some_and(|n| n.title == "This claim is in arbitration"));
        assert!(arbitration(ClaimStatus::Approved, true).is_some_and(|n| n.title.starts_with("Another partner now")));
        assert_eq!(arbitration(ClaimStatus::Rejected, true), None);
        assert_eq!(arbitration(ClaimStatus::UnderReview, false), None);
    }
}
