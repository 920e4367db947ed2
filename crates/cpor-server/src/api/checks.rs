//! `POST /api/checks/customer` and `POST /api/checks/subscription`: the
//! server's verdicts on what the partner entered.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use cpor_core::api::v1::{
    CustomerCheckRequest, CustomerCheckResponse, SubscriptionCheckRequest, SubscriptionCheckResponse,
};
use cpor_core::exclusivity::ClaimKey;
use cpor_core::subscription::{subscription_verdict, SubscriptionRefusal};
use cpor_core::{CustomerDomain, ErrorCode};

use super::known_tenant;
use crate::auth::PartnerAdmin;
use crate::error::{ApiError, ApiJson};
use crate::{store, AppState};

/// Does the domain belong to the tenant?
pub async fn customer(
    State(state): State<AppState>,
    _user: PartnerAdmin,
    ApiJson(req): ApiJson<CustomerCheckRequest>,
) -> Result<Json<CustomerCheckResponse>, ApiError> {
    Ok(Json(verify_customer(&state, &req.tenant_id, &req.domain).await?))
}

/// Parses both values (so a malformed domain is reported even for an
/// unknown tenant), finds the customer, and checks the domain is theirs.
pub async fn verify_customer(state: &AppState, tenant: &str, domain: &str) -> Result<CustomerCheckResponse, ApiError> {
    cpor_core::TenantId::parse(tenant).map_err(|e| ApiError::unprocessable(e.code(), e))?;
    let domain = CustomerDomain::parse(domain).map_err(|e| ApiError::unprocessable(e.code(), e))?;
    let (tenant_id, customer_name) = known_tenant(state, tenant).await?;
    let belongs: Option<(i64,)> = sqlx::query_as("SELECT 1 FROM tenant_domains WHERE tenant_id = ? AND domain = ?")
        .bind(tenant_id.as_str())
        .bind(domain.as_str())
        .fetch_optional(&state.db)
        .await?;
    if belongs.is_none() {
        return Err(ApiError::unprocessable(
            ErrorCode::DomainTenantMismatch,
            format!("{} doesn't belong to the tenant {tenant_id}.", domain.to_unicode()),
        ));
    }
    Ok(CustomerCheckResponse { tenant_id, domain, customer_name })
}

/// Can this product (and subscription) be claimed on this tenant today?
pub async fn subscription(
    State(state): State<AppState>,
    admin: PartnerAdmin,
    ApiJson(req): ApiJson<SubscriptionCheckRequest>,
) -> Result<Json<SubscriptionCheckResponse>, ApiError> {
    let (tenant_id, _) = known_tenant(&state, &req.tenant_id).await?;
    let Some(product) = store::product(&state.db, &req.product_id).await? else {
        return Err(ApiError::unprocessable(
            ErrorCode::UnknownProduct,
            format!("There's no product {:?} in the catalog.", req.product_id),
        ));
    };
    let subscriptions = store::tenant_subscriptions(&state.db, &tenant_id).await?;
    let today = state.clock.today();
    match subscription_verdict(&product, &subscriptions, req.subscription_id.as_deref(), today) {
        Ok(ok) => {
            let key = ClaimKey::for_product(product.solution_area, &tenant_id, &product.id, ok.subscription.as_ref())
                .ok_or_else(|| ApiError::internal("a Business Applications verdict without a subscription"))?;
            let competition = crate::competition::for_key(&state.db, &key, &admin.organisation_id).await?;
            Ok(Json(SubscriptionCheckResponse {
                product_id: product.id,
                subscription_id: ok.subscription,
                competition,
            }))
        }
        Err(refusal) => {
            let mut err = ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, refusal.code(), refusal.to_string());
            if let SubscriptionRefusal::ProvisionedRecently { claimable_from } = refusal {
                err = err.with_claimable_from(claimable_from);
            }
            Err(err)
        }
    }
}
