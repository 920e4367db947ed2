//! Where a signed-in user lands: the claim flow for the three partner admin
//! roles, an explanation for everyone else.

use cpor_core::api::v1::{Me, Problem};
use cpor_core::ErrorCode;

use crate::api::ApiError;

/// Why the app has no signed-in user.
#[derive(Clone, Debug, PartialEq)]
pub enum SignInProblem {
    /// The service couldn't be reached or answered with a fault: try again.
    Unavailable,
    /// Nobody is signed in and the app can't sign in by itself: embedded,
    /// the host gave no token or its token was refused twice; standalone,
    /// the server has no demo sign-in (the dashboard signs users in).
    SignedOut,
    /// Signed in, but the user's organisation (their tenant) isn't
    /// registered for customer associations.
    NotRegistered(Box<Problem>),
}

impl SignInProblem {
    /// What a failed "who am I" request means for the user.
    pub fn from_error(e: ApiError) -> Self {
        match e {
            ApiError::SignedOut => Self::SignedOut,
            ApiError::Problem(p) => match p.error_code() {
                Some(ErrorCode::TenantNotRegistered) => Self::NotRegistered(p),
                Some(ErrorCode::Unauthenticated) => Self::SignedOut,
                _ => Self::Unavailable,
            },
            _ => Self::Unavailable,
        }
    }
}

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
