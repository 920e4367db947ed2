//! Step 3, "Products": which of the customer's products are chosen, what
//! each needs (a subscription ID when the tenant has several), and the
//! server's verdict on each, with its reason and fix when it can't be
//! claimed.

use std::collections::HashMap;

use cpor_core::api::v1::{ClaimInput, CustomerProduct, Problem, SubscriptionCheckResponse};
use cpor_core::exclusivity::Competition;
use cpor_core::subscription::{ProductFamily, SubscriptionId, SubscriptionRefusal};
use cpor_core::ErrorCode;
use cpor_i18n::tr;

use super::draft::Draft;
use super::form::FieldMessage;

/// Path of a product's own answer (its checkbox).
pub fn product_path(product_id: &str) -> String {
    format!("product.{product_id}")
}

/// Path of the subscription ID typed for a product.
pub fn subscription_path(product_id: &str) -> String {
    format!("subscription_id.{product_id}")
}

/// The subscription field's verdict, computed in the browser: a well-formed
/// ID, or the message saying what is wrong (nothing is sent for it).
pub fn subscription_message(product: &CustomerProduct, raw: &str) -> Result<SubscriptionId, FieldMessage> {
    let path = subscription_path(&product.product.id);
    if raw.trim().is_empty() {
        let refusal = SubscriptionRefusal::SubscriptionRequired { count: product.subscriptions.len() };
        return Err(FieldMessage::at(path, refusal.code(), refusal.to_string()));
    }
    SubscriptionId::parse(raw).map_err(|e| FieldMessage::at(path, e.code(), e.to_string()))
}

/// What the server is asked for a chosen product: `Some(None)` for the
/// product alone, `Some(Some(id))` with a subscription, `None` when the
/// browser already knows the answer is malformed (nothing is sent).
pub fn request_for(product: &CustomerProduct, typed: &str) -> Option<Option<String>> {
    if product.subscription_required {
        subscription_message(product, typed).ok().map(|id| Some(id.to_string()))
    } else {
        Some(None)
    }
}

/// Where the server's verdict on one chosen product stands.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum ProductCheck {
    /// Not asked: not chosen, or its subscription ID is missing or malformed.
    #[default]
    Idle,
    /// Waiting out the typing pause.
    Waiting,
    /// A request is under way.
    Checking,
    /// It can be claimed (perhaps going to arbitration).
    Claimable(SubscriptionCheckResponse),
    /// It can't be claimed, for this reason.
    Refused(FieldMessage),
    /// It can be claimed later (provisioned less than 7 days ago): a wait,
    /// not a mistake; the message says from when.
    NotYet(FieldMessage),
    /// The server could not be asked: not the partner's mistake.
    Unavailable,
}

impl ProductCheck {
    /// The outcome of a check of `product`.
    pub fn from_result(product: &CustomerProduct, result: Result<SubscriptionCheckResponse, Option<Problem>>) -> Self {
        let id = &product.product.id;
        match result {
            Ok(ok) if ok.competition == Competition::AlreadyClaimedByYou => Self::Refused(FieldMessage::at(
                product_path(id),
                ErrorCode::AlreadyClaimed,
                tr!(STEP_PRODUCTS_ALREADY_CLAIMED, product.product.name.clone()),
            )),
            Ok(ok) => Self::Claimable(ok),
            Err(Some(problem)) => {
                // When the partner typed which subscription, the verdict is
                // about it and sits at that field; otherwise at the product.
                let path = if product.subscription_required { subscription_path(id) } else { product_path(id) };
                match (problem.error_code(), problem.claimable_from) {
                    (Some(ErrorCode::SubscriptionProvisionedRecently), Some(from)) => {
                        let mut m = FieldMessage::from_problem(path, &problem);
                        m.message = tr!(STEP_PRODUCTS_CLAIMABLE_FROM, product.product.name.clone(), from.long());
                        m.fix = tr!(STEP_PRODUCTS_CLAIMABLE_FROM_FIX, problem.detail.clone());
                        Self::NotYet(m)
                    }
                    _ => Self::Refused(FieldMessage::from_problem(path, &problem)),
                }
            }
            Err(None) => Self::Unavailable,
        }
    }

