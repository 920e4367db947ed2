//! Exclusivity: each Modern Work and Security workload (per tenant) and each
//! Business Applications subscription belongs to one partner at a time. A
//! claim on a key that another partner holds or claims goes to arbitration.

use std::fmt;

use cpor_i18n::{msg, Msg};
use serde::{Deserialize, Serialize};

use crate::lifecycle::ClaimStatus;
use crate::roles::SolutionArea;
use crate::subscription::SubscriptionId;
use crate::tenant::TenantId;

/// What one partner at a time may hold.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum ClaimKey {
    /// Modern Work and Security: a workload on a tenant.
    Workload {
        /// The customer tenant.
        tenant_id: TenantId,
        /// The workload (product id).
        product_id: String,
    },
    /// Business Applications: a subscription on a tenant.
    Subscription {
        /// The customer tenant.
        tenant_id: TenantId,
        /// The subscription.
        subscription_id: SubscriptionId,
    },
}

impl ClaimKey {
    /// The key of a claimed product: per subscription for Business
    /// Applications (`subscription` must then be known), per workload
    /// otherwise. `None` when a Business Applications claim has no
    /// subscription yet.
    pub fn for_product(
        area: SolutionArea,
        tenant_id: &TenantId,
        product_id: &str,
        subscription: Option<&SubscriptionId>,
    ) -> Option<Self> {
        match area {
            SolutionArea::ModernWorkAndSecurity => {
                Some(Self::Workload { tenant_id: tenant_id.clone(), product_id: product_id.to_owned() })
            }
            SolutionArea::BusinessApplications => {
                subscription.map(|s| Self::Subscription { tenant_id: tenant_id.clone(), subscription_id: s.clone() })
            }
        }
    }
}

impl fmt::Display for ClaimKey {
    /// A stable text form, used as the database's unique key.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Workload { tenant_id, product_id } => write!(f, "workload:{tenant_id}:{product_id}"),
            Self::Subscription { tenant_id, subscription_id } => {
                write!(f, "subscription:{tenant_id}:{subscription_id}")
            }
        }
    }
}

/// An existing claim on some key, as far as exclusivity cares.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExistingClaim<'a> {
    /// Its key.
    pub key: &'a ClaimKey,
    /// The partner organisation that made it.
    pub organisation_id: &'a str,
    /// Its status.
    pub status: ClaimStatus,
}

/// How a new claim on a key relates to the existing ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Competition {
    /// Nobody else holds or claims it.
    Free,
    /// The same organisation already has a live claim on it.
    AlreadyClaimedByYou,
    /// Another partner holds or claims it: the claim goes to arbitration.
    Arbitration,
}

/// Whether a new claim on `key` by `organisation_id` competes with
/// `existing` claims. Drafts and ended claims never compete.
pub fn competition<'a>(
    key: &ClaimKey,
    organisation_id: &str,
    existing: impl IntoIterator<Item = ExistingClaim<'a>>,
) -> Competition {
    let mut result = Competition::Free;
    for claim in existing {
        if claim.key != key || !claim.status.is_live() {
            continue;
        }
        if claim.organisation_id == organisation_id {
            return Competition::AlreadyClaimedByYou;
        }
        result = Competition::Arbitration;
    }
    result
}

/// What helps a claim through arbitration, shown before submit.
pub const ARBITRATION_EVIDENCE: Msg<0> = msg::CORE_ARBITRATION_EVIDENCE;

#[cfg(test)]
mod tests {
    use super::*;

    fn tenant() -> TenantId {
        TenantId::parse("6a1f3c52-0b7e-4d2a-9f14-3c8e5b7d2a10").unwrap()
    }

    #[test]
    fn keys_by_solution_area() {
        let sub = SubscriptionId::parse("aaaaaaaa-0000-4000-8000-000000000001").unwrap();
        let w =
            ClaimKey::for_product(SolutionArea::ModernWorkAndSecurity, &tenant(), "m365-teams", Some(&sub)).unwrap();
        assert_eq!(w.to_string(), "workload:6a1f3c52-0b7e-4d2a-9f14-3c8e5b7d2a10:m365-teams");
        let s = ClaimKey::for_product(SolutionArea::BusinessApplications, &tenant(), "d365-sales", Some(&sub)).unwrap();
        assert!(s.to_string().starts_with("subscription:"));
        assert_eq!(ClaimKey::for_product(SolutionArea::BusinessApplications, &tenant(), "d365-sales", None), None);
    }

    #[test]
    fn only_live_claims_of_others_compete() {
        let key = ClaimKey::Workload { tenant_id: tenant(), product_id: "m365-teams".into() };
        let other = ClaimKey::Workload { tenant_id: tenant(), product_id: "m365-defender".into() };
        let c = |key, org, status| ExistingClaim { key, organisation_id: org, status };
        assert_eq!(competition(&key, "a", []), Competition::Free);
        assert_eq!(competition(&key, "a", [c(&key, "b", ClaimStatus::Approved)]), Competition::Arbitration);
        assert_eq!(competition(&key, "a", [c(&key, "b", ClaimStatus::Editing)]), Competition::Free);
        assert_eq!(competition(&key, "a", [c(&key, "b", ClaimStatus::Rejected)]), Competition::Free);
        assert_eq!(competition(&key, "a", [c(&key, "b", ClaimStatus::Withdrawn)]), Competition::Free);
        assert_eq!(competition(&key, "a", [c(&other, "b", ClaimStatus::Approved)]), Competition::Free);
        assert_eq!(
            competition(&key, "a", [c(&key, "b", ClaimStatus::Submitted), c(&key, "a", ClaimStatus::UnderReview)]),
            Competition::AlreadyClaimedByYou
        );
    }
}
