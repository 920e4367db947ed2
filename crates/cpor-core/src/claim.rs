//! Whether a claim is complete enough to submit: every answer parsed with
//! its own rule, the contacts the solution area needs, the revenue details
//! the role needs. Returns every problem at once, each tied to its field, so
//! the UI can list them and the server can refuse with the same words.

use cpor_i18n::{msg, Text};
use serde::{Deserialize, Serialize};

use crate::api::v1::{ClaimInput, Contact};
use crate::catalog::ErrorCode;
use crate::lifecycle::ClaimField;
use crate::roles::{PartnerRole, SolutionArea};
use crate::subscription::ProductFamily;
use crate::text::{nouns, ClaimName, Email, JobTitle, OrganisationName, PersonName, TextError};
use crate::{CustomerDomain, PartnerProgramId, TenantId};

/// A problem with one answer of a claim.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AnswerProblem {
    /// Where the answer sits, e.g. `customer_contact.email`.
    pub path: String,
    /// The stable code.
    pub code: ErrorCode,
    /// The specific sentence, in the language it was worded in.
    pub message: String,
    /// The sentence as a message, so it can be worded in another language
    /// (the server words it in the request's); never sent, so a problem
    /// read from JSON has none.
    #[serde(skip)]
    text: Option<Text>,
}

impl AnswerProblem {
    /// The problem of the answer at `path`: `code`, and `text` worded in
    /// the current language.
    pub fn new(path: &str, code: ErrorCode, text: Text) -> Self {
        Self { path: path.to_owned(), code, message: text.to_string(), text: Some(text) }
    }

    /// The sentence as a message, when the problem was made here rather
    /// than read.
    pub fn text(&self) -> Option<&Text> {
        self.text.as_ref()
    }
}

/// Problems are the same when they say the same: the path, the code and
/// the sentence.
impl PartialEq for AnswerProblem {
    fn eq(&self, other: &Self) -> bool {
        (&self.path, self.code, &self.message) == (&other.path, other.code, &other.message)
    }
}

impl Eq for AnswerProblem {}

/// Adds the problem of an answer that is refused; `empty` names the answer
/// when it is missing ("Enter the customer contact's name.").
fn text<T>(problems: &mut Vec<AnswerProblem>, path: &str, empty: Text, parsed: Result<T, TextError>) {
    if let Err(e) = parsed {
        let message = match &e {
            TextError::Empty { .. } => empty,
            other => other.text(),
        };
        problems.push(AnswerProblem::new(path, e.code(), message));
    }
}

/// A contact's answers; `who` is `customer`, `technical` or `partner`.
fn contact(problems: &mut Vec<AnswerProblem>, path: &str, who: &'static str, c: &Contact, needs_title: bool) {
    let empty = |m| Text::new(m, [who.into()]);
    text(problems, &format!("{path}.name"), empty(msg::CLAIM_CONTACT_NAME), PersonName::parse(&c.name));
    if needs_title {
        text(problems, &format!("{path}.title"), empty(msg::CLAIM_CONTACT_TITLE), JobTitle::parse(&c.title));
    }
    text(problems, &format!("{path}.email"), empty(msg::CLAIM_CONTACT_EMAIL), Email::parse(&c.email));
}

