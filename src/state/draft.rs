//! What the partner has typed so far, mirrored to the browser's storage on
//! every change so a reload, a crash or a closed tab loses nothing.

use serde::{Deserialize, Serialize};

/// Storage key of the local draft; the version changes when the shape does.
pub const DRAFT_KEY: &str = "cpor-claims.draft.v1";

/// The values of the flow as typed (never normalised away: the partner sees
/// what they entered).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    /// The chosen partner program ID.
    pub partner_program_id: String,
    /// The customer tenant ID as typed.
    pub tenant_id: String,
    /// The customer domain as typed.
    pub domain: String,
}

impl Draft {
    /// Reads a stored draft; anything unreadable is an empty draft, never an
    /// error in front of the partner.
    pub fn from_json(json: &str) -> Self {
        serde_json::from_str(json).unwrap_or_default()
    }

    /// The stored form.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Whether there is nothing worth keeping.
    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_survives_garbage() {
        let d = Draft { partner_program_id: "4810225".into(), tenant_id: "{ABC".into(), domain: "contoso".into() };
        assert_eq!(Draft::from_json(&d.to_json()), d);
        assert_eq!(Draft::from_json("not json"), Draft::default());
        assert_eq!(Draft::from_json("{\"tenant_id\":\"x\",\"later_field\":1}").tenant_id, "x");
        assert!(Draft::default().is_empty());
    }
}
