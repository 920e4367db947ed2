//! Solution areas, partner roles and purchase channels: the role table of
//! the claim flow, a plain-words description of each role, and which roles
//! are open for a customer's purchase channel (and why the others are not).

use cpor_i18n::{msg, t, Msg};
use serde::{Deserialize, Serialize};

/// How the customer bought the products.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PurchaseChannel {
    /// Cloud Solution Provider: a different association program.
    Csp,
    /// A Volume Licensing agreement.
    VolumeLicensing,
    /// Bought directly on the web.
    WebDirect,
}

impl PurchaseChannel {
    /// Every channel.
    pub const ALL: [Self; 3] = [Self::Csp, Self::VolumeLicensing, Self::WebDirect];

    /// The channel's name in the UI, as a message.
    pub fn message(self) -> Msg<0> {
        match self {
            Self::Csp => msg::ROLE_CHANNEL_CSP,
            Self::VolumeLicensing => msg::ROLE_CHANNEL_VOLUME_LICENSING,
            Self::WebDirect => msg::ROLE_CHANNEL_WEB_DIRECT,
        }
    }

    /// The channel's name in the UI, in the current language.
    pub fn label(self) -> String {
        t(self.message(), [])
    }
}

/// A solution area of the claim flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SolutionArea {
    /// Business Applications (Dynamics 365).
    BusinessApplications,
    /// Modern Work and Security.
    ModernWorkAndSecurity,
}

impl SolutionArea {
    /// Every solution area.
    pub const ALL: [Self; 2] = [Self::BusinessApplications, Self::ModernWorkAndSecurity];

    /// The area's name in the UI, as a message.
    pub fn message(self) -> Msg<0> {
        match self {
            Self::BusinessApplications => msg::AREA_BUSINESS_APPLICATIONS,
            Self::ModernWorkAndSecurity => msg::AREA_MODERN_WORK_AND_SECURITY,
        }
    }

    /// The area's name in the UI, in the current language.
    pub fn label(self) -> String {
        t(self.message(), [])
    }

    /// The partner roles of this area.
    pub fn roles(self) -> &'static [PartnerRole] {
        match self {
            Self::BusinessApplications => &[
                PartnerRole::BuildIntentAdvisor,
                PartnerRole::UsageRecognition,
                PartnerRole::InfluencedRevenueRecognition,
            ],
            Self::ModernWorkAndSecurity => &[PartnerRole::UseOrConsume],
        }
    }
}

/// A partner role: what the partner did for the customer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartnerRole {
    /// Business Applications: influenced the purchase (presale incentives).
    BuildIntentAdvisor,
    /// Business Applications: drives adoption and usage (usage incentives).
    UsageRecognition,
    /// Business Applications: business influencer (revenue association only).
    InfluencedRevenueRecognition,
    /// Modern Work and Security: drives adoption and usage.
    UseOrConsume,
}

impl PartnerRole {
    /// Every role, in table order.
    pub const ALL: [Self; 4] =
        [Self::BuildIntentAdvisor, Self::UsageRecognition, Self::InfluencedRevenueRecognition, Self::UseOrConsume];

    /// The role's name as Partner Center shows it, as a message.
    pub fn message(self) -> Msg<0> {
        match self {
            Self::BuildIntentAdvisor => msg::ROLE_BUILD_INTENT_ADVISOR,
            Self::UsageRecognition => msg::ROLE_USAGE_RECOGNITION,
            Self::InfluencedRevenueRecognition => msg::ROLE_INFLUENCED_REVENUE_RECOGNITION,
            Self::UseOrConsume => msg::ROLE_USE_OR_CONSUME,
        }
    }

    /// The role's name as Partner Center shows it, in the current language.
    pub fn label(self) -> String {
        t(self.message(), [])
    }

    /// The solution area the role belongs to.
    pub fn solution_area(self) -> SolutionArea {
        match self {
            Self::UseOrConsume => SolutionArea::ModernWorkAndSecurity,
            _ => SolutionArea::BusinessApplications,
        }
    }

