//! Who may use the claim flow: the three partner admin roles claim; Microsoft
//! reviewers review; anyone else is told which roles are needed and whom to
//! ask.

use serde::{Deserialize, Serialize};

/// A signed-in user's role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UserRole {
    /// Partner Global admin.
    GlobalAdmin,
    /// Partner Billing admin.
    BillingAdmin,
    /// Partner Incentives admin.
    IncentivesAdmin,
    /// Any other partner role (e.g. a sales agent): may not claim.
    OtherPartnerRole,
    /// A Microsoft reviewer.
    Reviewer,
}

/// The roles that may create and manage claims.
pub const CLAIMING_ROLES: [UserRole; 3] = [UserRole::GlobalAdmin, UserRole::BillingAdmin, UserRole::IncentivesAdmin];

impl UserRole {
    /// The role's name in the UI.
    pub fn label(self) -> &'static str {
        match self {
            Self::GlobalAdmin => "Global admin",
            Self::BillingAdmin => "Billing admin",
            Self::IncentivesAdmin => "Incentives admin",
            Self::OtherPartnerRole => "Partner user",
            Self::Reviewer => "Reviewer",
        }
    }

    /// Whether the role may create and manage its organisation's claims.
    pub fn can_claim(self) -> bool {
        CLAIMING_ROLES.contains(&self)
    }

    /// Whether the role reviews claims.
    pub fn can_review(self) -> bool {
        self == Self::Reviewer
    }
}

/// The sentence shown to a partner user without a claiming role.
pub fn roles_needed_sentence() -> String {
    let names: Vec<&str> = CLAIMING_ROLES.iter().map(|r| r.label()).collect();
    format!(
        "Customer associations need one of these roles: {}. Ask your global admin to give you one.",
        names.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_three_admin_roles_claim() {
        assert!(
            UserRole::GlobalAdmin.can_claim()
                && UserRole::BillingAdmin.can_claim()
                && UserRole::IncentivesAdmin.can_claim()
        );
        assert!(!UserRole::OtherPartnerRole.can_claim() && !UserRole::Reviewer.can_claim());
        assert!(UserRole::Reviewer.can_review() && !UserRole::GlobalAdmin.can_review());
        assert_eq!(
            roles_needed_sentence(),
            "Customer associations need one of these roles: Global admin, Billing admin, Incentives admin. Ask your global admin to give you one."
        );
    }
}
