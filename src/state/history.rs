//! A claim's history in words: each entry the server records (who did
//! what, which answer changed from what to what) as a sentence a partner
//! reads at a glance ("Alex Wilber changed the solution area from — to
//! Modern Work and Security"), with names and labels, never the API's
//! internal values.

use cpor_core::api::v1::HistoryEntry;
use cpor_core::lifecycle::RejectionReason;
use cpor_core::roles::{PartnerRole, SolutionArea};
use cpor_core::ClaimStatus;
use cpor_i18n::{msg, tr, Arg};

use crate::router::from_key;

/// One entry, ready to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryLine {
    /// When (seconds since the epoch).
    pub at: i64,
    /// The sentence.
    pub text: String,
    /// The notes and reasons that go with it ("Reason: …", the reviewer's
    /// words), in order.
    pub quotes: Vec<String>,
}

const DASH: &str = "\u{2014}";

/// The display name of the entry's actor, as the server gives it (empty
/// when it doesn't).
pub fn actor_name(e: &HistoryEntry) -> String {
    e.actor_name.clone()
}

/// Who did it: a person's name, else their side in words. The deadlines'
/// scheduler and the customer's opt-out link are always worded in the
/// reader's language (the server's display names for them are English).
fn who(e: &HistoryEntry, name: &str) -> String {
    match (e.actor_role.as_str(), name.trim().is_empty()) {
        ("customer", _) => tr!(HISTORY_WHO_CUSTOMER),
        ("clock", _) => tr!(HISTORY_WHO_CLOCK),
        (_, false) => name.to_owned(),
        ("reviewer", true) => tr!(HISTORY_WHO_REVIEWER),
        (_, true) => tr!(HISTORY_WHO_PARTNER),
    }
}

fn or_dash(v: Option<&str>) -> String {
    match v.map(str::trim) {
        Some(v) if !v.is_empty() => v.to_owned(),
        _ => DASH.to_owned(),
    }
}

fn quoted(v: &str) -> String {
    if v.trim().is_empty() {
        DASH.to_owned()
    } else {
        tr!(HISTORY_QUOTED, v.to_owned())
    }
}

/// `[area, role]` as the server writes it, in labels.
fn area_and_role(v: Option<&str>) -> (String, String) {
    let parsed: Option<(Option<SolutionArea>, Option<PartnerRole>)> = v.and_then(|v| serde_json::from_str(v).ok());
    let (area, role) = parsed.unwrap_or((None, None));
    (
        area.map(|a| a.label().to_owned()).unwrap_or_else(|| DASH.to_owned()),
        role.map(|r| r.label().to_owned()).unwrap_or_else(|| DASH.to_owned()),
    )
}

/// What a contact field is called: `customer_contact.email` → "the
/// customer contact's email address".
fn contact_field(field: &str) -> Option<String> {
    let (who, part) = field.split_once('.')?;
    let who = match who {
        "customer_contact" => msg::HISTORY_CONTACT_CUSTOMER,
        "technical_contact" => msg::HISTORY_CONTACT_TECHNICAL,
        "partner_contact" => msg::HISTORY_CONTACT_PARTNER,
        _ => return None,
    };
    let part = match part {
        "name" => msg::HISTORY_PART_NAME,
        "title" => msg::HISTORY_PART_TITLE,
        "email" => msg::HISTORY_PART_EMAIL,
        _ => return None,
    };
    Some(tr!(HISTORY_CONTACT_FIELD, who, part))
}

/// "changed X from A to B", "set X to B" or "cleared X"; `also`: the
/// second change of a sentence ("… and X from A to B").
fn change(what: impl Into<Arg>, old: &str, new: &str, also: bool) -> String {
    let (what, old, new) = (what.into(), old.to_owned(), new.to_owned());
    match (old == DASH, new == DASH, also) {
        (true, false, false) => tr!(HISTORY_SET, what, new),
        (true, false, true) => tr!(HISTORY_SET_ALSO, what, new),
        (false, true, false) => tr!(HISTORY_CLEARED, what, old),
        (false, true, true) => tr!(HISTORY_CLEARED_ALSO, what, old),
        (_, _, false) => tr!(HISTORY_CHANGED, what, old, new),
        (_, _, true) => tr!(HISTORY_CHANGED_ALSO, what, old, new),
    }
}

