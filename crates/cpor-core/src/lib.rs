//! The CPOR claim rules, shared by the browser app (wasm32) and the server
//! (native). Every rule a partner can trip over lives here once: the
//! browser calls it for instant feedback, the server calls it again before it
//! trusts anything.
//!
//! No web, async, database or regex dependency: plain types, plain tests.
#![forbid(unsafe_code)]

/// The conversions every text-valued type of the crate has: `Display` and
/// `From<T> for String` give its canonical text, `TryFrom<String>` parses
/// (which is how serde reads it).
macro_rules! text_conversions {
    ($name:ident, $error:ty) => {
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl TryFrom<String> for $name {
            type Error = $error;
            fn try_from(value: String) -> Result<Self, Self::Error> {
                Self::parse(&value)
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> Self {
                value.0
            }
        }
    };
}

pub mod access;
pub mod api;
pub mod catalog;
pub mod claim;
pub mod clock;
pub mod date;
pub mod domain;
pub mod exclusivity;
mod guid;
mod input;
pub mod lifecycle;
pub mod poe;
pub mod program;
mod punycode;
pub mod roles;
pub mod subscription;
pub mod tenant;
pub mod text;
pub mod unicode;

pub use catalog::{ErrorCode, Field, ENROLMENT_URL, SUPPORT_URL};
pub use clock::BusinessCalendar;
/// The rules' sentences are messages of the catalogues, worded where they
/// are shown: [`Text`] (a message with its values) and [`Msg`] (a message).
pub use cpor_i18n::{Msg, Text};
pub use date::Date;
pub use domain::{CustomerDomain, DomainError};
pub use guid::GuidProblem;
pub use lifecycle::{Action, Actor, ClaimStatus};
pub use program::{PartnerProgramId, PartnerProgramIdError};
pub use roles::{PartnerRole, PurchaseChannel, SolutionArea};
pub use subscription::{SubscriptionId, SubscriptionIdError};
pub use tenant::{TenantId, TenantIdError};
pub use text::{ClaimName, Email, JobTitle, OrganisationName, PersonName, TextError};

/// Longest raw input any parser looks at; anything longer is refused before
/// any other work, so a pasted document can never cost more than this.
pub const MAX_RAW_INPUT_CHARS: usize = 1024;
