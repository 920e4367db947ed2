//! View-models of the claim flow: plain Rust, no DOM, tested with `#[test]`.
//! Views read these and stay thin.

pub mod associations;
pub mod customer;
pub mod draft;
pub mod form;
pub mod products;
pub mod session;
