//! What an edit changed, in words, for the claim's history: one line per
//! changed answer (one per contact detail), products by name.

use std::collections::HashMap;

use cpor_core::api::v1::ClaimInput;
use cpor_core::lifecycle::ClaimField;

/// The changes of one field, for history: (name, old, new) in words, one
/// per contact detail that changed.
pub(super) fn field_changes(
    old: &ClaimInput,
    new: &ClaimInput,
    field: ClaimField,
    names: &HashMap<String, String>,
) -> Vec<(String, String, String)> {
    use cpor_core::api::v1::Contact;
    let one = |name: &str, o: String, n: String| if o == n { Vec::new() } else { vec![(name.to_owned(), o, n)] };
    let contact = |name: &str, o: &Contact, n: &Contact| {
        [("name", &o.name, &n.name), ("title", &o.title, &n.title), ("email", &o.email, &n.email)]
            .into_iter()
            .flat_map(|(part, o, n)| one(&format!("{name}.{part}"), o.clone(), n.clone()))
            .collect::<Vec<_>>()
    };
    let products = |i: &ClaimInput| {
        let named = i.products.iter().map(|p| {
            let name = names.get(&p.product_id).unwrap_or(&p.product_id);
            match &p.subscription_id {
                Some(s) => format!("{name} (subscription {s})"),
                None => name.clone(),
            }
        });
        named.collect::<Vec<_>>().join(", ")
    };
    let json = |v: serde_json::Value| match v {
        serde_json::Value::String(s) => s,
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    };
    match field {
        ClaimField::PartnerProgramId => {
            one("partner_program_id", old.partner_program_id.clone(), new.partner_program_id.clone())
        }
        ClaimField::Customer => {
            one("customer", format!("{} {}", old.tenant_id, old.domain), format!("{} {}", new.tenant_id, new.domain))
        }
        ClaimField::SolutionAreaAndRole => one(
            "solution_area_and_role",
            json(serde_json::json!([old.solution_area, old.partner_role])),
            json(serde_json::json!([new.solution_area, new.partner_role])),
        ),
        ClaimField::Products => one("products", products(old), products(new)),
        ClaimField::ClaimName => one("claim_name", old.claim_name.clone(), new.claim_name.clone()),
        ClaimField::Contacts => {
            let empty = Contact::default();
            let mut all = contact("customer_contact", &old.customer_contact, &new.customer_contact);
            all.extend(contact(
                "technical_contact",
                old.technical_contact.as_ref().unwrap_or(&empty),
                new.technical_contact.as_ref().unwrap_or(&empty),
            ));
            all.extend(contact("partner_contact", &old.partner_contact, &new.partner_contact));
            all
        }
        ClaimField::RevenueDetails => {
            one("revenue", json(serde_json::json!(old.revenue)), json(serde_json::json!(new.revenue)))
        }
        ClaimField::ProofOfExecution => one("comment", old.comment.clone(), new.comment.clone()),
    }
}
