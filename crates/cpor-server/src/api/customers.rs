//! `GET /api/customers/{tenant_id}/products?solution_area=…`: the customer's
//! products in a solution area, how they were bought, and the partner roles
//! open for that purchase channel.

use axum::extract::{Path, Query, State};
use axum::Json;
use cpor_core::api::v1::{CustomerProduct, CustomerProductsResponse, RoleOption, SubscriptionSummary};
use cpor_core::exclusivity::{ClaimKey, Competition};
use cpor_core::roles::{roles_for, PurchaseChannel, SolutionArea};
use cpor_core::subscription::{purchase_channel, subscription_required};
use serde::Deserialize;

use super::checks::{competition_for, known_tenant};
use crate::auth::PartnerAdmin;
use crate::error::ApiError;
use crate::AppState;

/// The query string.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProductsQuery {
    solution_area: SolutionArea,
}

/// The customer's products in the solution area.
pub async fn products(
    State(state): State<AppState>,
    admin: PartnerAdmin,
    Path(tenant_id): Path<String>,
    Query(query): Query<ProductsQuery>,
) -> Result<Json<CustomerProductsResponse>, ApiError> {
    let mut db = state.store.read().await?;
    let (tenant_id, _) = known_tenant(&mut db, &tenant_id).await?;
    let subscriptions = db.tenant_subscriptions(&tenant_id).await?;
    let catalog = db.products().await?;
    let area = query.solution_area;
    let mut products = Vec::new();
    for product in catalog.into_iter().filter(|p| p.solution_area == area) {
        let subs: Vec<SubscriptionSummary> = subscriptions
            .iter()
            .filter(|s| s.product_id == product.id)
            .map(|s| SubscriptionSummary {
                id: s.id.clone(),
                status: s.status,
                channel: s.channel,
                provisioned_on: s.provisioned_on,
            })
            .collect();
        if subs.is_empty() {
            continue;
        }
        // The keys a claim on this product could take: the workload, or each
        // of its subscriptions.
        let keys: Vec<ClaimKey> = match area {
            SolutionArea::ModernWorkAndSecurity => {
                ClaimKey::for_product(area, &tenant_id, &product.id, None).into_iter().collect()
            }
            SolutionArea::BusinessApplications => {
                subs.iter().filter_map(|s| ClaimKey::for_product(area, &tenant_id, &product.id, Some(&s.id))).collect()
            }
        };
        let mut found = Vec::with_capacity(keys.len());
        for key in &keys {
            found.push(competition_for(&mut db, key, &admin.organisation_id).await?);
        }
        products.push(CustomerProduct {
            subscription_required: subscription_required(&product, &subscriptions),
            competition: strongest(found),
            product,
            subscriptions: subs,
        });
    }
    let channel =
        purchase_channel(subscriptions.iter().filter(|s| products.iter().any(|p| p.product.id == s.product_id)))
            .unwrap_or(PurchaseChannel::VolumeLicensing);
    let roles =
        roles_for(area, channel).into_iter().map(|(role, availability)| RoleOption { role, availability }).collect();
    Ok(Json(CustomerProductsResponse { tenant_id, purchase_channel: channel, roles, products }))
}

/// The strongest competition over several keys: arbitration over "already
/// yours" over free.
fn strongest(found: impl IntoIterator<Item = Competition>) -> Competition {
    let mut result = Competition::Free;
    for c in found {
        result = match (result, c) {
            (_, Competition::Arbitration) | (Competition::Arbitration, _) => Competition::Arbitration,
            (_, Competition::AlreadyClaimedByYou) | (Competition::AlreadyClaimedByYou, _) => {
                Competition::AlreadyClaimedByYou
            }
            _ => Competition::Free,
        };
    }
    result
}
