//! View-models of the claim flow: plain Rust, no DOM, tested with `#[test]`.
//! Views read these and stay thin.

pub mod associations;
pub mod claim_view;
pub mod customer;
pub mod draft;
pub mod drafts;
pub mod form;
pub mod history;
pub mod products;
pub mod session;
