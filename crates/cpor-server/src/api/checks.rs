//! `POST /api/checks/customer` and `POST /api/checks/subscription`: the
//! server's verdicts on what the partner entered.

use axum::extract::State;
use axum::Json;
use cpor_core::api::v1::{
    CustomerCheckRequest, CustomerCheckResponse, SubscriptionCheckRequest, SubscriptionCheckResponse,
};
use cpor_core::exclusivity::{competition, ClaimKey, Competition, ExistingClaim};
use cpor_core::lifecycle::ClaimStatus;
use cpor_core::subscription::{subscription_verdict, SubscriptionRefusal};
use cpor_core::{CustomerDomain, ErrorCode, TenantId};
use cpor_i18n::{msg, Text};

use crate::auth::PartnerAdmin;
use crate::error::{ApiError, ApiJson};
use crate::store::{Conn, Db};
use crate::AppState;

/// Parses a tenant ID and finds the customer: 422 with the parse error's
/// code, or `unknown_tenant`.
pub async fn known_tenant<C: Conn>(db: &mut Db<C>, raw: &str) -> Result<(TenantId, String), ApiError> {
    let tenant_id = TenantId::parse(raw).map_err(|e| ApiError::refused(e.code(), e.text()))?;
    match db.customer_name(&tenant_id).await? {
        Some(name) => Ok((tenant_id, name)),
        None => Err(ApiError::refused(
            ErrorCode::UnknownTenant,
            Text::new(msg::SERVER_UNKNOWN_TENANT, [tenant_id.to_string().into()]),
        )),
    }
}

/// How a claim on `key` by `organisation` would fare against the live ones.
pub async fn competition_for<C: Conn>(
    db: &mut Db<C>,
    key: &ClaimKey,
    organisation: &str,
) -> Result<Competition, ApiError> {
    let holders = db.key_holders(&key.to_string()).await?;
    // Live keys belong to live claims; Submitted stands for any of them.
    Ok(competition(
        key,
        organisation,
        holders.iter().map(|org| ExistingClaim { key, organisation_id: org, status: ClaimStatus::Submitted }),
    ))
}

/// Does the domain belong to the tenant?
pub async fn customer(
    State(state): State<AppState>,
    _user: PartnerAdmin,
    ApiJson(req): ApiJson<CustomerCheckRequest>,
) -> Result<Json<CustomerCheckResponse>, ApiError> {
    let mut db = state.store.read().await?;
    Ok(Json(verify_customer(&mut db, &req.tenant_id, &req.domain).await?))
}

/// Parses both values (so a malformed domain is reported even for an
/// unknown tenant), finds the customer, and checks the domain is theirs.
pub async fn verify_customer<C: Conn>(
    db: &mut Db<C>,
    tenant: &str,
    domain: &str,
) -> Result<CustomerCheckResponse, ApiError> {
    TenantId::parse(tenant).map_err(|e| ApiError::refused(e.code(), e.text()))?;
    let domain = CustomerDomain::parse(domain).map_err(|e| ApiError::refused(e.code(), e.text()))?;
    let (tenant_id, customer_name) = known_tenant(db, tenant).await?;
    if !db.domain_belongs(&tenant_id, &domain).await? {
        return Err(ApiError::refused(
            ErrorCode::DomainTenantMismatch,
            Text::new(msg::SERVER_DOMAIN_NOT_OF_TENANT, [domain.to_unicode().into(), tenant_id.to_string().into()]),
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
    let mut db = state.store.read().await?;
    let (tenant_id, _) = known_tenant(&mut db, &req.tenant_id).await?;
    let Some(product) = db.product(&req.product_id).await? else {
        return Err(ApiError::refused(
            ErrorCode::UnknownProduct,
            Text::new(msg::SERVER_UNKNOWN_PRODUCT, [req.product_id.clone().into()]),
        ));
    };
    let subscriptions = db.tenant_subscriptions(&tenant_id).await?;
    match subscription_verdict(&product, &subscriptions, req.subscription_id.as_deref(), state.clock.today()) {
        Ok(ok) => {
            let key = ClaimKey::for_product(product.solution_area, &tenant_id, &product.id, ok.subscription.as_ref())
                .ok_or_else(|| ApiError::internal("a Business Applications verdict without a subscription"))?;
            let competition = competition_for(&mut db, &key, &admin.organisation_id).await?;
            Ok(Json(SubscriptionCheckResponse {
                product_id: product.id,
                subscription_id: ok.subscription,
                competition,
            }))
        }
        Err(refusal) => Err(subscription_refused(refusal, None)),
    }
}

/// 422 for a subscription refusal (with the day it becomes claimable, when
/// that is the reason), its sentence led by the product's name if given.
pub fn subscription_refused(refusal: SubscriptionRefusal, product: Option<&str>) -> ApiError {
    let detail = match product {
        Some(name) => Text::new(msg::SERVER_PRODUCT_REFUSED, [name.to_owned().into(), refusal.text().into()]),
        None => refusal.text(),
    };
    let err = ApiError::refused(refusal.code(), detail);
    match refusal {
        SubscriptionRefusal::ProvisionedRecently { claimable_from } => err.with_claimable_from(claimable_from),
        _ => err,
    }
}
