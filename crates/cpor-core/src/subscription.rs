//! Products, subscriptions and the subscription verdict: can this product
//! (and this subscription, when one is entered) be claimed on this tenant
//! today, and if not, exactly why.

use std::fmt;

use cpor_i18n::{msg, t, Msg, Text};
use serde::{Deserialize, Serialize};

use crate::catalog::ErrorCode;
use crate::date::Date;
use crate::guid::{parse_guid, GuidProblem};
use crate::roles::{PurchaseChannel, SolutionArea};

/// Days after provisioning before a subscription can be claimed.
pub const PROVISIONING_DELAY_DAYS: i32 = 7;

/// A subscription ID: a GUID in canonical lower-case form. It changes when
/// the subscription expires and is renewed.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SubscriptionId(String);

/// Why a value is not a subscription ID.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubscriptionIdError(pub GuidProblem);

impl SubscriptionId {
    /// Which identifier this is, in messages about GUIDs (`guid-…`).
    pub const KIND: &'static str = "subscription";

    /// Parses what the partner typed or pasted (tolerant like tenant IDs).
    pub fn parse(raw: &str) -> Result<Self, SubscriptionIdError> {
        parse_guid(raw).map(Self).map_err(SubscriptionIdError)
    }

    /// The canonical form.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

text_conversions!(SubscriptionId, SubscriptionIdError);

impl SubscriptionIdError {
    /// The sentence saying what is wrong.
    pub fn text(&self) -> Text {
        self.0.text(SubscriptionId::KIND)
    }
}

impl fmt::Display for SubscriptionIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text().fmt(f)
    }
}

impl std::error::Error for SubscriptionIdError {}

/// The family of a product: Dynamics 365 products are claimed per
/// subscription; Modern Work and Security workloads per tenant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProductFamily {
    /// A Dynamics 365 product (Business Applications).
    Dynamics365,
    /// A Modern Work and Security workload (Microsoft 365, Teams, Defender…).
    ModernWork,
}

impl ProductFamily {
    /// The family's name in the UI, as a message.
    pub fn message(self) -> Msg<0> {
        match self {
            Self::Dynamics365 => msg::SUBSCRIPTION_FAMILY_DYNAMICS,
            Self::ModernWork => msg::SUBSCRIPTION_FAMILY_MODERN_WORK,
        }
    }

    /// The family's name in the UI, in the current language.
    pub fn label(self) -> String {
        t(self.message(), [])
    }
}

/// A product of the catalog.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Product {
    /// Stable product id, e.g. `d365-sales`.
    pub id: String,
    /// Display name, e.g. "Dynamics 365 Sales".
    pub name: String,
    /// The solution area it is claimed under.
    pub solution_area: SolutionArea,
    /// Dynamics 365 or a Modern Work workload.
    pub family: ProductFamily,
}

/// Where a subscription stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SubscriptionStatus {
    /// Bought, but the customer has not activated/provisioned it yet.
    PendingProvisioning,
    /// In use.
    Active,
    /// Past its term, still working for a grace period.
    Grace,
    /// Ended; a renewal has a new subscription ID.
    Expired,
    /// Suspended or disabled.
    Suspended,
}

impl SubscriptionStatus {
    /// Whether a claimed subscription in this status still earns incentives
    /// (active or in grace).
    pub fn earns(self) -> bool {
        matches!(self, Self::Active | Self::Grace)
    }

    /// The status's name in the UI, as a message.
    pub fn message(self) -> Msg<0> {
        match self {
            Self::PendingProvisioning => msg::SUBSCRIPTION_STATUS_PENDING,
            Self::Active => msg::SUBSCRIPTION_STATUS_ACTIVE,
            Self::Grace => msg::SUBSCRIPTION_STATUS_GRACE,
            Self::Expired => msg::SUBSCRIPTION_STATUS_EXPIRED,
            Self::Suspended => msg::SUBSCRIPTION_STATUS_SUSPENDED,
        }
    }

