//! "Open your existing claim": beside a product the company already claims
//! for this customer, the link to that claim (found among the customer's
//! claims), so the partner goes there instead of making another.

use cpor_core::api::v1::ClaimPage;
use cpor_i18n::tr;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::router::{use_router, Route};
use crate::state::products::existing_claim;

/// The link to the company's live claim on `product_name` for `tenant`;
/// nothing until (or unless) it is found.
#[component]
pub fn ExistingClaimLink(
    /// The customer's tenant ID.
    tenant: String,
    /// The product's name, as claims list it.
    product_name: String,
) -> impl IntoView {
    let router = use_router();
    let found = RwSignal::new(None::<(String, String)>);
    spawn_local(async move {
        let path =
            format!("/api/claims?q={}&sort=updated&per_page=50", String::from(js_sys::encode_uri_component(&tenant)));
        if let Ok(page) = api::get::<ClaimPage>(&path).await {
            let hit = existing_claim(&page.items, &product_name).map(|c| {
                let name = if c.claim_name.trim().is_empty() { c.id.clone() } else { c.claim_name.clone() };
                (c.id.clone(), name)
            });
            found.try_set(hit);
        }
    });
    move || {
        found.get().map(|(id, name)| {
            let to = Route::Claim(id);
            view! {
                <p class="cpor-error-fix">
                    <a href=to.href() on:click=move |ev| {
                        ev.prevent_default();
                        router.go(to.clone());
                    }>{tr!(STEP_PRODUCTS_EXISTING_CLAIM, name)}</a>
                </p>
            }
        })
    }
}
