//! The claim being written: every answer as typed, where the partner is in
//! the flow, and how it stands with the server (its draft id and version,
//! the keys that make creating and submitting it safe to retry). Mirrored to
//! the browser's storage on every change, so a reload, a crash or being
//! offline loses nothing.

use cpor_core::api::v1::{ClaimInput, ClaimedProduct, PoeFile};
use cpor_core::roles::{PartnerRole, SolutionArea};
use serde::{Deserialize, Serialize};

/// Storage key of the local draft; the version changes when the shape does.
pub const DRAFT_KEY: &str = "cpor-claims.draft.v2";

/// The number of steps of a new claim.
pub const STEP_COUNT: usize = 6;

/// The claim being written.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    /// Every answer as typed (never normalised away behind the partner's back).
    pub input: ClaimInput,
    /// The step shown (1 to 6).
    pub step: usize,
    /// The server's draft, once saved there.
    pub claim_id: Option<String>,
    /// The server draft's version, for `If-Match`.
    pub etag: Option<String>,
    /// `Idempotency-Key` of the request creating the server draft.
    pub create_key: String,
    /// `Idempotency-Key` of the submit: kept with the draft, so a retry,
    /// a reload or a second click can never submit twice.
    pub submit_key: String,
    /// When the server last saved it ("14:05"), if it has.
    pub saved_at: Option<String>,
    /// The proof-of-execution files already uploaded.
    pub files: Vec<PoeFile>,
    /// The partner pressed "Submit claim" and the server hasn't confirmed yet.
    pub send_pending: bool,
    /// Contacts were filled in once (from the user and the last claim); a
    /// contact the partner then cleared stays cleared.
    pub contacts_prefilled: bool,
}

impl Draft {
    /// A new, empty draft with fresh request keys.
    pub fn new(create_key: String, submit_key: String) -> Self {
        Self { step: 1, create_key, submit_key, ..Self::default() }
    }

    /// Reads a stored draft; anything unreadable is `None`, never an error in
    /// front of the partner.
    pub fn from_json(json: &str) -> Option<Self> {
        serde_json::from_str::<Self>(json).ok().map(|mut d| {
            d.step = d.step.clamp(1, STEP_COUNT);
            d
        })
    }

    /// The stored form.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Whether the partner has entered anything worth keeping.
    pub fn has_answers(&self) -> bool {
        self.input != ClaimInput::default() || !self.files.is_empty()
    }

    /// Whether the answers say enough to keep a draft on the server (listed
    /// in "Your drafts"): more than a partner program chosen, which alone
    /// says nothing of what the claim is for. Kept on this device until then.
    pub fn worth_saving(&self) -> bool {
        let bare = ClaimInput { partner_program_id: self.input.partner_program_id.clone(), ..ClaimInput::default() };
        self.input != bare || !self.files.is_empty()
    }

    /// Chooses a solution area: a role or products of another area no
    /// longer apply.
    pub fn choose_area(&mut self, area: SolutionArea) {
        if self.input.solution_area == Some(area) {
            return;
        }
        self.input.solution_area = Some(area);
        if self.input.partner_role.is_some_and(|r| r.solution_area() != area) {
            self.input.partner_role = None;
        }
        self.input.products.clear();
    }

    /// Chooses or unchooses a product (keeping a subscription ID typed for it).
    pub fn toggle_product(&mut self, product_id: &str, chosen: bool) {
        let at = self.input.products.iter().position(|p| p.product_id == product_id);
        match (at, chosen) {
            (None, true) => {
                self.input.products.push(ClaimedProduct { product_id: product_id.to_owned(), subscription_id: None })
            }
            (Some(i), false) => {
                self.input.products.remove(i);
            }
            _ => {}
        }
    }

    /// The subscription ID typed for a chosen product.
    pub fn subscription(&self, product_id: &str) -> String {
        self.input
            .products
            .iter()
            .find(|p| p.product_id == product_id)
            .and_then(|p| p.subscription_id.clone())
            .unwrap_or_default()
    }

    /// Sets the subscription ID typed for a chosen product.
    pub fn set_subscription(&mut self, product_id: &str, value: String) {
        if let Some(p) = self.input.products.iter_mut().find(|p| p.product_id == product_id) {
            p.subscription_id = Some(value);
        }
    }

    /// The answers as the server takes them: the technical contact only for
    /// Business Applications, the revenue details only for the role that
    /// asks for them, no empty subscription IDs.
    pub fn for_server(&self) -> ClaimInput {
        let mut input = self.input.clone();
        if input.solution_area != Some(SolutionArea::BusinessApplications) {
            input.technical_contact = None;
        }
        if !input.partner_role.is_some_and(PartnerRole::needs_revenue_details) {
            input.revenue = None;
        }
        for p in &mut input.products {
            p.subscription_id = p.subscription_id.take().filter(|s| !s.trim().is_empty());
        }
        input
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_survives_garbage() {
        let mut d = Draft::new("k1".into(), "k2".into());
        d.input.tenant_id = "{ABC".into();
        d.step = 3;
        assert_eq!(Draft::from_json(&d.to_json()), Some(d));
        assert_eq!(Draft::from_json("not json"), None);
        let later = Draft::from_json("{\"step\":99,\"later_field\":1}").unwrap();
        assert_eq!(later.step, STEP_COUNT);
        assert!(!Draft::default().has_answers());
        let mut program_only = Draft::default();
        program_only.input.partner_program_id = "4810225".into();
        assert!(program_only.has_answers() && !program_only.worth_saving());
        program_only.input.domain = "contoso.com".into();
        assert!(program_only.worth_saving());
    }

    #[test]
    fn changing_the_area_drops_what_belongs_to_the_other() {
        let mut d = Draft::new(String::new(), String::new());
        d.choose_area(SolutionArea::BusinessApplications);
        d.input.partner_role = Some(PartnerRole::BuildIntentAdvisor);
        d.toggle_product("d365-sales", true);
        d.set_subscription("d365-sales", "abc".into());
        assert_eq!(d.subscription("d365-sales"), "abc");
        d.choose_area(SolutionArea::BusinessApplications);
        assert_eq!(d.input.products.len(), 1, "choosing the same area again keeps everything");
        d.choose_area(SolutionArea::ModernWorkAndSecurity);
        assert_eq!(d.input.partner_role, None);
        assert!(d.input.products.is_empty());
    }

    #[test]
    fn the_server_gets_only_what_the_claim_asks_for() {
        let mut d = Draft::new(String::new(), String::new());
        d.choose_area(SolutionArea::ModernWorkAndSecurity);
        d.input.technical_contact = Some(Default::default());
        d.input.revenue = Some(Default::default());
        d.toggle_product("m365-e5", true);
        d.set_subscription("m365-e5", "  ".into());
        let sent = d.for_server();
        assert_eq!(sent.technical_contact, None);
        assert_eq!(sent.revenue, None);
        assert_eq!(sent.products[0].subscription_id, None);
    }
}