    /// The status's name in the UI, in the current language.
    pub fn label(self) -> String {
        t(self.message(), [])
    }
}

/// A subscription on a customer's tenant.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TenantSubscription {
    /// Its ID.
    pub id: SubscriptionId,
    /// The product it is for.
    pub product_id: String,
    /// The product's family.
    pub family: ProductFamily,
    /// How the customer bought it.
    pub channel: PurchaseChannel,
    /// Where it stands.
    pub status: SubscriptionStatus,
    /// When the customer provisioned it, if known.
    pub provisioned_on: Option<Date>,
    /// The subscription that replaced it after it expired, if any.
    pub renewed_as: Option<SubscriptionId>,
}

/// Why a product or subscription cannot be claimed: exactly one reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SubscriptionRefusal {
    /// The value entered is not a subscription ID (checked in the browser,
    /// never sent).
    NotASubscriptionId(SubscriptionIdError),
    /// The tenant has several subscriptions of the product: say which one.
    SubscriptionRequired {
        /// How many there are.
        count: usize,
    },
    /// The selected product does not exist on the customer's tenant (or
    /// the subscription entered is not one of its subscriptions).
    ProductNotOnTenant {
        /// Whether a subscription ID was entered (and not found for it).
        subscription_entered: bool,
    },
    /// The subscription is not for a Dynamics product.
    NotDynamics,
    /// The subscription was bought through CSP.
    BoughtThroughCsp,
    /// The customer has not activated/provisioned it yet.
    NotProvisioned,
    /// Provisioned less than 7 days ago; claimable from the given date.
    ProvisionedRecently {
        /// The first day it can be claimed.
        claimable_from: Date,
    },
    /// Expired: a new claim with the new subscription ID is needed.
    Expired {
        /// The new subscription ID, when known.
        renewed_as: Option<SubscriptionId>,
    },
    /// Suspended or disabled: it cannot earn.
    Suspended,
}

impl SubscriptionRefusal {
    /// The stable error code.
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::NotASubscriptionId(e) => e.code(),
            Self::SubscriptionRequired { .. } => ErrorCode::SubscriptionRequired,
            Self::ProductNotOnTenant { .. } => ErrorCode::ProductNotOnTenant,
            Self::NotDynamics => ErrorCode::SubscriptionNotDynamics,
            Self::BoughtThroughCsp => ErrorCode::SubscriptionCsp,
            Self::NotProvisioned => ErrorCode::SubscriptionNotProvisioned,
            Self::ProvisionedRecently { .. } => ErrorCode::SubscriptionProvisionedRecently,
            Self::Expired { .. } => ErrorCode::SubscriptionExpired,
            Self::Suspended => ErrorCode::SubscriptionSuspended,
        }
    }
}

impl SubscriptionIdError {
    /// The stable error code of this refusal.
    pub fn code(&self) -> ErrorCode {
        match self.0 {
            GuidProblem::Empty => ErrorCode::SubscriptionIdEmpty,
            _ => ErrorCode::SubscriptionIdMalformed,
        }
    }
}

impl SubscriptionRefusal {
    /// The sentence saying why.
    pub fn text(&self) -> Text {
        match self {
            Self::NotASubscriptionId(e) => e.text(),
            Self::SubscriptionRequired { count } => Text::new(msg::SUBSCRIPTION_REQUIRED, [(*count).into()]),
            Self::ProductNotOnTenant { subscription_entered: false } => msg::SUBSCRIPTION_PRODUCT_NOT_ON_TENANT.into(),
            Self::ProductNotOnTenant { subscription_entered: true } => msg::SUBSCRIPTION_NOT_OF_PRODUCT.into(),
            Self::NotDynamics => msg::SUBSCRIPTION_NOT_DYNAMICS.into(),
            Self::BoughtThroughCsp => msg::SUBSCRIPTION_CSP.into(),
            Self::NotProvisioned => msg::SUBSCRIPTION_NOT_PROVISIONED.into(),
            Self::ProvisionedRecently { claimable_from } => Text::new(
                msg::SUBSCRIPTION_PROVISIONED_RECENTLY,
                [PROVISIONING_DELAY_DAYS.into(), claimable_from.text().into()],
            ),
            Self::Expired { renewed_as: Some(new) } => {
                Text::new(msg::SUBSCRIPTION_EXPIRED_RENEWED, [new.as_str().to_owned().into()])
            }
            Self::Expired { renewed_as: None } => msg::SUBSCRIPTION_EXPIRED.into(),
            Self::Suspended => msg::SUBSCRIPTION_SUSPENDED.into(),
        }
    }
}

