//! Reference data the claims are checked against: customer tenants and
//! their domains, the product catalog, the subscriptions customers hold,
//! and the partner programs of each organisation.

use std::collections::HashMap;

use cpor_core::api::v1::PartnerProgram;
use cpor_core::subscription::{Product, TenantSubscription};
use cpor_core::{CustomerDomain, Date, PartnerProgramId, SubscriptionId, TenantId};

use super::{corrupt, enum_from_text, Conn, Db, StoreError, WriteTx};

type ProductRow = (String, String, String, String);

fn product_from_row((id, name, area, family): ProductRow) -> Result<Product, StoreError> {
    Ok(Product {
        solution_area: enum_from_text("solution area", &area)?,
        family: enum_from_text("product family", &family)?,
        id,
        name,
    })
}

type ProgramRow = (String, String, String, i64, String);

fn program_from_row((id, name, country, enrolled, partner_type): ProgramRow) -> Result<PartnerProgram, StoreError> {
    let id = PartnerProgramId::parse(&id).map_err(|e| corrupt(format!("program id {id}"), e))?;
    Ok(PartnerProgram { id, name, country, enrolled: enrolled != 0, partner_type })
}

impl<C: Conn> Db<C> {
    /// The customer's name, if the tenant exists.
    pub async fn customer_name(&mut self, tenant: &TenantId) -> Result<Option<String>, StoreError> {
        let row: Option<(String,)> = sqlx::query_as("SELECT name FROM customer_tenants WHERE tenant_id = $1")
            .bind(tenant.as_str())
            .fetch_optional(self.c())
            .await?;
        Ok(row.map(|(name,)| name))
    }

    /// Whether the domain is one of the tenant's.
    pub async fn domain_belongs(&mut self, tenant: &TenantId, domain: &CustomerDomain) -> Result<bool, StoreError> {
        let row: Option<(i64,)> = sqlx::query_as("SELECT 1 FROM tenant_domains WHERE tenant_id = $1 AND domain = $2")
            .bind(tenant.as_str())
            .bind(domain.as_str())
            .fetch_optional(self.c())
            .await?;
        Ok(row.is_some())
    }

    /// A product of the catalog.
    pub async fn product(&mut self, id: &str) -> Result<Option<Product>, StoreError> {
        let row: Option<ProductRow> =
            sqlx::query_as("SELECT id, name, solution_area, family FROM products WHERE id = $1")
                .bind(id)
                .fetch_optional(self.c())
                .await?;
        row.map(product_from_row).transpose()
    }

    /// Every product of the catalog, by name.
    pub async fn products(&mut self) -> Result<Vec<Product>, StoreError> {
        let rows: Vec<ProductRow> =
            sqlx::query_as("SELECT id, name, solution_area, family FROM products ORDER BY name")
                .fetch_all(self.c())
                .await?;
        rows.into_iter().map(product_from_row).collect()
    }

    /// Product names by id.
    pub async fn product_names(&mut self) -> Result<HashMap<String, String>, StoreError> {
        let rows: Vec<(String, String)> = sqlx::query_as("SELECT id, name FROM products").fetch_all(self.c()).await?;
        Ok(rows.into_iter().collect())
    }