    /// Whether an answer is still awaited.
    pub fn pending(&self) -> bool {
        matches!(self, Self::Waiting | Self::Checking)
    }

    /// Whether the claim will go to arbitration for this product.
    pub fn arbitration(&self) -> bool {
        matches!(self, Self::Claimable(ok) if ok.competition == Competition::Arbitration)
    }
}

/// What the partner is told when a product could not be checked.
pub fn unavailable() -> String {
    tr!(STEP_PRODUCTS_UNAVAILABLE)
}

/// Everything that keeps the partner on step 3, in page order, and whether
/// a verdict is still awaited.
pub fn step_problems(
    products: &[CustomerProduct],
    draft: &Draft,
    checks: &HashMap<String, ProductCheck>,
) -> (Vec<FieldMessage>, bool) {
    let mut problems = Vec::new();
    let mut pending = false;
    if draft.input.products.is_empty() {
        problems.push(FieldMessage::at("products", ErrorCode::ProductsMissing, tr!(ERROR_PRODUCTS_MISSING)));
    }
    for product in products {
        let id = &product.product.id;
        if !draft.input.products.iter().any(|p| &p.product_id == id) {
            continue;
        }
        if product.subscription_required {
            if let Err(m) = subscription_message(product, &draft.subscription(id)) {
                problems.push(m);
                continue;
            }
        }
        match checks.get(id).unwrap_or(&ProductCheck::Idle) {
            ProductCheck::Refused(m) | ProductCheck::NotYet(m) => problems.push(m.clone()),
            ProductCheck::Unavailable => {
                problems.push(FieldMessage::at(product_path(id), ErrorCode::ServiceUnavailable, unavailable()))
            }
            ProductCheck::Claimable(_) => {}
            ProductCheck::Idle | ProductCheck::Waiting | ProductCheck::Checking => pending = true,
        }
    }
    // A chosen product the customer no longer has.
    for chosen in &draft.input.products {
        if !products.iter().any(|p| p.product.id == chosen.product_id) {
            problems.push(FieldMessage::at(
                "products",
                ErrorCode::ProductNotOnTenant,
                tr!(STEP_PRODUCTS_GONE, chosen.product_id.clone()),
            ));
        }
    }
    (problems, pending)
}

/// The partner's own live claim holding `product_name` among `claims` (a
/// search of the customer's claims), for the "open your existing claim"
/// link of a product the company already claims.
pub fn existing_claim<'a>(
    claims: &'a [cpor_core::api::v1::ClaimSummary],
    product_name: &str,
) -> Option<&'a cpor_core::api::v1::ClaimSummary> {
    claims.iter().find(|c| c.status.is_live() && c.products.iter().any(|p| p == product_name))
}