/// The sentence of an edited answer.
fn edited(field: &str, old: Option<&str>, new: Option<&str>) -> String {
    match field {
        "solution_area_and_role" => {
            let ((old_area, old_role), (new_area, new_role)) = (area_and_role(old), area_and_role(new));
            match (old_area == new_area, old_role == new_role) {
                (false, true) => change(msg::HISTORY_FIELD_AREA, &old_area, &new_area, false),
                (true, false) => change(msg::HISTORY_FIELD_ROLE, &old_role, &new_role, false),
                _ => tr!(
                    HISTORY_BOTH,
                    change(msg::HISTORY_FIELD_AREA, &old_area, &new_area, false),
                    change(msg::HISTORY_FIELD_ROLE, &old_role, &new_role, true)
                ),
            }
        }
        "partner_program_id" => change(msg::HISTORY_FIELD_PROGRAM, &or_dash(old), &or_dash(new), false),
        "products" => change(msg::HISTORY_FIELD_PRODUCTS, &or_dash(old), &or_dash(new), false),
        "claim_name" => match (old.map(str::trim).filter(|v| !v.is_empty()), new) {
            (None, Some(n)) => tr!(HISTORY_NAMED, quoted(n)),
            (Some(o), Some(n)) => tr!(HISTORY_RENAMED, quoted(o), quoted(n)),
            _ => tr!(HISTORY_NAME_CLEARED),
        },
        "customer" => {
            let pair = |v: Option<&str>| {
                let v = or_dash(v);
                match v.split_once(' ') {
                    Some((tenant, domain)) if !domain.is_empty() => {
                        tr!(HISTORY_CUSTOMER_VALUE, domain.to_owned(), tenant.to_owned())
                    }
                    _ => v,
                }
            };
            change(msg::HISTORY_FIELD_CUSTOMER, &pair(old), &pair(new), false)
        }
        "revenue" => tr!(HISTORY_REVENUE),
        "comment" => tr!(HISTORY_COMMENT),
        other => match contact_field(other) {
            Some(what) => change(what, &or_dash(old), &or_dash(new), false),
            None => tr!(HISTORY_CHANGED_FIELD, other.replace(['_', '.'], " ")),
        },
    }
}

/// The sentence of a move to `to`, by the action that moved it.
fn moved(action: &str, to: Option<ClaimStatus>) -> String {
    let sentence = match action {
        "submit" | "submitted" => msg::HISTORY_SUBMITTED,
        "resubmit" => msg::HISTORY_RESUBMITTED,
        "dispute" => msg::HISTORY_DISPUTED,
        "withdraw" => msg::HISTORY_WITHDREW,
        "start the review" => msg::HISTORY_STARTED_REVIEW,
        "request information" => msg::HISTORY_REQUESTED_INFORMATION,
        "approve" => msg::HISTORY_APPROVED,
        "win the arbitration" => msg::HISTORY_WON_ARBITRATION,
        "lose the arbitration" => msg::HISTORY_LOST_ARBITRATION,
        "reject" => msg::HISTORY_REJECTED,
        "opt out" => msg::HISTORY_DECLINED,
        "close for no partner response" => msg::HISTORY_CLOSED_NO_ANSWER,
        "end the opt-out window" => msg::HISTORY_OPT_OUT_ENDED,
        _ => {
            return match to {
                Some(to) => tr!(HISTORY_MOVED, to.label()),
                None => tr!(HISTORY_STATUS_CHANGED),
            }
        }
    };
    cpor_i18n::t(sentence, [])
}

/// What a note or rejection entry adds to the move it belongs to.
fn attachment(e: &HistoryEntry) -> Option<String> {
    let new = e.new_value.as_deref().map(str::trim).filter(|v| !v.is_empty())?;
    match e.field.as_deref() {
        Some("note") => Some(new.to_owned()),
        Some("rejection") => {
            let reason: Option<RejectionReason> = from_key(new);
            Some(match reason {
                Some(r) => tr!(HISTORY_REASON, r.label()),
                None => tr!(HISTORY_REASON, new.to_owned()),
            })
        }
        _ => None,
    }
}

/// The entry as a line; `name` is the actor's display name.
pub fn line(e: &HistoryEntry, name: &str) -> HistoryLine {
    let who = who(e, name);
    let (old, new) = (e.old_value.as_deref(), e.new_value.as_deref());
    let text = match (e.action.as_str(), e.field.as_deref()) {
        ("created", _) => tr!(HISTORY_CREATED),
        ("commented", _) => tr!(HISTORY_COMMENTED),
        ("edited", Some(field)) => edited(field, old, new),
        ("file added", _) => tr!(HISTORY_FILE_ADDED, or_dash(new)),
        ("file removed", _) => tr!(HISTORY_FILE_REMOVED, or_dash(old)),
        ("reclaimed", _) => tr!(HISTORY_RECLAIMED, or_dash(new)),
        (action, Some("status")) => moved(action, new.and_then(from_key)),
        (_, Some("note")) => tr!(HISTORY_NOTE),
        (_, Some("rejection")) => tr!(HISTORY_GAVE_REASON),
        (action, _) => action.to_owned(),
    };
    HistoryLine { at: e.at, text: tr!(HISTORY_ENTRY, who, text), quotes: attachment(e).into_iter().collect() }
}

