//! "Your drafts": what each unsubmitted claim is (its customer and
//! products) and how far the partner got with it, from its list entry.

use cpor_core::api::v1::ClaimSummary;

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
        format!("Draft for {}", c.domain)
    } else {
        "Draft without a customer yet".to_owned()
    }
}

/// "3 minutes ago", "yesterday", "4 days ago", for `at` seen from `now`
/// (both in seconds since the epoch); the date itself beyond a week.
pub fn ago(at: i64, now: i64, long_date: impl Fn(i64) -> String) -> String {
    let secs = (now - at).max(0);
    let plural = |n: i64, unit: &str| if n == 1 { format!("1 {unit} ago") } else { format!("{n} {unit}s ago") };
    match secs {
        0..=59 => "just now".to_owned(),
        60..=3_599 => plural(secs / 60, "minute"),
        3_600..=86_399 => plural(secs / 3_600, "hour"),
        86_400..=172_799 => "yesterday".to_owned(),
        172_800..=604_799 => plural(secs / 86_400, "day"),
        _ => format!("on {}", long_date(at)),
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
        assert_eq!(ago(100, 130, date), "just now");
        assert_eq!(ago(0, 60, date), "1 minute ago");
        assert_eq!(ago(0, 7_200, date), "2 hours ago");
        assert_eq!(ago(0, 90_000, date), "yesterday");
        assert_eq!(ago(0, 3 * 86_400, date), "3 days ago");
        assert_eq!(ago(0, 30 * 86_400, date), "on 3 November 2026");
        assert_eq!(ago(500, 100, date), "just now");
    }
}
