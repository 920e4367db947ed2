//! A claim's history in words: each entry the server records (who did
//! what, which answer changed from what to what) as a sentence a partner
//! reads at a glance ("Alex Wilber changed the solution area from — to
//! Modern Work and Security"), with names and labels, never the API's
//! internal values.

use cpor_core::api::v1::HistoryEntry;
use cpor_core::lifecycle::RejectionReason;
use cpor_core::roles::{PartnerRole, SolutionArea};
use cpor_core::ClaimStatus;

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

/// Who did it: the person's name, else their side in words.
fn who(e: &HistoryEntry, name: &str) -> String {
    if !name.trim().is_empty() {
        return name.to_owned();
    }
    match e.actor_role.as_str() {
        "reviewer" => "A Microsoft reviewer".to_owned(),
        "customer" => "Customer".to_owned(),
        "clock" => "Claim clock".to_owned(),
        _ => "The partner".to_owned(),
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
        format!("\u{201C}{v}\u{201D}")
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
        "customer_contact" => "customer contact",
        "technical_contact" => "customer technical contact",
        "partner_contact" => "partner contact",
        _ => return None,
    };
    let part = match part {
        "name" => "name",
        "title" => "job title",
        "email" => "email address",
        _ => return None,
    };
    Some(format!("the {who}'s {part}"))
}

/// "changed X from A to B", "set X to B" or "cleared X".
fn change(what: &str, old: &str, new: &str) -> String {
    match (old == DASH, new == DASH) {
        (true, false) => format!("set {what} to {new}"),
        (false, true) => format!("cleared {what} (it was {old})"),
        _ => format!("changed {what} from {old} to {new}"),
    }
}

/// The sentence of an edited answer.
fn edited(field: &str, old: Option<&str>, new: Option<&str>) -> String {
    match field {
        "solution_area_and_role" => {
            let ((old_area, old_role), (new_area, new_role)) = (area_and_role(old), area_and_role(new));
            match (old_area == new_area, old_role == new_role) {
                (false, true) => change("the solution area", &old_area, &new_area),
                (true, false) => change("the partner role", &old_role, &new_role),
                _ => format!(
                    "{} and {}",
                    change("the solution area", &old_area, &new_area),
                    change("the partner role", &old_role, &new_role).replacen("changed ", "", 1)
                ),
            }
        }
        "partner_program_id" => change("the partner program ID", &or_dash(old), &or_dash(new)),
        "products" => change("the products", &or_dash(old), &or_dash(new)),
        "claim_name" => match (old.map(str::trim).filter(|v| !v.is_empty()), new) {
            (None, Some(n)) => format!("named the claim {}", quoted(n)),
            (Some(o), Some(n)) => format!("renamed the claim from {} to {}", quoted(o), quoted(n)),
            _ => "cleared the claim name".to_owned(),
        },
        "customer" => {
            let pair = |v: Option<&str>| {
                let v = or_dash(v);
                match v.split_once(' ') {
                    Some((tenant, domain)) if !domain.is_empty() => format!("{domain} (tenant {tenant})"),
                    _ => v,
                }
            };
            change("the customer", &pair(old), &pair(new))
        }
        "revenue" => "changed the revenue association details".to_owned(),
        "comment" => "changed the comment for the reviewers".to_owned(),
        other => match contact_field(other) {
            Some(what) => change(&what, &or_dash(old), &or_dash(new)),
            None => format!("changed {}", other.replace(['_', '.'], " ")),
        },
    }
}

/// The sentence of a move to `to`, by the action that moved it.
fn moved(action: &str, to: Option<ClaimStatus>) -> String {
    let sentence = match action {
        "submit" | "submitted" => "submitted the claim",
        "resubmit" => "resubmitted the claim with an answer",
        "dispute" => "disputed the decision",
        "withdraw" => "withdrew the claim",
        "start the review" => "started the review",
        "request information" => "asked for more information",
        "approve" => "approved the claim",
        "win the arbitration" => "approved the claim in the arbitration",
        "lose the arbitration" => "rejected the claim: another partner's claim won the arbitration",
        "reject" => "rejected the claim",
        "opt out" => "declined the association",
        "close for no partner response" => "closed the claim: no answer came within 5 business days",
        "end the opt-out window" => "ended the customer's opt-out window: the claim is eligible",
        _ => "",
    };
    match (sentence, to) {
        ("", Some(to)) => format!("moved the claim to {}", to.label()),
        ("", None) => "changed the claim's status".to_owned(),
        (s, _) => s.to_owned(),
    }
}

/// What a note or rejection entry adds to the move it belongs to.
fn attachment(e: &HistoryEntry) -> Option<String> {
    let new = e.new_value.as_deref().map(str::trim).filter(|v| !v.is_empty())?;
    match e.field.as_deref() {
        Some("note") => Some(new.to_owned()),
        Some("rejection") => {
            let reason: Option<RejectionReason> = from_key(new);
            Some(format!("Reason: {}", reason.map(|r| r.label()).unwrap_or_else(|| new.to_owned())))
        }
        _ => None,
    }
}

/// The entry as a line; `name` is the actor's display name.
pub fn line(e: &HistoryEntry, name: &str) -> HistoryLine {
    let who = who(e, name);
    let (old, new) = (e.old_value.as_deref(), e.new_value.as_deref());
    let text = match (e.action.as_str(), e.field.as_deref()) {
        ("created", _) => "started the claim as a draft".to_owned(),
        ("commented", _) => "commented".to_owned(),
        ("edited", Some(field)) => edited(field, old, new),
        ("file added", _) => format!("added proof of execution: {}", or_dash(new)),
        ("file removed", _) => format!("removed proof of execution: {}", or_dash(old)),
        ("reclaimed", _) => format!("reclaimed it with a new draft, {}", or_dash(new)),
        (action, Some("status")) => moved(action, new.and_then(from_key)),
        (_, Some("note")) => "added a note".to_owned(),
        (_, Some("rejection")) => "gave a reason".to_owned(),
        (action, _) => action.to_owned(),
    };
    HistoryLine { at: e.at, text: format!("{who} {text}"), quotes: attachment(e).into_iter().collect() }
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
        assert!(line(&e, "Claim clock").text.starts_with("Claim clock closed the claim"));
        let e = entry("file added", Some("proof_of_execution"), Some(""), Some("ack.pdf"));
        assert_eq!(line(&e, "Megan Bowen").text, "Megan Bowen added proof of execution: ack.pdf");
        let steps = status_steps(&[
            entry("submit", Some("status"), Some("editing"), Some("submitted")),
            entry("edited", Some("claim_name"), None, Some("x")),
        ]);
        assert_eq!(steps, vec![(ClaimStatus::Submitted, 1)]);
    }
}