/// Every problem that keeps `input` from being submitted. `families` gives
/// the family of each claimed product (in the order of `input.products`);
/// the caller looks them up in the catalog. Subscription verdicts and
/// competition are checked separately, against the tenant's data.
pub fn submit_problems(input: &ClaimInput, families: &[Option<ProductFamily>]) -> Vec<AnswerProblem> {
    let mut problems = Vec::new();
    if let Err(e) = PartnerProgramId::parse(&input.partner_program_id) {
        problems.push(AnswerProblem::new("partner_program_id", e.code(), e.text()));
    }
    if let Err(e) = TenantId::parse(&input.tenant_id) {
        problems.push(AnswerProblem::new("tenant_id", e.code(), e.text()));
    }
    if let Err(e) = CustomerDomain::parse(&input.domain) {
        problems.push(AnswerProblem::new("domain", e.code(), e.text()));
    }
    match (input.solution_area, input.partner_role) {
        (None, _) => problems.push(AnswerProblem::new(
            "solution_area",
            ErrorCode::UnknownSolutionArea,
            Text::from(msg::CLAIM_AREA_MISSING),
        )),
        (Some(_), None) => problems.push(AnswerProblem::new(
            "partner_role",
            ErrorCode::RoleNotChosen,
            Text::from(msg::CLAIM_ROLE_MISSING),
        )),
        (Some(area), Some(role)) if role.solution_area() != area => problems.push(AnswerProblem::new(
            "partner_role",
            ErrorCode::RoleNotInArea,
            Text::new(msg::CLAIM_ROLE_NOT_IN_AREA, [role.message().into(), area.message().into()]),
        )),
        _ => {}
    }
    if input.products.is_empty() {
        problems.push(AnswerProblem::new(
            "products",
            ErrorCode::ProductsMissing,
            Text::from(msg::CLAIM_PRODUCTS_MISSING),
        ));
    }
    for (i, product) in input.products.iter().enumerate() {
        if input.products[..i].iter().any(|earlier| earlier.product_id == product.product_id) {
            problems.push(AnswerProblem::new(
                &format!("products.{i}"),
                ErrorCode::ProductRepeated,
                Text::from(msg::CLAIM_PRODUCT_REPEATED),
            ));
        }
    }
    for (i, family) in families.iter().enumerate() {
        if family.is_none() {
            problems.push(AnswerProblem::new(
                &format!("products.{i}"),
                ErrorCode::UnknownProduct,
                Text::from(msg::CLAIM_PRODUCT_UNKNOWN),
            ));
        }
    }
    text(&mut problems, "claim_name", msg::CLAIM_NAME_EMPTY.into(), ClaimName::parse(&input.claim_name));
    let comment = crate::text::note(&input.comment, nouns::COMMENT);
    text(&mut problems, "comment", Text::new(msg::TEXT_EMPTY, [nouns::COMMENT.into()]), comment);
    contact(&mut problems, "customer_contact", "customer", &input.customer_contact, true);
    let dynamics = families.contains(&Some(ProductFamily::Dynamics365))
        || input.solution_area == Some(SolutionArea::BusinessApplications);
    if dynamics {
        let technical = input.technical_contact.clone().unwrap_or_default();
        contact(&mut problems, "technical_contact", "technical", &technical, true);
    }
    contact(&mut problems, "partner_contact", "partner", &input.partner_contact, false);
    if input.partner_role.is_some_and(PartnerRole::needs_revenue_details) {
        let revenue = input.revenue.clone().unwrap_or_default();
        text(
            &mut problems,
            "revenue.solution_seller",
            msg::CLAIM_SOLUTION_SELLER_EMPTY.into(),
            PersonName::parse(&revenue.solution_seller),
        );
        text(
            &mut problems,
            "revenue.customer_name",
            msg::CLAIM_CUSTOMER_NAME_EMPTY.into(),
            OrganisationName::parse(&revenue.customer_name),
        );
        text(
            &mut problems,
            "revenue.isv_product",
            msg::CLAIM_ISV_PRODUCT_EMPTY.into(),
            OrganisationName::parse(&revenue.isv_product),
        );
    }
    problems
}

