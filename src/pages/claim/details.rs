//! A claim's answers as a partner and a reviewer read them: the partner
//! program by name and ID, the customer by name with its domain and tenant,
//! the solution area and role, each product with its subscription, the
//! contacts, and the proof-of-execution files to download. Answers locked
//! in the claim's status are marked where some are still open.

use cpor_core::api::v1::{ClaimDetail, Contact, PartnerProgram, PoeFile};
use cpor_core::lifecycle::ClaimField;
use cpor_core::poe::human_size;
use cpor_core::roles::SolutionArea;
use cpor_i18n::tr;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::components::icon::{icon, Icon};

/// A contact on one line: name, title, email.
pub fn contact(c: &Contact) -> String {
    let line = [c.name.as_str(), c.title.as_str(), c.email.as_str()]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    if line.is_empty() {
        "\u{2014}".to_owned()
    } else {
        line
    }
}

/// The program's name and ID, with where it is and its enrolment.
fn program_text(id: &str, program: Option<&PartnerProgram>) -> (String, String) {
    match program {
        Some(p) => {
            let enrolled = if p.enrolled { tr!(CLAIM_PAGE_ENROLLED) } else { tr!(CLAIM_PAGE_NOT_ENROLLED) };
            let kind =
                if p.partner_type.trim().is_empty() { String::new() } else { format!(" \u{00B7} {}", p.partner_type) };
            (
                tr!(CLAIM_PAGE_PROGRAM, p.name.clone(), p.id.to_string()),
                format!("{}{kind} \u{00B7} {enrolled}", p.country),
            )
        }
        None => (id.to_owned(), String::new()),
    }
}

/// Each product with its subscription, in the claim's order. `names` are
/// the products' names as the list shows them.
fn products_text(c: &ClaimDetail) -> Vec<String> {
    let names = &c.summary.products;
    c.input
        .products
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let name = names.get(i).cloned().unwrap_or_else(|| p.product_id.clone());
            match p.subscription_id.as_deref().filter(|s| !s.trim().is_empty()) {
                Some(sub) => tr!(CLAIM_PAGE_PRODUCT_SUBSCRIPTION, name, sub.to_owned()),
                None => name,
            }
        })
        .collect()
}

/// One answer: its label (and a lock when it can't change any more) and
/// its value, with an optional second line.
fn answer(label: String, value: String, meta: String, locked: bool) -> impl IntoView {
    view! {
        <div class="cpor-answer">
            <dt class="cpor-answer-label">
                {label}
                {locked.then(|| view! {
                    <span class="cpor-lock">{icon(Icon::LOCK)}<span class="cpor-visually-hidden">" "{tr!(CLAIM_PAGE_LOCKED)}</span></span>
                })}
            </dt>
            <dd class="cpor-answer-value">
                {value}
                {(!meta.is_empty()).then(|| view! { <span class="cpor-answer-meta">{meta}</span> })}
            </dd>
        </div>
    }
}