/// The family of each chosen product, in the claim's order (`None` for one
/// not on the tenant).
pub fn families(products: &[CustomerProduct], input: &ClaimInput) -> Vec<Option<ProductFamily>> {
    input
        .products
        .iter()
        .map(|c| products.iter().find(|p| p.product.id == c.product_id).map(|p| p.product.family))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use cpor_core::api::v1::SubscriptionSummary;
    use cpor_core::roles::{PurchaseChannel, SolutionArea};
    use cpor_core::subscription::{Product, SubscriptionStatus};

    const A: &str = "5a1e5000-0000-4000-8000-00000000c001";
    const B: &str = "5a1e5000-0000-4000-8000-00000000c002";

    fn sales(subscriptions: &[&str]) -> CustomerProduct {
        CustomerProduct {
            product: Product {
                id: "d365-sales".into(),
                name: "Dynamics 365 Sales".into(),
                solution_area: SolutionArea::BusinessApplications,
                family: ProductFamily::Dynamics365,
            },
            subscriptions: subscriptions
                .iter()
                .map(|id| SubscriptionSummary {
                    id: SubscriptionId::parse(id).unwrap(),
                    status: SubscriptionStatus::Active,
                    channel: PurchaseChannel::VolumeLicensing,
                    provisioned_on: None,
                })
                .collect(),
            subscription_required: subscriptions.len() > 1,
            competition: Competition::Free,
        }
    }

    #[test]
    fn a_required_subscription_is_checked_in_the_browser_first() {
        let two = sales(&[A, B]);
        assert_eq!(request_for(&two, ""), None);
        assert_eq!(request_for(&two, "not-a-guid"), None);
        assert_eq!(request_for(&two, &format!("{{{}}}", A.to_uppercase())), Some(Some(A.to_owned())));
        let missing = subscription_message(&two, " ").unwrap_err();
        assert_eq!(missing.code, ErrorCode::SubscriptionRequired);
        assert!(missing.message.contains("2 subscriptions"), "{}", missing.message);
        assert_eq!(subscription_message(&two, "abc").unwrap_err().code, ErrorCode::SubscriptionIdMalformed);
        assert_eq!(request_for(&sales(&[A]), ""), Some(None));
    }

    #[test]
    fn the_step_lists_each_chosen_product_and_waits_for_verdicts() {
        let products = vec![sales(&[A, B])];
        let mut draft = Draft::default();
        let (p, _) = step_problems(&products, &draft, &HashMap::new());
        assert_eq!(p[0].code, ErrorCode::ProductsMissing);

        draft.toggle_product("d365-sales", true);
        let (p, _) = step_problems(&products, &draft, &HashMap::new());
        assert_eq!(p[0].path, "subscription_id.d365-sales");

        draft.set_subscription("d365-sales", A.into());
        let (p, pending) = step_problems(&products, &draft, &HashMap::new());
        assert!(p.is_empty() && pending);

        let refused = ProductCheck::from_result(
            &products[0],
            Err(Some(Problem::new(ErrorCode::SubscriptionNotDynamics, 422, "Not Dynamics."))),
        );
        assert!(matches!(&refused, ProductCheck::Refused(m) if m.path == "subscription_id.d365-sales" && m.support));
        let checks = HashMap::from([("d365-sales".to_owned(), refused)]);
        let (p, pending) = step_problems(&products, &draft, &checks);
        assert_eq!((p.len(), pending), (1, false));
        assert_eq!(p[0].code, ErrorCode::SubscriptionNotDynamics);
    }

    #[test]
    fn the_existing_claim_is_the_live_one_holding_the_product() {
        let claim = |id: &str, status: &str, products: &[&str]| -> cpor_core::api::v1::ClaimSummary {
            serde_json::from_value(serde_json::json!({
                "id": id, "claim_name": id, "domain": "contoso.com", "solution_area": null, "partner_role": null,
                "products": products, "status": status, "next_deadline": null, "in_arbitration": false
            }))
            .unwrap()
        };
        let claims = [
            claim("CL-1", "withdrawn", &["Microsoft Teams"]),
            claim("CL-2", "editing", &["Microsoft Teams"]),
            claim("CL-3", "approved", &["Microsoft 365 E5", "Microsoft Teams"]),
        ];
        assert_eq!(existing_claim(&claims, "Microsoft Teams").map(|c| c.id.as_str()), Some("CL-3"));
        assert_eq!(existing_claim(&claims, "Dynamics 365 Sales"), None);
    }

    #[test]
    fn a_product_already_claimed_by_the_company_is_refused_and_arbitration_is_flagged() {
        let product = sales(&[A]);
        let answer = |competition| SubscriptionCheckResponse {
            product_id: "d365-sales".into(),
            subscription_id: Some(SubscriptionId::parse(A).unwrap()),
            competition,
        };
        let ours = ProductCheck::from_result(&product, Ok(answer(Competition::AlreadyClaimedByYou)));
        assert!(matches!(ours, ProductCheck::Refused(m) if m.code == ErrorCode::AlreadyClaimed));
        assert!(ProductCheck::from_result(&product, Ok(answer(Competition::Arbitration))).arbitration());
        assert_eq!(ProductCheck::from_result(&product, Err(None)), ProductCheck::Unavailable);
    }
}