/// `input` with every answer that parses in its canonical form: IDs and the
/// domain as the rules spell them, names trimmed, collapsed and in NFC,
/// email addresses with their domain in lower case. What the server keeps
/// of a claim once it is submitted (a draft keeps what was typed).
pub fn canonical(input: &ClaimInput) -> ClaimInput {
    fn keep<T: ToString, E>(raw: &mut String, parse: impl Fn(&str) -> Result<T, E>) {
        if let Ok(v) = parse(raw) {
            *raw = v.to_string();
        }
    }
    fn contact(c: &mut Contact) {
        keep(&mut c.name, PersonName::parse);
        keep(&mut c.title, JobTitle::parse);
        keep(&mut c.email, Email::parse);
    }
    let mut out = input.clone();
    keep(&mut out.partner_program_id, PartnerProgramId::parse);
    keep(&mut out.tenant_id, TenantId::parse);
    keep(&mut out.domain, CustomerDomain::parse);
    keep(&mut out.claim_name, ClaimName::parse);
    if let Ok(comment) = crate::text::note(&input.comment, nouns::COMMENT) {
        out.comment = comment.unwrap_or_default();
    }
    contact(&mut out.customer_contact);
    if let Some(c) = out.technical_contact.as_mut() {
        contact(c);
    }
    contact(&mut out.partner_contact);
    if let Some(r) = out.revenue.as_mut() {
        keep(&mut r.solution_seller, PersonName::parse);
        keep(&mut r.customer_name, OrganisationName::parse);
        keep(&mut r.isv_product, OrganisationName::parse);
    }
    for p in &mut out.products {
        if let Some(s) = p.subscription_id.as_mut() {
            keep(s, crate::SubscriptionId::parse);
        }
    }
    out
}

