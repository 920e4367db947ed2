//! The app's pages.

pub mod access;
pub mod associations;
pub mod claim;
pub mod claim_actions;
pub mod confirmation;
pub mod drafts;
pub mod export;
pub mod flow;
pub mod later;
pub mod new_claim;
pub mod recent;
pub mod review;
pub mod simple;
pub mod steps;
pub mod submit;
