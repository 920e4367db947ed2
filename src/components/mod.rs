//! Reusable pieces of the claim flow's pages.

pub mod demo_user;
pub mod error_summary;
pub mod field;
pub mod program_picker;
pub mod stepper;

use cpor_core::Field;

/// The element id of a field's control, scoped with the app's prefix.
pub fn field_id(field: Field) -> String {
    format!("cpor-{}", field.key())
}