/// The parts of a claim that differ between `old` and `new`, in form
/// order (to check them against what the claim's status lets the partner
/// edit, and to write the history).
pub fn changed_fields(old: &ClaimInput, new: &ClaimInput) -> Vec<ClaimField> {
    let mut changed = Vec::new();
    let mut check = |field, differs: bool| {
        if differs {
            changed.push(field);
        }
    };
    check(ClaimField::PartnerProgramId, old.partner_program_id != new.partner_program_id);
    check(ClaimField::Customer, old.tenant_id != new.tenant_id || old.domain != new.domain);
    check(
        ClaimField::SolutionAreaAndRole,
        old.solution_area != new.solution_area || old.partner_role != new.partner_role,
    );
    check(ClaimField::Products, old.products != new.products);
    check(ClaimField::ClaimName, old.claim_name != new.claim_name);
    check(
        ClaimField::Contacts,
        old.customer_contact != new.customer_contact
            || old.technical_contact != new.technical_contact
            || old.partner_contact != new.partner_contact,
    );
    check(ClaimField::RevenueDetails, old.revenue != new.revenue);
    check(ClaimField::ProofOfExecution, old.comment != new.comment);
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::v1::{ClaimedProduct, RevenueDetails};

    fn complete() -> ClaimInput {
        let person =
            |name: &str, email: &str| Contact { name: name.into(), title: "IT director".into(), email: email.into() };
        ClaimInput {
            partner_program_id: "4810225".into(),
            tenant_id: "6a1f3c52-0b7e-4d2a-9f14-3c8e5b7d2a10".into(),
            domain: "contoso.com".into(),
            solution_area: Some(SolutionArea::BusinessApplications),
            partner_role: Some(PartnerRole::BuildIntentAdvisor),
            products: vec![ClaimedProduct { product_id: "d365-sales".into(), subscription_id: None }],
            claim_name: "Contoso Sales rollout".into(),
            customer_contact: person("Adele Vance", "adele@contoso.com"),
            technical_contact: Some(person("Nestor Wilke", "nestor@contoso.com")),
            partner_contact: Contact {
                name: "Megan Bowen".into(),
                title: String::new(),
                email: "megan@northwind.example".into(),
            },
            revenue: None,
            comment: String::new(),
        }
    }

    const D365: [Option<ProductFamily>; 1] = [Some(ProductFamily::Dynamics365)];

    #[test]
    fn the_comment_follows_the_text_rule_and_a_submitted_claim_is_kept_canonical() {
        let mut input = complete();
        input.comment = "See page 2 \u{202E}fdp.exe".into();
        let problems = submit_problems(&input, &D365);
        assert_eq!(
            problems.iter().map(|p| (p.path.as_str(), p.code)).collect::<Vec<_>>(),
            [("comment", ErrorCode::TextBidi)]
        );
        input.comment = "  Signed SOW attached.\r\n ".into();
        input.claim_name = "  Contoso   Sales ".into();
        input.tenant_id = "{6A1F3C52-0B7E-4D2A-9F14-3C8E5B7D2A10}".into();
        input.domain = "https://Contoso.COM/".into();
        input.partner_program_id = " 4810225 ".into();
        let kept = canonical(&input);
        assert_eq!(kept.claim_name, "Contoso Sales");
        assert_eq!(kept.comment, "Signed SOW attached.");
        assert_eq!(kept.tenant_id, "6a1f3c52-0b7e-4d2a-9f14-3c8e5b7d2a10");
        assert_eq!((kept.domain.as_str(), kept.partner_program_id.as_str()), ("contoso.com", "4810225"));
        assert_eq!(canonical(&kept), kept);
        assert!(submit_problems(&kept, &D365).is_empty());
    }

    #[test]
    fn changed_fields_in_form_order() {
        let old = complete();
        let mut new = old.clone();
        assert!(changed_fields(&old, &new).is_empty());
        new.claim_name = "Renamed".into();
        new.partner_program_id = "4810226".into();
        new.customer_contact.email = "it@contoso.com".into();
        assert_eq!(
            changed_fields(&old, &new),
            [ClaimField::PartnerProgramId, ClaimField::ClaimName, ClaimField::Contacts]
        );
    }

    #[test]
    fn a_complete_claim_has_no_problem() {
        assert_eq!(submit_problems(&complete(), &D365), vec![]);
    }

    #[test]
    fn an_empty_claim_lists_every_answer_in_order() {
        let paths: Vec<String> = submit_problems(&ClaimInput::default(), &[]).into_iter().map(|p| p.path).collect();
        assert_eq!(
            paths,
            [
                "partner_program_id",
                "tenant_id",
                "domain",
                "solution_area",
                "products",
                "claim_name",
                "customer_contact.name",
                "customer_contact.title",
                "customer_contact.email",
                "partner_contact.name",
                "partner_contact.email",
            ]
        );
    }

    #[test]
    fn dynamics_needs_a_technical_contact_and_revenue_association_its_details() {
        let mut input = complete();
        input.technical_contact = None;
        let problems = submit_problems(&input, &D365);
        assert_eq!(problems[0].path, "technical_contact.name");
        assert_eq!(problems[0].message, "Enter the customer technical contact's name.");
        let mut input = complete();
        input.partner_role = Some(PartnerRole::InfluencedRevenueRecognition);
        let paths: Vec<String> = submit_problems(&input, &D365).into_iter().map(|p| p.path).collect();
        assert_eq!(paths, ["revenue.solution_seller", "revenue.customer_name", "revenue.isv_product"]);
        input.revenue = Some(RevenueDetails {
            solution_seller: "Pradeep Gupta".into(),
            customer_name: "Contoso Ltd".into(),
            isv_product: "Contoso Field App".into(),
        });
        assert!(submit_problems(&input, &D365).is_empty());
    }

    /// A complete Modern Work claim on Teams.
    fn modern_work() -> ClaimInput {
        let mut input = complete();
        input.solution_area = Some(SolutionArea::ModernWorkAndSecurity);
        input.partner_role = Some(PartnerRole::UseOrConsume);
        input.technical_contact = None;
        input.products = vec![ClaimedProduct { product_id: "m365-teams".into(), subscription_id: None }];
        input
    }

    #[test]
    fn modern_work_needs_no_technical_contact_and_roles_must_fit_the_area() {
        let mut input = modern_work();
        assert!(submit_problems(&input, &[Some(ProductFamily::ModernWork)]).is_empty());
        input.partner_role = Some(PartnerRole::BuildIntentAdvisor);
        let p = submit_problems(&input, &[Some(ProductFamily::ModernWork)]);
        assert_eq!(p[0].code, ErrorCode::RoleNotInArea);
        assert_eq!(submit_problems(&input, &[None])[1].code, ErrorCode::UnknownProduct);
    }

    #[test]
    fn a_product_listed_twice_is_named_at_its_second_place() {
        let mut input = modern_work();
        input.products.push(input.products[0].clone());
        let p = submit_problems(&input, &[Some(ProductFamily::ModernWork); 2]);
        assert_eq!(p.len(), 1);
        assert_eq!((p[0].path.as_str(), p[0].code), ("products.1", ErrorCode::ProductRepeated));
    }
}
