//! What the partner is told about an answer, and where that answer lives:
//! its path (as in API bodies, e.g. `customer_contact.email`) and the step
//! that asks for it (its element id is the view's: `host::Ids::field`). Messages come from
//! `cpor-core`, so the browser and the server use the same words.

use cpor_core::api::v1::{ClaimInput, Problem};
use cpor_core::claim::{submit_problems, AnswerProblem};
use cpor_core::subscription::ProductFamily;
use cpor_core::{ErrorCode, Field};

/// A message about one answer, worded by `cpor-core`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldMessage {
    /// The answer's path, e.g. `tenant_id` or `customer_contact.email`.
    pub path: String,
    /// The stable code.
    pub code: ErrorCode,
    /// The specific sentence (the same inline and in the error summary).
    pub message: String,
    /// What to do about it (empty where the message already says it).
    pub fix: String,
    /// Whether a support link belongs under it.
    pub support: bool,
}

impl FieldMessage {
    /// A message about `field` from a catalog code and its specific sentence.
    pub fn new(field: Field, code: ErrorCode, message: impl Into<String>) -> Self {
        Self::at(field.key(), code, message)
    }

    /// A message about the answer at `path`.
    pub fn at(path: impl Into<String>, code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            code,
            message: message.into(),
            fix: shown_fix(code, &code.fix()),
            support: code.needs_support(),
        }
    }

    /// A message from a server problem about the answer at `path`.
    pub fn from_problem(path: impl Into<String>, problem: &Problem) -> Self {
        let code = problem.error_code().unwrap_or(ErrorCode::Internal);
        Self {
            path: path.into(),
            code,
            message: problem.detail.clone(),
            fix: shown_fix(code, &problem.fix),
            support: problem.support_url.is_some(),
        }
    }

    /// A message from a `cpor-core` answer check.
    pub fn from_answer(p: &AnswerProblem) -> Self {
        Self::at(p.path.clone(), p.code, p.message.clone())
    }
}

impl FieldMessage {
    /// The messages of a refused request, each at its answer: the answer
    /// problems of `claim_incomplete`, or the one problem at its field (or at
    /// `fallback`).
    pub fn all_from_problem(problem: &Problem, fallback: &str) -> Vec<Self> {
        if !problem.problems.is_empty() {
            return problem.problems.iter().map(Self::from_answer).collect();
        }
        let path = problem.field.map(|f| f.key()).unwrap_or(fallback);
        vec![Self::from_problem(path, problem)]
    }
}

/// The fix shown under a message: none where the message itself says what
/// to do ("Enter the customer's full name." needs no "Fill it in.").
fn shown_fix(code: ErrorCode, fix: &str) -> String {
    let says_it = matches!(
        code,
        ErrorCode::TextEmpty | ErrorCode::TextTooLong | ErrorCode::ProductsMissing | ErrorCode::RoleNotChosen
    );
    if says_it {
        String::new()
    } else {
        fix.to_owned()
    }
}

/// The step (1 to 6) that asks for the answer at `path`.
pub fn step_of(path: &str) -> usize {
    match path.split('.').next().unwrap_or_default() {
        "partner_program_id" | "tenant_id" | "domain" => 1,
        "solution_area" | "partner_role" => 2,
        "products" | "product" | "subscription_id" => 3,
        "claim_name" | "customer_contact" | "technical_contact" | "partner_contact" | "revenue" => 4,
        "proof_of_execution" | "comment" => 5,
        _ => 6,
    }
}

/// The problems `cpor-core` finds with the answers of `step`, in page order.
/// `families` gives each chosen product's family, as for
/// [`submit_problems`].
pub fn answer_problems(input: &ClaimInput, families: &[Option<ProductFamily>], step: usize) -> Vec<FieldMessage> {
    submit_problems(input, families)
        .iter()
        .filter(|p| step_of(&p.path) == step)
        .map(FieldMessage::from_answer)
        .collect()
}

/// The message about the answer at `path`, if `cpor-core` has one.
pub fn answer_problem(input: &ClaimInput, families: &[Option<ProductFamily>], path: &str) -> Option<FieldMessage> {
    submit_problems(input, families).iter().find(|p| p.path == path).map(FieldMessage::from_answer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use cpor_core::roles::{PartnerRole, SolutionArea};

    #[test]
    fn every_path_belongs_to_one_step() {
        assert_eq!(step_of("tenant_id"), 1);
        assert_eq!(step_of("partner_role"), 2);
        assert_eq!(step_of("subscription_id.d365-sales"), 3);
        assert_eq!(step_of("technical_contact.email"), 4);
        assert_eq!(step_of("proof_of_execution"), 5);
    }

    #[test]
    fn step_four_asks_for_what_the_area_and_role_need() {
        let mut input = ClaimInput {
            solution_area: Some(SolutionArea::ModernWorkAndSecurity),
            partner_role: Some(PartnerRole::UseOrConsume),
            ..ClaimInput::default()
        };
        let paths = |input: &ClaimInput| -> Vec<String> {
            answer_problems(input, &[], 4).into_iter().map(|m| m.path).collect()
        };
        let modern_work = paths(&input);
        assert_eq!(modern_work.first().map(String::as_str), Some("claim_name"));
        assert!(!modern_work.iter().any(|p| p.starts_with("technical_contact") || p.starts_with("revenue")));
        assert!(modern_work.iter().any(|p| p == "partner_contact.email"));

        input.solution_area = Some(SolutionArea::BusinessApplications);
        input.partner_role = Some(PartnerRole::InfluencedRevenueRecognition);
        let revenue = paths(&input);
        assert!(revenue.iter().any(|p| p == "technical_contact.title"));
        assert!(revenue.iter().any(|p| p == "revenue.isv_product"));

        input.customer_contact.email = "not-an-email".into();
        let m = answer_problem(&input, &[], "customer_contact.email").unwrap();
        assert_eq!(m.code, ErrorCode::EmailInvalid);
        assert_eq!(m.fix, ErrorCode::EmailInvalid.fix());
    }
}
