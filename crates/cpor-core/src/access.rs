//! Who may use the claim flow: the three partner admin roles claim; Microsoft
//! reviewers review; anyone else is told which roles are needed and whom to
//! ask.

use cpor_i18n::{msg, t, Msg, Text};
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
    /// The role's name in the UI, as a message.
    pub fn message(self) -> Msg<0> {
        match self {
            Self::GlobalAdmin => msg::ACCESS_GLOBAL_ADMIN,
            Self::BillingAdmin => msg::ACCESS_BILLING_ADMIN,
            Self::IncentivesAdmin => msg::ACCESS_INCENTIVES_ADMIN,
            Self::OtherPartnerRole => msg::ACCESS_PARTNER_USER,
            Self::Reviewer => msg::ACCESS_REVIEWER,
        }
    }

    /// The role's name in the UI, in the current language.
    pub fn label(self) -> String {
        t(self.message(), [])
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
pub fn roles_needed_text() -> Text {
    let [a, b, c] = CLAIMING_ROLES.map(|r| r.message().into());
    Text::new(msg::ACCESS_ROLES_NEEDED, [a, b, c])
}

/// [`roles_needed_text`] in the current language.
pub fn roles_needed_sentence() -> String {
    roles_needed_text().to_string()
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
