//! Step 1, "Partner and customer": what each field's message is, when the
//! customer check may run, and what stops the partner from going on.

use cpor_core::api::v1::{CustomerCheckResponse, PartnerProgram, Problem};
use cpor_core::{CustomerDomain, ErrorCode, Field, PartnerProgramId, TenantId};
use cpor_i18n::tr;

pub use super::form::FieldMessage;

/// The tenant field's verdict, computed in the browser.
pub fn tenant_message(raw: &str) -> Result<TenantId, FieldMessage> {
    TenantId::parse(raw).map_err(|e| FieldMessage::new(Field::TenantId, e.code(), e.to_string()))
}

/// The domain field's verdict, computed in the browser.
pub fn domain_message(raw: &str) -> Result<CustomerDomain, FieldMessage> {
    CustomerDomain::parse(raw).map_err(|e| FieldMessage::new(Field::Domain, e.code(), e.to_string()))
}

/// The program choice's verdict: a well-formed ID that is one of the
/// organisation's programs.
pub fn program_message<'a>(raw: &str, programs: &'a [PartnerProgram]) -> Result<&'a PartnerProgram, FieldMessage> {
    let id = PartnerProgramId::parse(raw)
        .map_err(|e| FieldMessage::new(Field::PartnerProgramId, e.code(), e.to_string()))?;
    programs.iter().find(|p| p.id == id).ok_or_else(|| {
        let e = cpor_core::PartnerProgramIdError::Empty;
        FieldMessage::new(Field::PartnerProgramId, e.code(), e.to_string())
    })
}

/// The pair the server is asked about: both values well formed, or nothing
/// is sent.
pub fn check_key(tenant_raw: &str, domain_raw: &str) -> Option<(TenantId, CustomerDomain)> {
    Some((TenantId::parse(tenant_raw).ok()?, CustomerDomain::parse(domain_raw).ok()?))
}

/// Where the server's check of tenant + domain stands.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum CustomerCheck {
    /// Nothing to check: a value is missing or malformed.
    #[default]
    Idle,
    /// Well-formed values are waiting out the typing pause.
    Waiting,
    /// A request is under way.
    Checking,
    /// The domain belongs to the tenant.
    Confirmed(CustomerCheckResponse),
    /// The server refused the pair (mismatch, unknown tenant, or a value it
    /// parsed differently).
    Refused(FieldMessage),
    /// The server could not be asked: not the partner's mistake.
    Unavailable,
}

impl CustomerCheck {
    /// The outcome of a check request.
    pub fn from_result(result: Result<CustomerCheckResponse, Option<Problem>>) -> Self {
        match result {
            Ok(confirmed) => Self::Confirmed(confirmed),
            Err(Some(problem)) => {
                let field = problem.field.filter(|f| *f != Field::PartnerProgramId).unwrap_or(Field::Domain);
                Self::Refused(FieldMessage::from_problem(field.key(), &problem))
            }
            Err(None) => Self::Unavailable,
        }
    }

    /// What the live region says.
    pub fn announcement(&self) -> String {
        match self {
            Self::Idle | Self::Waiting => String::new(),
            Self::Checking => tr!(STEP_CUSTOMER_CHECKING),
            Self::Confirmed(c) => tr!(STEP_CUSTOMER_CONFIRMED, c.domain.to_unicode(), c.customer_name.clone()),
            Self::Refused(m) => m.message.clone(),
            Self::Unavailable => unavailable(),
        }
    }

    /// The refusal concerning `field`, if the check refused the pair for it.
    pub fn refusal_for(&self, field: Field) -> Option<&FieldMessage> {
        match self {
            Self::Refused(m) if m.path == field.key() => Some(m),
            _ => None,
        }
    }
}

/// What the partner is told when the check could not run.
pub fn unavailable() -> String {
    tr!(STEP_CUSTOMER_UNAVAILABLE)
}

