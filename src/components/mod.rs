//! Reusable pieces of the claim flow's pages.

pub mod demo_user;
pub mod error_summary;
pub mod field;
pub mod file_drop;
pub mod program_picker;
pub mod stepper;

pub use crate::state::form::element_id as field_id;
