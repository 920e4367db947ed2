//! Step 3's verdicts: the server's check of each chosen product (and its
//! subscription), one request per product at a time, debounced while a
//! subscription ID is typed, stale ones aborted and their answers ignored,
//! and nothing written once the step is left.

use std::collections::HashMap;
use std::time::Duration;

use cpor_core::api::v1::{CustomerProduct, SubscriptionCheckRequest, SubscriptionCheckResponse};
use cpor_core::exclusivity::Competition;
use cpor_i18n::tr;
use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::AbortController;

use crate::api::{self, ApiError};
use crate::pages::flow::Flow;
use crate::state::products::{request_for, ProductCheck};

/// How long typing a subscription ID must pause before it is checked.
pub const SUBSCRIPTION_DEBOUNCE: Duration = Duration::from_millis(400);

/// The verdicts on the chosen products: one request per product at a time,
/// debounced while typing, stale ones aborted and their answers ignored.
#[derive(Clone, Copy)]
pub(crate) struct Verdicts {
    flow: Flow,
    timers: StoredValue<HashMap<String, TimeoutHandle>>,
    in_flight: StoredValue<HashMap<String, AbortController>, LocalStorage>,
    generation: StoredValue<HashMap<String, u64>>,
    /// What the live region says of the latest verdict.
    pub(crate) announcement: RwSignal<String>,
}

impl Verdicts {
    /// The verdicts of `flow`'s chosen products.
    pub(crate) fn new(flow: Flow) -> Self {
        Self {
            flow,
            timers: StoredValue::new(HashMap::new()),
            in_flight: StoredValue::new_local(HashMap::new()),
            generation: StoredValue::new(HashMap::new()),
            announcement: RwSignal::new(String::new()),
        }
    }

    fn set(&self, id: &str, check: ProductCheck) {
        self.flow.checks.update(|c| {
            c.insert(id.to_owned(), check);
        });
    }

    fn cancel(&self, id: &str) -> u64 {
        if let Some(t) = self.timers.try_update_value(|t| t.remove(id)).flatten() {
            t.clear();
        }
        if let Some(c) = self.in_flight.try_update_value(|f| f.remove(id)).flatten() {
            c.abort();
        }
        self.generation
            .try_update_value(|g| {
                let n = g.entry(id.to_owned()).or_default();
                *n += 1;
                *n
            })
            .unwrap_or_default()
    }

    /// Cancels every timer and request (the step is left).
    pub(crate) fn cancel_all(&self) {
        let ids: Vec<String> = self.generation.with_value(|g| g.keys().cloned().collect());
        for id in ids {
            self.cancel(&id);
        }
    }

    /// Checks `product` after `delay` (at once for a new choice; after the
    /// typing pause for a subscription ID being typed).
    pub(crate) fn schedule(self, product: CustomerProduct, delay: Duration) {
        let id = product.product.id.clone();
        self.cancel(&id);
        let chosen = self.flow.draft.with_untracked(|d| d.input.products.iter().any(|p| p.product_id == id));
        let typed = self.flow.draft.with_untracked(|d| d.subscription(&id));
        match request_for(&product, &typed).filter(|_| chosen) {
            None => self.set(&id, ProductCheck::Idle),
            Some(subscription) => {
                self.set(&id, ProductCheck::Waiting);
                let run = move || self.run(product, subscription);
                let handle = set_timeout_with_handle(run, delay).ok();
                if let Some(handle) = handle {
                    self.timers.update_value(|t| {
                        t.insert(id, handle);
                    });
                }
            }
        }
    }

    fn run(self, product: CustomerProduct, subscription_id: Option<String>) {
        let id = product.product.id.clone();
        let generation = self.cancel(&id);
        let controller = AbortController::new().ok();
        let signal = controller.as_ref().map(AbortController::signal);
        if let Some(c) = controller {
            self.in_flight.update_value(|f| {
                f.insert(id.clone(), c);
            });
        }
        self.set(&id, ProductCheck::Checking);
        let Some(tenant_id) = self.flow.draft.try_with_untracked(|d| d.input.tenant_id.clone()) else { return };
        spawn_local(async move {
            let body = SubscriptionCheckRequest { tenant_id, product_id: id.clone(), subscription_id };
            let result: Result<SubscriptionCheckResponse, ApiError> =
                api::post("/api/checks/subscription", api::json(&body), signal.as_ref()).await;
            let current = self.generation.try_with_value(|g| g.get(&id).copied()).flatten();
            if current != Some(generation) || result == Err(ApiError::Aborted) {
                return;
            }
            self.in_flight.update_value(|f| {
                f.remove(&id);
            });
            let check = ProductCheck::from_result(&product, result.map_err(ApiError::into_problem));
            self.announcement.set(announce(&product, &check));
            self.set(&id, check);
        });
    }
}

fn announce(product: &CustomerProduct, check: &ProductCheck) -> String {
    let name = product.product.name.clone();
    match check {
        ProductCheck::Claimable(ok) if ok.competition == Competition::Arbitration => {
            tr!(STEP_PRODUCTS_ANNOUNCE_ARBITRATION, name)
        }
        ProductCheck::Claimable(_) => tr!(STEP_PRODUCTS_ANNOUNCE_CLAIMABLE, name),
        ProductCheck::Refused(m) => tr!(STEP_PRODUCTS_ANNOUNCE_PROBLEM, name, m.message.clone()),
        ProductCheck::Unavailable => {
            tr!(STEP_PRODUCTS_ANNOUNCE_PROBLEM, name, crate::state::products::unavailable())
        }
        _ => String::new(),
    }
}
