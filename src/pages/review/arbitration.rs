//! Arbitration on the review page: this claim and every competing claim on
//! what it holds, side by side (partner, role, products, proof, submitted),
//! and the decision that approves this one and rejects the others with a
//! reason they are shown.

use crate::components::note::{note_message, NoteArea};
use cpor_core::api::v1::{ClaimDetail, CompetingClaim};
use cpor_core::text::nouns;
use cpor_i18n::tr;
use leptos::prelude::*;

use super::decisions::Note;
use crate::api;
use crate::components::status_badge::status_badge;
use crate::host::Ids;

/// "1 file, latest 3 November 2026", "2 files", "No files".
pub(super) fn files_line(count: usize, latest: Option<cpor_core::date::Date>) -> String {
    match (count, latest) {
        (0, _) => tr!(REVIEW_NO_FILES),
        (n, Some(d)) => tr!(REVIEW_FILES_LATEST, n, d.long()),
        (n, None) => tr!(REVIEW_FILES, n),
    }
}

/// One side of the comparison.
struct Side {
    title: String,
    organisation: String,
    role: String,
    products: String,
    files: String,
    submitted: Option<String>,
    status: cpor_core::ClaimStatus,
    ours: bool,
}

fn card(side: Side) -> impl IntoView {
    let Side { title, organisation, role, products, files, submitted, status, ours } = side;
    view! {
        <div class="cpor-compare-card" class:cpor-compare-card--ours=ours>
            <p class="cpor-compare-title">{title}</p>
            <p class="cpor-compare-org">{organisation}</p>
            {status_badge(status)}
            <dl class="cpor-compare-facts">
                <div><dt>{tr!(REVIEW_ROLE)}</dt><dd>{role}</dd></div>
                <div><dt>{tr!(FIELD_PRODUCTS)}</dt><dd>{products}</dd></div>
                <div><dt>{tr!(REVIEW_PROOF)}</dt><dd>{files}</dd></div>
                <div><dt>{tr!(REVIEW_SUBMITTED)}</dt><dd>{submitted.unwrap_or_else(|| "\u{2014}".to_owned())}</dd></div>
            </dl>
        </div>
    }
}

/// The comparison and the decision; `decide` posts it.
pub(super) fn arbitration(
    c: &ClaimDetail,
    organisation: &str,
    submitted_on: Option<cpor_core::date::Date>,
    competing: Vec<CompetingClaim>,
    decide: Callback<(&'static str, String)>,
) -> impl IntoView {
    let ids = Ids::here();
    let reason = RwSignal::new(String::new());
    let reason_id = ids.id("arbitration-reason");
    let heading_id = ids.id("arbitration-heading");
    let labelled_by = heading_id.clone();
    let s = &c.summary;
    let ours = card(Side {
        title: tr!(REVIEW_THIS_CLAIM, s.id.clone()),
        organisation: organisation.to_owned(),
        role: s.partner_role.map(|x| x.label()).unwrap_or_else(|| "\u{2014}".to_owned()),
        products: s.products.join(", "),
        files: files_line(c.files.len(), c.files.iter().map(|f| f.uploaded_on).max()),
        submitted: submitted_on.map(|d| d.long()),
        status: s.status,
        ours: true,
    });
    let others = competing
        .into_iter()
        .map(|o| {
            card(Side {
                title: o.claim.id.clone(),
                organisation: o.organisation,
                role: o.claim.partner_role.map(|x| x.label()).unwrap_or_else(|| "\u{2014}".to_owned()),
                products: o.claim.products.join(", "),
                files: files_line(o.files, o.latest_poe),
                submitted: o.submitted_on.map(|d| d.long()),
                status: o.claim.status,
                ours: false,
            })
        })
        .collect_view();
    view! {
        <section class="cpor-card" aria-labelledby=labelled_by>
            <h2 class="cpor-card-title" id=heading_id>{tr!(REVIEW_ARBITRATION_HEADING)}</h2>
            <p class="cpor-hint">{tr!(REVIEW_ARBITRATION_HINT)}</p>
            <div class="cpor-compare">{ours}{others}</div>
            <NoteArea id=reason_id label=tr!(REVIEW_ARBITRATION_REASON) noun=nouns::DECISION_REASON value=reason/>
            <div class="cpor-actions">
                <button type="button" class="cpor-button cpor-button--primary" on:click=move |_| {
                    if reason.with_untracked(|t| note_message("note", t, nouns::DECISION_REASON)).is_some() {
                        return;
                    }
                    decide.try_run(("win-arbitration", api::json(&Note { comment: reason.get_untracked() })));
                }>{tr!(REVIEW_ARBITRATION_APPROVE)}</button>
            </div>
        </section>
    }
}