    /// When to choose this role, in plain words, in the current language.
    pub fn description(self) -> String {
        let m = match self {
            Self::BuildIntentAdvisor => msg::ROLE_BUILD_INTENT_ADVISOR_DESCRIPTION,
            Self::UsageRecognition => msg::ROLE_USAGE_RECOGNITION_DESCRIPTION,
            Self::InfluencedRevenueRecognition => msg::ROLE_INFLUENCED_REVENUE_RECOGNITION_DESCRIPTION,
            Self::UseOrConsume => msg::ROLE_USE_OR_CONSUME_DESCRIPTION,
        };
        t(m, [])
    }

    /// Whether the role earns incentive payments.
    pub fn earns_incentives(self) -> bool {
        !matches!(self, Self::InfluencedRevenueRecognition)
    }

    /// Whether the claim also asks for the Dynamics solution seller, the
    /// customer name and the ISV product (revenue association).
    pub fn needs_revenue_details(self) -> bool {
        matches!(self, Self::InfluencedRevenueRecognition)
    }

    /// Whether the role is open for a customer who bought through `channel`.
    pub fn availability(self, channel: PurchaseChannel) -> RoleAvailability {
        match (self.solution_area(), channel) {
            (SolutionArea::BusinessApplications, PurchaseChannel::Csp) => {
                RoleAvailability::Closed(RoleClosedReason::BoughtThroughCsp)
            }
            _ => RoleAvailability::Open,
        }
    }
}

/// Whether a role can be chosen for a customer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "state", content = "reason")]
pub enum RoleAvailability {
    /// The role can be chosen.
    Open,
    /// The role does not apply, for this reason.
    Closed(RoleClosedReason),
}

/// Why a role does not apply to a customer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoleClosedReason {
    /// Business Applications roles apply only to Volume Licensing or
    /// Web-Direct purchases.
    BoughtThroughCsp,
}

impl RoleClosedReason {
    /// The explanation shown beside the disabled role, as a message.
    pub fn message(self) -> Msg<0> {
        match self {
            Self::BoughtThroughCsp => msg::ROLE_CLOSED_CSP,
        }
    }

    /// The explanation shown beside the disabled role, in the current
    /// language.
    pub fn explanation(self) -> String {
        t(self.message(), [])
    }
}

/// The roles of `area` and whether each is open for a customer who bought
/// through `channel`.
pub fn roles_for(area: SolutionArea, channel: PurchaseChannel) -> Vec<(PartnerRole, RoleAvailability)> {
    area.roles().iter().map(|&role| (role, role.availability(channel))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn business_applications_roles_close_for_csp_only() {
        for role in PartnerRole::ALL {
            for channel in PurchaseChannel::ALL {
                let open = role.availability(channel) == RoleAvailability::Open;
                let expected =
                    !(role.solution_area() == SolutionArea::BusinessApplications && channel == PurchaseChannel::Csp);
                assert_eq!(open, expected, "{role:?} via {channel:?}");
            }
        }
    }

    #[test]
    fn the_role_table_matches_the_seed() {
        assert_eq!(SolutionArea::BusinessApplications.roles().len(), 3);
        assert_eq!(SolutionArea::ModernWorkAndSecurity.roles(), &[PartnerRole::UseOrConsume]);
        for role in PartnerRole::ALL {
            assert!(role.solution_area().roles().contains(&role));
            assert!(role.description().ends_with('.'));
        }
        assert!(!PartnerRole::InfluencedRevenueRecognition.earns_incentives());
        assert!(PartnerRole::InfluencedRevenueRecognition.needs_revenue_details());
        let csp = roles_for(SolutionArea::BusinessApplications, PurchaseChannel::Csp);
        assert!(csp.iter().all(|(_, a)| *a == RoleAvailability::Closed(RoleClosedReason::BoughtThroughCsp)));
        assert!(RoleClosedReason::BoughtThroughCsp.explanation().contains("CSP"));
    }
}