/// Every entry as a line, oldest first; a note or reason recorded with a
/// move (same action, same moment) is shown with it. `name_of` gives an
/// entry's actor's display name.
pub fn lines(entries: &[HistoryEntry], name_of: impl Fn(&HistoryEntry) -> String) -> Vec<HistoryLine> {
    let mut out: Vec<HistoryLine> = Vec::new();
    let mut last: Option<&HistoryEntry> = None;
    for e in entries {
        let joins = last.is_some_and(|l| l.action == e.action && l.actor == e.actor && (e.at - l.at).abs() <= 5);
        if let (true, Some(quote), Some(line)) = (joins, attachment(e), out.last_mut()) {
            line.quotes.push(quote);
            continue;
        }
        out.push(line(e, &name_of(e)));
        last = Some(e);
    }
    out
}

/// The steps of the claim's status, oldest first: each status reached and
/// when.
pub fn status_steps(entries: &[HistoryEntry]) -> Vec<(ClaimStatus, i64)> {
    entries
        .iter()
        .filter(|e| e.field.as_deref() == Some("status"))
        .filter_map(|e| Some((from_key(e.new_value.as_deref()?)?, e.at)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(action: &str, field: Option<&str>, old: Option<&str>, new: Option<&str>) -> HistoryEntry {
        HistoryEntry {
            at: 1,
            actor: "user-alex".into(),
            actor_name: String::new(),
            actor_role: "partner".into(),
            action: action.into(),
            field: field.map(str::to_owned),
            old_value: old.map(str::to_owned),
            new_value: new.map(str::to_owned),
        }
    }

    #[test]
    fn edits_read_as_sentences_with_labels() {
        let e = entry(
            "edited",
            Some("solution_area_and_role"),
            Some("[null,null]"),
            Some(r#"["modern_work_and_security","use_or_consume"]"#),
        );
        assert_eq!(
            line(&e, "Alex Wilber").text,
            "Alex Wilber set the solution area to Modern Work and Security and set the partner role to Use or consume"
        );
        let e = entry(
            "edited",
            Some("solution_area_and_role"),
            Some(r#"["business_applications","build_intent_advisor"]"#),
            Some(r#"["business_applications","usage_recognition"]"#),
        );
        assert_eq!(
            line(&e, "Alex Wilber").text,
            "Alex Wilber changed the partner role from Build intent - Advisor to Usage recognition - Non-Incentivized"
        );
        let e = entry("edited", Some("customer_contact.email"), Some("ada@old.example"), Some("ada@new.example"));
        assert_eq!(
            line(&e, "Megan Bowen").text,
            "Megan Bowen changed the customer contact's email address from ada@old.example to ada@new.example"
        );
        let e = entry("edited", Some("claim_name"), Some(""), Some("Contoso rollout"));
        assert_eq!(line(&e, "Megan Bowen").text, "Megan Bowen named the claim \u{201C}Contoso rollout\u{201D}");
        let e = entry("edited", Some("products"), Some("Microsoft Teams"), Some("Microsoft Teams, Microsoft 365 E5"));
        assert!(line(&e, "M").text.ends_with("from Microsoft Teams to Microsoft Teams, Microsoft 365 E5"));
    }

    #[test]
    fn moves_notes_and_reasons_read_as_the_reviewer_or_clock_did_them() {
        let mut e = entry("start the review", Some("status"), Some("submitted"), Some("under_review"));
        e.actor_role = "reviewer".into();
        assert_eq!(line(&e, "Isaiah Langer").text, "Isaiah Langer started the review");
        assert_eq!(line(&e, "").text, "A Microsoft reviewer started the review");
        let moved = entry("reject", Some("status"), Some("under_review"), Some("rejected"));
        let reason = entry("reject", Some("rejection"), None, Some("competing_claim_approved"));
        let note = entry("reject", Some("note"), Some(""), Some("The other acknowledgement is more recent."));
        let l = lines(&[moved, reason, note], |_| "Isaiah Langer".to_owned());
        assert_eq!(l.len(), 1);
        assert_eq!(l[0].text, "Isaiah Langer rejected the claim");
        assert_eq!(
            l[0].quotes,
            [
                "Reason: Another partner's claim for this product was approved",
                "The other acknowledgement is more recent."
            ]
        );
        let alone = entry("approve", Some("note"), Some(""), Some("Fine."));
        assert_eq!(line(&alone, "Isaiah Langer").text, "Isaiah Langer added a note");
        let mut e = entry("close for no partner response", Some("status"), None, Some("rejected"));
        e.actor_role = "clock".into();
        assert!(line(&e, "Claim clock").text.starts_with("Partner Center closed the claim"));
        e.actor_role = "customer".into();
        assert!(line(&e, "Customer").text.starts_with("The customer closed the claim"));
        let e = entry("file added", Some("proof_of_execution"), Some(""), Some("ack.pdf"));
        assert_eq!(line(&e, "Megan Bowen").text, "Megan Bowen added proof of execution: ack.pdf");
        let steps = status_steps(&[
            entry("submit", Some("status"), Some("editing"), Some("submitted")),
            entry("edited", Some("claim_name"), None, Some("x")),
        ]);
        assert_eq!(steps, vec![(ClaimStatus::Submitted, 1)]);
    }
}
