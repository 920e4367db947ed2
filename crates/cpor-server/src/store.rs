//! Reading customers, products and subscriptions from the database as
//! `cpor-core` types. Stored values were checked by `cpor-core` when they
//! were written; one that no longer parses is a fault, reported as such.

use cpor_core::subscription::{Product, TenantSubscription};
use cpor_core::{Date, SubscriptionId, TenantId};
use sqlx::SqlitePool;

use crate::db::enum_from_text;
use crate::error::ApiError;

fn corrupt(what: &str, value: &str, e: impl std::fmt::Display) -> ApiError {
    ApiError::internal(format!("stored {what} {value:?} doesn't parse: {e}"))
}

/// The customer's name, if the tenant exists.
pub async fn customer_name(db: &SqlitePool, tenant: &TenantId) -> Result<Option<String>, ApiError> {
    let row: Option<(String,)> = sqlx::query_as("SELECT name FROM customer_tenants WHERE tenant_id = ?")
        .bind(tenant.as_str())
        .fetch_optional(db)
        .await?;
    Ok(row.map(|(name,)| name))
}

type ProductRow = (String, String, String, String);

fn product_from_row((id, name, area, family): ProductRow) -> Result<Product, ApiError> {
    Ok(Product {
        solution_area: enum_from_text(&area).map_err(|e| corrupt("solution area", &area, e))?,
        family: enum_from_text(&family).map_err(|e| corrupt("product family", &family, e))?,
        id,
        name,
    })
}

/// A product of the catalog.
pub async fn product(db: &SqlitePool, id: &str) -> Result<Option<Product>, ApiError> {
    let row: Option<ProductRow> = sqlx::query_as("SELECT id, name, solution_area, family FROM products WHERE id = ?")
        .bind(id)
        .fetch_optional(db)
        .await?;
    row.map(product_from_row).transpose()
}

/// Every product of the catalog, by name.
pub async fn products(db: &SqlitePool) -> Result<Vec<Product>, ApiError> {
    let rows: Vec<ProductRow> =
        sqlx::query_as("SELECT id, name, solution_area, family FROM products ORDER BY name").fetch_all(db).await?;
    rows.into_iter().map(product_from_row).collect()
}

/// Every subscription on a tenant, with its product's family.
pub async fn tenant_subscriptions(db: &SqlitePool, tenant: &TenantId) -> Result<Vec<TenantSubscription>, ApiError> {
    type Row = (String, String, String, String, String, Option<String>, Option<String>);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT s.id, s.product_id, p.family, s.channel, s.status, s.provisioned_on, s.renewed_as
         FROM tenant_subscriptions s JOIN products p ON p.id = s.product_id
         WHERE s.tenant_id = ? ORDER BY s.provisioned_on, s.id",
    )
    .bind(tenant.as_str())
    .fetch_all(db)
    .await?;
    rows.into_iter()
        .map(|(id, product_id, family, channel, status, provisioned_on, renewed_as)| {
            Ok(TenantSubscription {
                id: SubscriptionId::parse(&id).map_err(|e| corrupt("subscription", &id, e))?,
                product_id,
                family: enum_from_text(&family).map_err(|e| corrupt("family", &family, e))?,
                channel: enum_from_text(&channel).map_err(|e| corrupt("channel", &channel, e))?,
                status: enum_from_text(&status).map_err(|e| corrupt("status", &status, e))?,
                provisioned_on: provisioned_on
                    .map(|d| Date::parse(&d).map_err(|e| corrupt("date", &d, e)))
                    .transpose()?,
                renewed_as: renewed_as
                    .map(|r| SubscriptionId::parse(&r).map_err(|e| corrupt("subscription", &r, e)))
                    .transpose()?,
            })
        })
        .collect()
}