/// Everything that keeps the partner on step 1, in page order. Empty means
/// the step is complete.
pub fn step_problems(
    program_raw: &str,
    programs: &[PartnerProgram],
    tenant_raw: &str,
    domain_raw: &str,
    check: &CustomerCheck,
) -> Vec<FieldMessage> {
    let mut problems = Vec::new();
    if let Err(m) = program_message(program_raw, programs) {
        problems.push(m);
    }
    let tenant = tenant_message(tenant_raw);
    let domain = domain_message(domain_raw);
    match (&tenant, &domain) {
        (Err(t), Err(d)) => problems.extend([t.clone(), d.clone()]),
        (Err(t), Ok(_)) => problems.push(t.clone()),
        (Ok(_), Err(d)) => problems.push(d.clone()),
        (Ok(_), Ok(_)) => match check {
            CustomerCheck::Confirmed(_) => {}
            CustomerCheck::Refused(m) => problems.push(m.clone()),
            CustomerCheck::Unavailable => {
                problems.push(FieldMessage::new(Field::Domain, ErrorCode::ServiceUnavailable, unavailable()))
            }
            // Still checking: the page waits for the answer rather than
            // calling it a problem.
            CustomerCheck::Idle | CustomerCheck::Waiting | CustomerCheck::Checking => {}
        },
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONTOSO: &str = "6a1f3c52-0b7e-4d2a-9f14-3c8e5b7d2a10";

    fn programs() -> Vec<PartnerProgram> {
        vec![PartnerProgram {
            id: PartnerProgramId::parse("4810225").unwrap(),
            name: "Northwind Solutions Seattle".into(),
            country: "United States".into(),
            enrolled: true,
            partner_type: "Solutions Partner".into(),
        }]
    }

    fn confirmed() -> CustomerCheck {
        CustomerCheck::Confirmed(CustomerCheckResponse {
            tenant_id: TenantId::parse(CONTOSO).unwrap(),
            domain: CustomerDomain::parse("contoso.com").unwrap(),
            customer_name: "Contoso Ltd".into(),
        })
    }

    #[test]
    fn nothing_is_sent_unless_both_values_are_well_formed() {
        assert!(check_key(CONTOSO, "contoso.com").is_some());
        assert!(check_key("6a1f3c52", "contoso.com").is_none());
        assert!(check_key(CONTOSO, "contoso").is_none());
        assert!(check_key(&format!("{{{}}}", CONTOSO.to_uppercase()), "https://contoso.com/").is_some());
    }

    #[test]
    fn an_empty_step_lists_every_field_in_page_order() {
        let p = step_problems("", &programs(), "", "", &CustomerCheck::Idle);
        let fields: Vec<&str> = p.iter().map(|m| m.path.as_str()).collect();
        assert_eq!(fields, ["partner_program_id", "tenant_id", "domain"]);
        assert_eq!(p[1].message, "Enter the customer tenant ID.");
    }

    #[test]
    fn a_program_outside_the_organisation_is_refused() {
        let p = step_problems("9999999", &programs(), CONTOSO, "contoso.com", &confirmed());
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].path, "partner_program_id");
    }

    #[test]
    fn a_confirmed_check_completes_the_step() {
        assert!(step_problems("4810225", &programs(), CONTOSO, "contoso.com", &confirmed()).is_empty());
    }

    #[test]
    fn server_refusals_and_outages_block_with_their_own_words() {
        let mut problem =
            Problem::new(ErrorCode::DomainTenantMismatch, 422, "fabrikam.com doesn't belong to the tenant.");
        let refused = CustomerCheck::from_result(Err(Some(problem.clone())));
        let p = step_problems("4810225", &programs(), CONTOSO, "fabrikam.com", &refused);
        assert_eq!(p[0].code, ErrorCode::DomainTenantMismatch);
        assert_eq!(p[0].path, "domain");
        problem = Problem::new(ErrorCode::UnknownTenant, 422, "No such tenant.");
        let unknown = CustomerCheck::from_result(Err(Some(problem)));
        assert!(unknown.refusal_for(Field::TenantId).is_some_and(|m| m.support));
        let down = CustomerCheck::from_result(Err(None));
        let p = step_problems("4810225", &programs(), CONTOSO, "contoso.com", &down);
        assert_eq!(p[0].message, unavailable());
        assert_eq!(down.announcement(), unavailable());
    }

    #[test]
    fn confirmation_is_announced_with_the_unicode_domain() {
        let c = CustomerCheck::Confirmed(CustomerCheckResponse {
            tenant_id: TenantId::parse(CONTOSO).unwrap(),
            domain: CustomerDomain::parse("bücher.ch").unwrap(),
            customer_name: "Bücher AG".into(),
        });
        assert_eq!(c.announcement(), "Confirmed: bücher.ch belongs to Bücher AG.");
    }
}