impl fmt::Display for SubscriptionRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text().fmt(f)
    }
}

/// A subscription that can be claimed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimableSubscription {
    /// The subscription the claim is for; `None` for Modern Work workloads,
    /// which are claimed per tenant.
    pub subscription: Option<SubscriptionId>,
}

/// How a customer bought a solution area's products, from their
/// subscriptions: through a Volume Licensing agreement or Web-Direct if any
/// purchase was (Volume Licensing first), CSP only when every one was.
pub fn purchase_channel<'a>(
    subscriptions: impl IntoIterator<Item = &'a TenantSubscription>,
) -> Option<PurchaseChannel> {
    let channels: Vec<PurchaseChannel> = subscriptions.into_iter().map(|s| s.channel).collect();
    [PurchaseChannel::VolumeLicensing, PurchaseChannel::WebDirect, PurchaseChannel::Csp]
        .into_iter()
        .find(|c| channels.contains(c))
}

/// Whether the partner must enter a subscription ID for `product`: a
/// Dynamics 365 product of which the tenant has more than one subscription.
pub fn subscription_required(product: &Product, tenant: &[TenantSubscription]) -> bool {
    product.family == ProductFamily::Dynamics365 && tenant.iter().filter(|s| s.product_id == product.id).count() > 1
}

/// The verdict on claiming `product` (with the subscription ID `entered`,
/// if any) on a tenant holding `tenant` subscriptions, on `today`.
pub fn subscription_verdict(
    product: &Product,
    tenant: &[TenantSubscription],
    entered: Option<&str>,
    today: Date,
) -> Result<ClaimableSubscription, SubscriptionRefusal> {
    let entered = match entered.map(str::trim).filter(|s| !s.is_empty()) {
        Some(raw) => Some(SubscriptionId::parse(raw).map_err(SubscriptionRefusal::NotASubscriptionId)?),
        None => None,
    };
    let of_product: Vec<&TenantSubscription> = tenant.iter().filter(|s| s.product_id == product.id).collect();
    if of_product.is_empty() && entered.is_none() {
        return Err(SubscriptionRefusal::ProductNotOnTenant { subscription_entered: false });
    }
    if product.family == ProductFamily::ModernWork && entered.is_none() {
        return Ok(ClaimableSubscription { subscription: None });
    }
    let chosen = match &entered {
        Some(id) => {
            let Some(sub) = tenant.iter().find(|s| &s.id == id) else {
                return Err(SubscriptionRefusal::ProductNotOnTenant { subscription_entered: true });
            };
            if sub.family != ProductFamily::Dynamics365 {
                return Err(SubscriptionRefusal::NotDynamics);
            }
            if sub.product_id != product.id {
                return Err(SubscriptionRefusal::ProductNotOnTenant { subscription_entered: true });
            }
            sub
        }
        None if of_product.len() > 1 => {
            return Err(SubscriptionRefusal::SubscriptionRequired { count: of_product.len() })
        }
        None => of_product[0],
    };
    if chosen.channel == PurchaseChannel::Csp {
        return Err(SubscriptionRefusal::BoughtThroughCsp);
    }
    match chosen.status {
        SubscriptionStatus::Expired => {
            return Err(SubscriptionRefusal::Expired { renewed_as: chosen.renewed_as.clone() })
        }
        SubscriptionStatus::Suspended => return Err(SubscriptionRefusal::Suspended),
        SubscriptionStatus::PendingProvisioning => return Err(SubscriptionRefusal::NotProvisioned),
        SubscriptionStatus::Active | SubscriptionStatus::Grace => {}
    }
    let Some(provisioned) = chosen.provisioned_on else {
        return Err(SubscriptionRefusal::NotProvisioned);
    };
    let claimable_from = provisioned.add_days(PROVISIONING_DELAY_DAYS);
    if today < claimable_from {
        return Err(SubscriptionRefusal::ProvisionedRecently { claimable_from });
    }
    Ok(ClaimableSubscription { subscription: Some(chosen.id.clone()) })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: &str = "2026-11-24";
    const A: &str = "aaaaaaaa-0000-4000-8000-000000000001";
    const B: &str = "aaaaaaaa-0000-4000-8000-000000000002";
    const M365: &str = "bbbbbbbb-0000-4000-8000-000000000001";
    const NEW: &str = "aaaaaaaa-0000-4000-8000-000000000099";

    fn today() -> Date {
        Date::parse(TODAY).unwrap()
    }

    fn sales() -> Product {
        Product {
            id: "d365-sales".into(),
            name: "Dynamics 365 Sales".into(),
            solution_area: SolutionArea::BusinessApplications,
            family: ProductFamily::Dynamics365,
        }
    }

    fn teams() -> Product {
        Product {
            id: "m365-teams".into(),
            name: "Microsoft Teams".into(),
            solution_area: SolutionArea::ModernWorkAndSecurity,
            family: ProductFamily::ModernWork,
        }
    }

    fn sub(id: &str, product: &Product, f: impl FnOnce(&mut TenantSubscription)) -> TenantSubscription {
        let mut s = TenantSubscription {
            id: SubscriptionId::parse(id).unwrap(),
            product_id: product.id.clone(),
            family: product.family,
            channel: PurchaseChannel::VolumeLicensing,
            status: SubscriptionStatus::Active,
            provisioned_on: Some(today().add_days(-90)),
            renewed_as: None,
        };
        f(&mut s);
        s
    }

    /// Tenant subscriptions, the subscription ID entered, the verdict.
    type Row<'a> = (Vec<TenantSubscription>, Option<&'a str>, Result<Option<&'a str>, ErrorCode>);

    #[test]
    fn each_reason_of_the_seed() {
        let sales = sales();
        let one = vec![sub(A, &sales, |_| {})];
        let upper = A.to_uppercase();
        let verdict = |tenant: &[TenantSubscription], entered: Option<&str>| {
            subscription_verdict(&sales, tenant, entered, today()).map_err(|r| r.code())
        };
        let table: Vec<Row> = vec![
            (one.clone(), None, Ok(Some(A))),
            (one.clone(), Some(upper.as_str()), Ok(Some(A))),
            (one.clone(), Some("not-a-guid"), Err(ErrorCode::SubscriptionIdMalformed)),
            (vec![], None, Err(ErrorCode::ProductNotOnTenant)),
            (one.clone(), Some(B), Err(ErrorCode::ProductNotOnTenant)),
            (
                vec![sub(A, &sales, |_| {}), sub(M365, &teams(), |_| {})],
                Some(M365),
                Err(ErrorCode::SubscriptionNotDynamics),
            ),
            (vec![sub(A, &sales, |s| s.channel = PurchaseChannel::Csp)], None, Err(ErrorCode::SubscriptionCsp)),
            (vec![sub(A, &sales, |s| s.channel = PurchaseChannel::WebDirect)], None, Ok(Some(A))),
            (
                vec![sub(A, &sales, |s| {
                    s.status = SubscriptionStatus::PendingProvisioning;
                    s.provisioned_on = None;
                })],
                None,
                Err(ErrorCode::SubscriptionNotProvisioned),
            ),
            (
                vec![sub(A, &sales, |s| s.provisioned_on = Some(today().add_days(-2)))],
                None,
                Err(ErrorCode::SubscriptionProvisionedRecently),
            ),
            (vec![sub(A, &sales, |s| s.provisioned_on = Some(today().add_days(-7)))], None, Ok(Some(A))),
            (
                vec![sub(A, &sales, |s| s.status = SubscriptionStatus::Expired)],
                None,
                Err(ErrorCode::SubscriptionExpired),
            ),
            (vec![sub(A, &sales, |s| s.status = SubscriptionStatus::Grace)], None, Ok(Some(A))),
            (
                vec![sub(A, &sales, |s| s.status = SubscriptionStatus::Suspended)],
                None,
                Err(ErrorCode::SubscriptionSuspended),
            ),
            (vec![sub(A, &sales, |_| {}), sub(B, &sales, |_| {})], None, Err(ErrorCode::SubscriptionRequired)),
            (vec![sub(A, &sales, |_| {}), sub(B, &sales, |_| {})], Some(B), Ok(Some(B))),
        ];
        for (i, (tenant, entered, expected)) in table.into_iter().enumerate() {
            let got = verdict(&tenant, entered).map(|c| c.subscription.map(|s| s.to_string()));
            let expected = expected.map(|s| s.map(str::to_owned));
            assert_eq!(got, expected, "row {i}");
        }
    }

    #[test]
    fn provisioning_notice_gives_the_date() {
        let sales = sales();
        let tenant = vec![sub(A, &sales, |s| s.provisioned_on = Some(Date::parse("2026-11-22").unwrap()))];
        let refusal = subscription_verdict(&sales, &tenant, None, today()).unwrap_err();
        assert_eq!(
            refusal,
            SubscriptionRefusal::ProvisionedRecently { claimable_from: Date::parse("2026-11-29").unwrap() }
        );
        assert!(refusal.to_string().ends_with("You can claim it from 29 November 2026."));
    }

    #[test]
    fn expired_names_the_new_id() {
        let sales = sales();
        let tenant = vec![sub(A, &sales, |s| {
            s.status = SubscriptionStatus::Expired;
            s.renewed_as = Some(SubscriptionId::parse(NEW).unwrap());
        })];
        let refusal = subscription_verdict(&sales, &tenant, Some(A), today()).unwrap_err();
        assert!(refusal.to_string().contains(NEW));
    }

    #[test]
    fn required_only_with_several_dynamics_subscriptions() {
        let sales = sales();
        assert!(!subscription_required(&sales, &[sub(A, &sales, |_| {})]));
        assert!(subscription_required(&sales, &[sub(A, &sales, |_| {}), sub(B, &sales, |_| {})]));
        let teams = teams();
        assert!(!subscription_required(&teams, &[sub(A, &teams, |_| {}), sub(B, &teams, |_| {})]));
        // Modern Work workloads are claimed per tenant, no subscription.
        let ok = subscription_verdict(&teams, &[sub(M365, &teams, |_| {})], None, today()).unwrap();
        assert_eq!(ok.subscription, None);
    }

    #[test]
    fn purchase_channel_prefers_non_csp_purchases() {
        let sales = sales();
        let vl = sub(A, &sales, |_| {});
        let csp = sub(B, &sales, |s| s.channel = PurchaseChannel::Csp);
        let web = sub(NEW, &sales, |s| s.channel = PurchaseChannel::WebDirect);
        assert_eq!(purchase_channel([&csp]), Some(PurchaseChannel::Csp));
        assert_eq!(purchase_channel([&csp, &web]), Some(PurchaseChannel::WebDirect));
        assert_eq!(purchase_channel([&web, &vl, &csp]), Some(PurchaseChannel::VolumeLicensing));
        assert_eq!(purchase_channel([]), None);
    }

    #[test]
    fn only_active_and_grace_earn() {
        use SubscriptionStatus::*;
        for (status, earns) in
            [(PendingProvisioning, false), (Active, true), (Grace, true), (Expired, false), (Suspended, false)]
        {
            assert_eq!(status.earns(), earns, "{status:?}");
        }
    }
}
