//! A stored claim as the API shows it: in lists ([`summary`]) and in full
//! ([`detail`]), with product names, the program, the files and what the
//! partner may do with it today.

use std::collections::HashMap;

use axum::http::StatusCode;
use cpor_core::api::v1::{ClaimDetail, ClaimSummary};
use cpor_core::lifecycle::{partner_offers, ClaimStatus};
use cpor_core::subscription::SubscriptionStatus;
use cpor_core::{PartnerProgramId, SubscriptionId, TenantId};

use crate::error::ApiError;
use crate::idempotency::Reply;
use crate::store::{ClaimRecord, Conn, Db};
use crate::AppState;

/// The claim in lists.
pub fn summary(claim: &ClaimRecord, names: &HashMap<String, String>) -> ClaimSummary {
    let input = &claim.input;
    ClaimSummary {
        id: claim.id.clone(),
        claim_name: input.claim_name.clone(),
        domain: input.domain.clone(),
        solution_area: input.solution_area,
        partner_role: input.partner_role,
        products: input
            .products
            .iter()
            .map(|p| names.get(&p.product_id).cloned().unwrap_or_else(|| p.product_id.clone()))
            .collect(),
        status: claim.status,
        next_deadline: claim.due_on,
        in_arbitration: claim.in_arbitration,
        customer_name: claim.customer_name.clone().unwrap_or_default(),
        updated_at: claim.updated_at,
    }
}

/// The claim's products whose subscription expired, each with the ID it
/// was renewed under (if any): index into `input.products`, new ID.
pub async fn renewals<C: Conn>(db: &mut Db<C>, claim: &ClaimRecord) -> Result<Vec<(usize, Option<String>)>, ApiError> {
    let Ok(tenant) = TenantId::parse(&claim.input.tenant_id) else { return Ok(Vec::new()) };
    let subscriptions = db.tenant_subscriptions(&tenant).await?;
    // The subscriptions the claim holds: as entered, or as resolved at
    // submission (its exclusivity keys).
    let held = db.claim_keys(&claim.id).await?;
    Ok(claim
        .input
        .products
        .iter()
        .enumerate()
        .filter_map(|(i, product)| {
            let entered = product.subscription_id.as_deref().and_then(|s| SubscriptionId::parse(s).ok());
            subscriptions
                .iter()
                .find(|s| {
                    s.product_id == product.product_id
                        && s.status == SubscriptionStatus::Expired
                        && (entered.as_ref() == Some(&s.id) || held.iter().any(|k| k.ends_with(s.id.as_str())))
                })
                .map(|expired| (i, expired.renewed_as.as_ref().map(ToString::to_string)))
        })
        .collect())
}

/// The claim in full: answers, product names, program, files and offers.
/// Read through `db`, so inside a write transaction it shows what that
/// transaction wrote.
pub async fn detail<C: Conn>(state: &AppState, db: &mut Db<C>, claim: &ClaimRecord) -> Result<ClaimDetail, ApiError> {
    let names = db.product_names().await?;
    let files = db.files(&claim.id).await?;
    let reclaimable = claim.status != ClaimStatus::Editing && !renewals(db, claim).await?.is_empty();
    let program = match PartnerProgramId::parse(&claim.input.partner_program_id) {
        Ok(id) => db.partner_program(&claim.organisation_id, &id).await?,
        Err(_) => None,
    };
    let dispute_until =
        (claim.status == ClaimStatus::Rejected).then(|| state.calendar.dispute_window_end(claim.status_since));
    Ok(ClaimDetail {
        summary: summary(claim, &names),
        editable: claim.status.editable_fields().to_vec(),
        input: claim.input.clone(),
        files,
        information_request: if claim.status == ClaimStatus::PartnerActionRequired {
            claim.information_request.clone()
        } else {
            Vec::new()
        },
        rejection: claim.rejection,
        dispute_until,
        offers: partner_offers(&claim.clock(), state.clock.today(), &state.calendar, reclaimable),
        program,
        submitted_on: claim.submitted_on,
        created_at: claim.created_at,
    })
}

/// The claim in full as a reply, with its `ETag` and, when `located`, its
/// `Location`.
pub fn detail_reply(status: StatusCode, detail: &ClaimDetail, etag: &str, located: bool) -> Result<Reply, ApiError> {
    Ok(Reply {
        status,
        body: serde_json::to_string(detail).map_err(ApiError::internal)?,
        etag: Some(etag.to_owned()),
        location: located.then(|| format!("/api/claims/{}", detail.summary.id)),
    })
}
