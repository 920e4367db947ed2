//! The app's pages.

pub mod access;
pub mod new_claim;