    /// Every subscription on a tenant, with its product's family.
    pub async fn tenant_subscriptions(&mut self, tenant: &TenantId) -> Result<Vec<TenantSubscription>, StoreError> {
        type Row = (String, String, String, String, String, Option<String>, Option<String>);
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT s.id, s.product_id, p.family, s.channel, s.status, s.provisioned_on, s.renewed_as
             FROM tenant_subscriptions s JOIN products p ON p.id = s.product_id
             WHERE s.tenant_id = $1 ORDER BY s.provisioned_on IS NOT NULL, s.provisioned_on, s.id",
        )
        .bind(tenant.as_str())
        .fetch_all(self.c())
        .await?;
        rows.into_iter()
            .map(|(id, product_id, family, channel, status, provisioned_on, renewed_as)| {
                let subscription =
                    |s: &str| SubscriptionId::parse(s).map_err(|e| corrupt(format!("subscription {s}"), e));
                Ok(TenantSubscription {
                    id: subscription(&id)?,
                    product_id,
                    family: enum_from_text("family", &family)?,
                    channel: enum_from_text("channel", &channel)?,
                    status: enum_from_text("subscription status", &status)?,
                    provisioned_on: provisioned_on
                        .map(|d| Date::parse(&d).map_err(|e| corrupt(format!("date {d}"), e)))
                        .transpose()?,
                    renewed_as: renewed_as.as_deref().map(subscription).transpose()?,
                })
            })
            .collect()
    }

    /// The organisation's partner programs, enrolled ones first.
    pub async fn partner_programs(&mut self, organisation: &str) -> Result<Vec<PartnerProgram>, StoreError> {
        let rows: Vec<ProgramRow> = sqlx::query_as(
            "SELECT id, name, country, enrolled, partner_type FROM partner_programs
             WHERE organisation_id = $1 ORDER BY enrolled DESC, name",
        )
        .bind(organisation)
        .fetch_all(self.c())
        .await?;
        rows.into_iter().map(program_from_row).collect()
    }

    /// One of the organisation's partner programs.
    pub async fn partner_program(
        &mut self,
        organisation: &str,
        id: &PartnerProgramId,
    ) -> Result<Option<PartnerProgram>, StoreError> {
        let row: Option<ProgramRow> = sqlx::query_as(
            "SELECT id, name, country, enrolled, partner_type FROM partner_programs WHERE id = $1 AND organisation_id = $2",
        )
        .bind(id.as_str())
        .bind(organisation)
        .fetch_optional(self.c())
        .await?;
        row.map(program_from_row).transpose()
    }

    /// The partner organisation whose Microsoft Entra tenant is `tenant`.
    pub async fn organisation_by_tenant(&mut self, tenant: &str) -> Result<Option<String>, StoreError> {
        let row: Option<(String,)> = sqlx::query_as("SELECT id FROM partner_organisations WHERE tenant_id = lower($1)")
            .bind(tenant)
            .fetch_optional(self.c())
            .await?;
        Ok(row.map(|(id,)| id))
    }

    /// The Microsoft Entra tenant of organisation `id`.
    pub async fn organisation_tenant(&mut self, id: &str) -> Result<Option<String>, StoreError> {
        let row: Option<(Option<String>,)> =
            sqlx::query_as("SELECT tenant_id FROM partner_organisations WHERE id = $1")
                .bind(id)
                .fetch_optional(self.c())
                .await?;
        Ok(row.and_then(|(t,)| t))
    }

    /// A partner organisation's name.
    pub async fn organisation_name(&mut self, organisation: &str) -> Result<Option<String>, StoreError> {
        let row: Option<(String,)> = sqlx::query_as("SELECT name FROM partner_organisations WHERE id = $1")
            .bind(organisation)
            .fetch_optional(self.c())
            .await?;
        Ok(row.map(|(name,)| name))
    }
}

impl WriteTx {
    /// Registers (or updates) a partner organisation with its tenant.
    pub async fn save_organisation(&mut self, id: &str, name: &str, tenant: &TenantId) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO partner_organisations (id, name, tenant_id) VALUES ($1, $2, $3)
             ON CONFLICT (id) DO UPDATE SET name = excluded.name, tenant_id = excluded.tenant_id",
        )
        .bind(id)
        .bind(name)
        .bind(tenant.as_str())
        .execute(self.c())
        .await?;
        Ok(())
    }

    /// Registers (or updates) one of an organisation's partner programs.
    pub async fn save_program(&mut self, organisation: &str, program: &PartnerProgram) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO partner_programs (id, organisation_id, name, country, enrolled, partner_type)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (id) DO UPDATE SET organisation_id = excluded.organisation_id, name = excluded.name,
                 country = excluded.country, enrolled = excluded.enrolled, partner_type = excluded.partner_type",
        )
        .bind(program.id.as_str())
        .bind(organisation)
        .bind(&program.name)
        .bind(&program.country)
        .bind(i64::from(program.enrolled))
        .bind(&program.partner_type)
        .execute(self.c())
        .await?;
        Ok(())
    }
}