/// The answers of `c`; `locks` marks the answers the partner can't change
/// any more (on the partner's own page).
pub fn answers(c: &ClaimDetail, locks: bool) -> impl IntoView {
    let i = &c.input;
    let program = c.program.as_ref();
    let customer = Some(c.summary.customer_name.as_str());
    // Locks only mean something while some answers can still change.
    let locked = |field: ClaimField| locks && !c.editable.is_empty() && !c.editable.contains(&field);
    let (program_name, program_meta) = program_text(&i.partner_program_id, program);
    let domain =
        cpor_core::CustomerDomain::parse(&i.domain).map(|d| d.to_unicode()).unwrap_or_else(|_| i.domain.clone());
    let customer_value = customer.filter(|n| !n.trim().is_empty()).map(str::to_owned).unwrap_or_else(|| domain.clone());
    let customer_meta = if customer.is_some_and(|n| !n.trim().is_empty()) {
        tr!(CLAIM_PAGE_CUSTOMER_META, domain.clone(), i.tenant_id.clone())
    } else {
        tr!(CLAIM_PAGE_TENANT, i.tenant_id.clone())
    };
    let products = products_text(c).join("; ");
    let dynamics = i.solution_area == Some(SolutionArea::BusinessApplications);
    let revenue = i.revenue.clone().filter(|r| !r.solution_seller.is_empty() || !r.isv_product.is_empty());
    view! {
        <dl class="cpor-answer-list">
            {answer(tr!(CLAIM_PAGE_PARTNER_PROGRAM), program_name, program_meta, locked(ClaimField::PartnerProgramId))}
            {answer(tr!(CLAIM_PAGE_CUSTOMER), customer_value, customer_meta, locked(ClaimField::Customer))}
            {answer(
                tr!(CLAIM_PAGE_SOLUTION_AREA),
                i.solution_area.map(|a| a.label().to_owned()).unwrap_or_else(|| "\u{2014}".to_owned()),
                String::new(),
                locked(ClaimField::SolutionAreaAndRole),
            )}
            {answer(
                tr!(CLAIM_PAGE_PARTNER_ROLE),
                i.partner_role.map(|r| r.label().to_owned()).unwrap_or_else(|| "\u{2014}".to_owned()),
                String::new(),
                locked(ClaimField::SolutionAreaAndRole),
            )}
            {answer(tr!(FIELD_PRODUCTS), if products.is_empty() { "\u{2014}".to_owned() } else { products }, String::new(), locked(ClaimField::Products))}
            {answer(tr!(CLAIM_PAGE_CLAIM_NAME), if i.claim_name.is_empty() { "\u{2014}".to_owned() } else { i.claim_name.clone() }, String::new(), locked(ClaimField::ClaimName))}
            {answer(tr!(CLAIM_PAGE_CUSTOMER_CONTACT), contact(&i.customer_contact), String::new(), locked(ClaimField::Contacts))}
            {dynamics.then(|| answer(
                tr!(CLAIM_PAGE_TECHNICAL_CONTACT),
                contact(&i.technical_contact.clone().unwrap_or_default()),
                String::new(),
                locked(ClaimField::Contacts),
            ))}
            {answer(tr!(CLAIM_PAGE_PARTNER_CONTACT), contact(&i.partner_contact), String::new(), locked(ClaimField::Contacts))}
            {revenue.map(|r| view! {
                {answer(tr!(CLAIM_PAGE_SOLUTION_SELLER), r.solution_seller, String::new(), true)}
                {answer(tr!(CLAIM_PAGE_REVENUE_CUSTOMER), r.customer_name, String::new(), true)}
                {answer(tr!(CLAIM_PAGE_ISV_PRODUCT), r.isv_product, String::new(), true)}
            })}
            {(!i.comment.trim().is_empty()).then(|| answer(tr!(CLAIM_PAGE_COMMENT), i.comment.clone(), String::new(), false))}
        </dl>
    }
}

/// Fetches a file with the bearer token and saves it under its name; says
/// so in `outcome` when it can't.
fn download_file(claim: String, file: PoeFile, outcome: RwSignal<String>) {
    spawn_local(async move {
        match api::get_blob(&format!("/api/claims/{claim}/files/{}", file.id)).await {
            Ok(blob) => {
                crate::components::save_file(&file.name, &blob);
                outcome.try_set(String::new());
            }
            Err(_) => {
                outcome.try_set(tr!(CLAIM_PAGE_DOWNLOAD_FAILED, file.name.clone()));
            }
        }
    });
}

/// The claim's proof-of-execution files, each with its Download button.
pub fn files(claim_id: &str, files: &[PoeFile]) -> impl IntoView {
    let outcome = RwSignal::new(String::new());
    if files.is_empty() {
        return view! { <p class="cpor-hint">{tr!(CLAIM_PAGE_NO_FILES)}</p> }.into_any();
    }
    let items = files
        .iter()
        .map(|f| {
            let (claim, file) = (claim_id.to_owned(), f.clone());
            view! {
                <li class="cpor-file">
                    {icon(Icon::DOCUMENT)}
                    <span class="cpor-file-name">{f.name.clone()}</span>
                    <span class="cpor-file-meta">{tr!(CLAIM_PAGE_FILE_META, human_size(f.bytes), f.uploaded_on.long())}</span>
                    <button
                        type="button"
                        class="cpor-button cpor-button--subtle"
                        aria-label=tr!(CLAIM_PAGE_DOWNLOAD_LABEL, f.name.clone())
                        on:click=move |_| download_file(claim.clone(), file.clone(), outcome)
                    >
                        {icon(Icon::DOWNLOAD)}
                        {tr!(CLAIM_PAGE_DOWNLOAD)}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="cpor-files">{items}</ul>
        <p class="cpor-error-text" role="status">{move || outcome.get()}</p>
    }
    .into_any()
}
