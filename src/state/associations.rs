//! The associations list: how each claim's deadline reads, and the CSV
//! export of the filtered list.

use cpor_core::api::v1::ClaimSummary;
use cpor_core::clock::BusinessCalendar;
use cpor_core::date::Date;
use cpor_i18n::tr;

/// "1 December 2026 · 5 business days left", or nothing without a clock.
pub fn deadline_text(today: Date, due: Option<Date>) -> String {
    match deadline_parts(today, due) {
        (Some(date), countdown) => tr!(LIST_DEADLINE, date, countdown),
        (None, _) => String::new(),
    }
}

/// The deadline's date ("1 December 2026") and its countdown ("5 business
/// days left"), or nothing without a clock.
pub fn deadline_parts(today: Date, due: Option<Date>) -> (Option<String>, String) {
    match due {
        Some(due) => (Some(due.long()), BusinessCalendar::weekends_only().countdown(today, due).describe()),
        None => (None, String::new()),
    }
}

/// One CSV cell: quoted, quotes doubled, and a leading `=`, `+`, `-`, `@`,
/// tab or carriage return defused so a spreadsheet never runs it as a formula.
fn cell(value: &str) -> String {
    let defused = match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{value}"),
        _ => value.to_owned(),
    };
    format!("\"{}\"", defused.replace('"', "\"\""))
}

/// A column heading: as it is, or quoted like a cell when it needs it.
fn heading(value: String) -> String {
    if value.contains([',', '"', '\n', '\r']) || value.starts_with(['=', '+', '-', '@', '\t']) {
        cell(&value)
    } else {
        value
    }
}

/// The CSV of `claims`, as the list shows them (with a header row).
pub fn csv(claims: &[ClaimSummary], today: Date) -> String {
    let headings = [
        tr!(EXPORT_COLUMN_CLAIM_ID),
        tr!(EXPORT_COLUMN_CLAIM_NAME),
        tr!(EXPORT_COLUMN_CUSTOMER),
        tr!(EXPORT_COLUMN_DOMAIN),
        tr!(EXPORT_COLUMN_AREA),
        tr!(EXPORT_COLUMN_ROLE),
        tr!(EXPORT_COLUMN_PRODUCTS),
        tr!(EXPORT_COLUMN_STATUS),
        tr!(EXPORT_COLUMN_DEADLINE),
        tr!(EXPORT_COLUMN_ARBITRATION),
    ];
    let mut out = headings.into_iter().map(heading).collect::<Vec<_>>().join(",");
    out.push_str("\r\n");
    for c in claims {
        let row = [
            c.id.clone(),
            c.claim_name.clone(),
            c.customer_name.clone(),
            c.domain.clone(),
            c.solution_area.map(|a| a.label().to_owned()).unwrap_or_default(),
            c.partner_role.map(|r| r.label().to_owned()).unwrap_or_default(),
            c.products.join("; "),
            crate::state::claim_view::status_label(c.status),
            deadline_text(today, c.next_deadline),
            if c.in_arbitration { tr!(EXPORT_YES) } else { tr!(EXPORT_NO) },
        ];
        out.push_str(&row.iter().map(|v| cell(v)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use cpor_core::ClaimStatus;

    fn today() -> Date {
        Date::parse("2026-11-24").unwrap()
    }

    #[test]
    fn deadlines_read_with_their_business_days() {
        let due = Date::parse("2026-12-01").unwrap();
        assert_eq!(deadline_text(today(), Some(due)), "1 December 2026 \u{00B7} 5 business days left");
        assert_eq!(deadline_text(today(), None), "");
    }

    #[test]
    fn csv_quotes_every_cell_and_defuses_formulas() {
        let claim = ClaimSummary {
            id: "CL-1".into(),
            claim_name: "=HYPERLINK(\"x\")".into(),
            domain: "contoso.com".into(),
            solution_area: None,
            partner_role: None,
            products: vec!["Teams".into(), "E5".into()],
            status: ClaimStatus::Editing,
            next_deadline: None,
            in_arbitration: true,
            customer_name: "Contoso Ltd".into(),
            updated_at: 0,
        };
        let out = csv(&[claim], today());
        assert!(out.starts_with("Claim ID,Claim name,Customer,Customer domain,"));
        let row = out.lines().nth(1).unwrap();
        assert_eq!(
            row,
            r#""CL-1","'=HYPERLINK(""x"")","Contoso Ltd","contoso.com","","","Teams; E5","Draft","","Yes""#
        );
    }
}
