//! The demo dataset and the benchmarks' bulk claims: loaded into an empty
//! database when the server is asked to (`--seed demo`, or `--demo`).

use cpor_core::roles::{PurchaseChannel, SolutionArea};
use cpor_core::subscription::{ProductFamily, SubscriptionStatus};
use cpor_core::{ClaimStatus, CustomerDomain, Date, PartnerProgramId, SubscriptionId, TenantId};
use serde::Deserialize;

use super::{enum_text, now_secs, Store, StoreError};

/// Adds `n` claims of the demo user's organisation, spread over every
/// status, both solution areas, the seeded customers and a year of dates:
/// the list at the scale of a large partner, for benchmarks. They hold no
/// exclusivity keys.
pub async fn seed_bulk_claims(store: &Store, seed: &Seed, n: u32, today: Date) -> Result<(), StoreError> {
    use cpor_core::api::v1::{ClaimInput, ClaimedProduct, Contact};
    use cpor_core::roles::{PartnerRole, SolutionArea};
    const STATUSES: [ClaimStatus; 7] = [
        ClaimStatus::Submitted,
        ClaimStatus::UnderReview,
        ClaimStatus::PartnerActionRequired,
        ClaimStatus::Approved,
        ClaimStatus::Eligible,
        ClaimStatus::Rejected,
        ClaimStatus::Withdrawn,
    ];
    let user = seed
        .organisations
        .iter()
        .flat_map(|o| o.users.iter().map(move |u| (o, u)))
        .find(|(_, u)| u.id == seed.demo_user);
    let Some((org, user)) = user else { return Ok(()) };
    let program = org.programs.first().map(|p| p.id.to_string()).unwrap_or_default();
    let calendar = cpor_core::BusinessCalendar::weekends_only();
    let mut tx = store.write().await?;
    for i in 0..n {
        let tenant = &seed.tenants[i as usize % seed.tenants.len()];
        let domain = tenant.domains.first().map(ToString::to_string).unwrap_or_default();
        let (area, role, product) = if i % 2 == 0 {
            (SolutionArea::ModernWorkAndSecurity, PartnerRole::UseOrConsume, "m365-teams")
        } else {
            (SolutionArea::BusinessApplications, PartnerRole::BuildIntentAdvisor, "d365-sales")
        };
        let status = STATUSES[i as usize % STATUSES.len()];
        let days_ago = i64::from(i % 365) as i32;
        let since = today.add_days(-days_ago);
        let contact = Contact { name: "Ada Lovelace".into(), title: "CIO".into(), email: format!("ada@{domain}") };
        let input = ClaimInput {
            partner_program_id: program.clone(),
            tenant_id: tenant.tenant_id.to_string(),
            domain: domain.clone(),
            solution_area: Some(area),
            partner_role: Some(role),
            products: vec![ClaimedProduct { product_id: product.to_owned(), subscription_id: None }],
            claim_name: format!("{} engagement {:05}", tenant.name, i + 1),
            customer_contact: contact.clone(),
            partner_contact: contact,
            ..ClaimInput::default()
        };
        let at = now_secs() - i64::from(days_ago) * 86_400;
        sqlx::query(
            "INSERT INTO claims (id, organisation_id, created_by, status, status_since, due_on, input, claim_name,
                                 tenant_id, customer_tenant_id, domain, solution_area, partner_role, created_at,
                                 updated_at, submitted_on)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
        )
        .bind(format!("CL-BULK{i:07}"))
        .bind(&org.id)
        .bind(&user.id)
        .bind(enum_text(&status))
        .bind(since.to_string())
        .bind(cpor_core::lifecycle::next_deadline(status, since, &calendar).map(|d| d.to_string()))
        .bind(serde_json::to_string(&input).unwrap_or_default())
        .bind(&input.claim_name)
        .bind(&input.tenant_id)
        .bind(tenant.tenant_id.as_str())
        .bind(&input.domain)
        .bind(enum_text(&area))
        .bind(enum_text(&role))
        .bind(at)
        .bind(at)
        .bind(seeded_submitted_on(status, since))
        .execute(tx.c())
        .await?;
    }
    tx.commit().await
}

