//! Where a signed-in user lands: the claim flow for the three partner admin
//! roles, an explanation for everyone else.

use cpor_core::api::v1::Me;

/// The page a user sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Landing {
    /// The claim flow.
    Claim,
    /// A reviewer: reviewers review claims, they don't create them.
    Reviewer,
    /// A partner user without a claiming role: which roles are needed and
    /// whom to ask.
    RolesNeeded,
}

/// Where `me` lands.
pub fn landing(me: &Me) -> Landing {
    if me.can_claim {
        Landing::Claim
    } else if me.can_review {
        Landing::Reviewer
    } else {
        Landing::RolesNeeded
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cpor_core::access::UserRole;

    fn me(role: UserRole, can_claim: bool, can_review: bool) -> Me {
        Me {
            id: "u".into(),
            name: "U".into(),
            email: "u@example.com".into(),
            role,
            organisation: None,
            can_claim,
            can_review,
        }
    }

    #[test]
    fn each_role_lands_where_it_may() {
        assert_eq!(landing(&me(UserRole::BillingAdmin, true, false)), Landing::Claim);
        assert_eq!(landing(&me(UserRole::Reviewer, false, true)), Landing::Reviewer);
        assert_eq!(landing(&me(UserRole::OtherPartnerRole, false, false)), Landing::RolesNeeded);
    }
}
