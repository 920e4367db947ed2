//! The app's pages.

pub mod new_claim;
