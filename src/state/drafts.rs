//! "Your drafts": what each unsubmitted claim is (its customer and
//! products) and how far the partner got with it, from its list entry.

use cpor_core::api::v1::ClaimSummary;
use cpor_i18n::tr;

/// The step (1 to 6) a draft is at: the first whose answers it lacks (the
/// list entry can't tell whether proof is uploaded, so a draft with every
/// other answer is at step 5).
pub fn step_reached(c: &ClaimSummary) -> usize {
    if c.domain.trim().is_empty() {
        1
    } else if c.solution_area.is_none() || c.partner_role.is_none() {
        2
    } else if c.products.is_empty() {
        3
    } else if c.claim_name.trim().is_empty() {
        4
    } else {
        5
    }
}

/// The customer's name, when the server knows the tenant.
pub fn customer_of(c: &ClaimSummary) -> String {
    c.customer_name.trim().to_owned()
}

/// When the claim last changed (seconds since the epoch; 0 when unknown).
pub fn changed_at(c: &ClaimSummary) -> i64 {
    c.updated_at
}

/// What a draft is called in the list: its name, else what it is for.
pub fn draft_title(c: &ClaimSummary) -> String {
    if !c.claim_name.trim().is_empty() {
        c.claim_name.clone()
    } else if !c.domain.trim().is_empty() {
        tr!(DRAFTS_TITLE_FOR, c.domain.clone())
    } else {
        tr!(DRAFTS_TITLE_NO_CUSTOMER)
    }
}

/// "Changed 3 minutes ago", "Changed yesterday", "Changed 4 days ago", for
/// `at` seen from `now` (both in seconds since the epoch); the date itself
/// beyond a week.
pub fn changed_ago(at: i64, now: i64, long_date: impl Fn(i64) -> String) -> String {
    let secs = (now - at).max(0);
    match secs {
        0..=59 => tr!(DRAFTS_CHANGED_JUST_NOW),
        60..=3_599 => tr!(DRAFTS_CHANGED_MINUTES, secs / 60),
        3_600..=86_399 => tr!(DRAFTS_CHANGED_HOURS, secs / 3_600),
        86_400..=172_799 => tr!(DRAFTS_CHANGED_YESTERDAY),
        172_800..=604_799 => tr!(DRAFTS_CHANGED_DAYS, secs / 86_400),
        _ => tr!(DRAFTS_CHANGED_ON, long_date(at)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cpor_core::roles::{PartnerRole, SolutionArea};
    use cpor_core::ClaimStatus;

    fn draft() -> ClaimSummary {
        serde_json::from_value(serde_json::json!({
            "id": "CL-1", "claim_name": "", "domain": "", "solution_area": null, "partner_role": null,
            "products": [], "status": "editing", "next_deadline": null, "in_arbitration": false,
            "customer_name": "", "updated_at": 0
        }))
        .unwrap()
    }

    #[test]
    fn a_draft_is_at_the_first_step_it_lacks() {
        let mut c = draft();
        assert_eq!((step_reached(&c), draft_title(&c).as_str()), (1, "Draft without a customer yet"));
        c.domain = "contoso.com".into();
        assert_eq!((step_reached(&c), draft_title(&c).as_str()), (2, "Draft for contoso.com"));
        c.solution_area = Some(SolutionArea::ModernWorkAndSecurity);
        c.partner_role = Some(PartnerRole::UseOrConsume);
        assert_eq!(step_reached(&c), 3);
        c.products = vec!["Microsoft Teams".into()];
        assert_eq!(step_reached(&c), 4);
        c.claim_name = "Teams rollout".into();
        assert_eq!((step_reached(&c), draft_title(&c).as_str()), (5, "Teams rollout"));
        assert_eq!(c.status, ClaimStatus::Editing);
    }

    #[test]
    fn changes_read_as_how_long_ago() {
        let date = |_| "3 November 2026".to_owned();
        assert_eq!(changed_ago(100, 130, date), "Changed just now");
        assert_eq!(changed_ago(0, 60, date), "Changed 1 minute ago");
        assert_eq!(changed_ago(0, 7_200, date), "Changed 2 hours ago");
        assert_eq!(changed_ago(0, 90_000, date), "Changed yesterday");
        assert_eq!(changed_ago(0, 3 * 86_400, date), "Changed 3 days ago");
        assert_eq!(changed_ago(0, 30 * 86_400, date), "Changed on 3 November 2026");
        assert_eq!(changed_ago(500, 100, date), "Changed just now");
    }
}