/// The day a seeded claim in `status` since `since` was first submitted:
/// that day, unless it is still a draft. (The seed knows no earlier step.)
fn seeded_submitted_on(status: ClaimStatus, since: Date) -> Option<String> {
    (status != ClaimStatus::Editing).then(|| since.to_string())
}

/// The demo dataset checked into the repository.
pub const DEMO_SEED: &str = include_str!("../../seed/demo.json");

/// The seed file's shape.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seed {
    organisations: Vec<SeedOrganisation>,
    tenants: Vec<SeedTenant>,
    products: Vec<SeedProduct>,
    subscriptions: Vec<SeedSubscription>,
    reviewers: Vec<SeedUser>,
    claims: Vec<SeedClaim>,
    /// The user requests act as until token auth arrives.
    pub demo_user: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedOrganisation {
    id: String,
    /// Its Microsoft Entra tenant: the `tid` of its users' tokens.
    tenant_id: TenantId,
    name: String,
    programs: Vec<SeedProgram>,
    users: Vec<SeedUser>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedProgram {
    id: PartnerProgramId,
    name: String,
    country: String,
    enrolled: bool,
    partner_type: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedUser {
    id: String,
    display_name: String,
    email: String,
    role: cpor_core::access::UserRole,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedTenant {
    tenant_id: TenantId,
    name: String,
    domains: Vec<CustomerDomain>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedProduct {
    id: String,
    name: String,
    solution_area: SolutionArea,
    family: ProductFamily,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedSubscription {
    id: SubscriptionId,
    tenant: TenantId,
    product_id: String,
    channel: PurchaseChannel,
    status: SubscriptionStatus,
    /// Days before the seeding day it was provisioned, so the demo always
    /// shows the same situations (a subscription provisioned 2 days ago).
    provisioned_days_ago: Option<i32>,
    renewed_as: Option<SubscriptionId>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedClaim {
    id: String,
    organisation: String,
    created_by: String,
    status: cpor_core::ClaimStatus,
    since_days_ago: i32,
    input: cpor_core::api::v1::ClaimInput,
}

/// Parses a seed; every identifier goes through the `cpor-core` parsers, so
/// a malformed seed value fails here, not in front of a partner.
pub fn parse_seed(json: &str) -> Result<Seed, serde_json::Error> {
    serde_json::from_str(json)
}

/// Loads the seed into the database if it holds no organisation yet, with
/// provisioning dates counted back from `today`. Returns whether it loaded
/// anything.
pub async fn seed_if_empty(store: &Store, seed: &Seed, today: Date) -> Result<bool, StoreError> {
    let mut tx = store.write().await?;
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM partner_organisations").fetch_one(tx.c()).await?;
    if count > 0 {
        return Ok(false);
    }
    for org in &seed.organisations {
        sqlx::query("INSERT INTO partner_organisations (id, name, tenant_id) VALUES ($1, $2, $3)")
            .bind(&org.id)
            .bind(&org.name)
            .bind(org.tenant_id.as_str())
            .execute(tx.c())
            .await?;
        for p in &org.programs {
            sqlx::query(
                "INSERT INTO partner_programs (id, organisation_id, name, country, enrolled, partner_type) VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(p.id.as_str())
            .bind(&org.id)
            .bind(&p.name)
            .bind(&p.country)
            .bind(i64::from(p.enrolled))
            .bind(&p.partner_type)
            .execute(tx.c())
            .await?;
        }
        for u in &org.users {
            sqlx::query(
                "INSERT INTO users (id, organisation_id, display_name, email, role, issuer, subject)
                 VALUES ($1, $2, $3, $4, $5, 'demo', $6)",
            )
            .bind(&u.id)
            .bind(&org.id)
            .bind(&u.display_name)
            .bind(&u.email)
            .bind(enum_text(&u.role))
            .bind(&u.id)
            .execute(tx.c())
            .await?;
        }
    }
    for u in &seed.reviewers {
        sqlx::query(
            "INSERT INTO users (id, organisation_id, display_name, email, role, issuer, subject)
             VALUES ($1, NULL, $2, $3, $4, 'demo', $5)",
        )
        .bind(&u.id)
        .bind(&u.display_name)
        .bind(&u.email)
        .bind(enum_text(&u.role))
        .bind(&u.id)
        .execute(tx.c())
        .await?;
    }
    for t in &seed.tenants {
        sqlx::query("INSERT INTO customer_tenants (tenant_id, name) VALUES ($1, $2)")
            .bind(t.tenant_id.as_str())
            .bind(&t.name)
            .execute(tx.c())
            .await?;
        for d in &t.domains {
            sqlx::query("INSERT INTO tenant_domains (domain, tenant_id) VALUES ($1, $2)")
                .bind(d.as_str())
                .bind(t.tenant_id.as_str())
                .execute(tx.c())
                .await?;
        }
    }
    for p in &seed.products {
        sqlx::query("INSERT INTO products (id, name, solution_area, family) VALUES ($1, $2, $3, $4)")
            .bind(&p.id)
            .bind(&p.name)
            .bind(enum_text(&p.solution_area))
            .bind(enum_text(&p.family))
            .execute(tx.c())
            .await?;
    }
    for s in &seed.subscriptions {
        sqlx::query(
            "INSERT INTO tenant_subscriptions (id, tenant_id, product_id, channel, status, provisioned_on, renewed_as)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(s.id.as_str())
        .bind(s.tenant.as_str())
        .bind(&s.product_id)
        .bind(enum_text(&s.channel))
        .bind(enum_text(&s.status))
        .bind(s.provisioned_days_ago.map(|d| today.add_days(-d).to_string()))
        .bind(s.renewed_as.as_ref().map(SubscriptionId::as_str))
        .execute(tx.c())
        .await?;
    }
    let calendar = cpor_core::BusinessCalendar::weekends_only();
    for c in &seed.claims {
        let since = today.add_days(-c.since_days_ago);
        let due = cpor_core::lifecycle::next_deadline(c.status, since, &calendar);
        let at = now_secs() - i64::from(c.since_days_ago) * 86_400;
        sqlx::query(
            "INSERT INTO claims (id, organisation_id, created_by, status, status_since, due_on, input, claim_name,
                                 tenant_id, customer_tenant_id, domain, solution_area, partner_role, created_at,
                                 updated_at, submitted_on)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
        )
        .bind(&c.id)
        .bind(&c.organisation)
        .bind(&c.created_by)
        .bind(enum_text(&c.status))
        .bind(since.to_string())
        .bind(due.map(|d| d.to_string()))
        .bind(serde_json::to_string(&c.input).unwrap_or_default())
        .bind(&c.input.claim_name)
        .bind(&c.input.tenant_id)
        .bind(TenantId::parse(&c.input.tenant_id).ok().map(|t| t.to_string()))
        .bind(&c.input.domain)
        .bind(c.input.solution_area.map(|a| enum_text(&a)))
        .bind(c.input.partner_role.map(|r| enum_text(&r)))
        .bind(at)
        .bind(at)
        .bind(seeded_submitted_on(c.status, since))
        .execute(tx.c())
        .await?;
        let (Some(area), Ok(tenant)) = (c.input.solution_area, TenantId::parse(&c.input.tenant_id)) else {
            continue;
        };
        for p in &c.input.products {
            let subscription = p.subscription_id.as_deref().and_then(|s| SubscriptionId::parse(s).ok());
            if let Some(key) =
                cpor_core::exclusivity::ClaimKey::for_product(area, &tenant, &p.product_id, subscription.as_ref())
            {
                sqlx::query(
                    "INSERT INTO claim_keys (claim_id, claim_key, organisation_id, live) VALUES ($1, $2, $3, $4)",
                )
                .bind(&c.id)
                .bind(key.to_string())
                .bind(&c.organisation)
                .bind(i64::from(c.status.is_live()))
                .execute(tx.c())
                .await?;
            }
        }
    }
    tx.commit().await?;
    Ok(true)
}
