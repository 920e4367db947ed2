//! `POST /api/claims/{id}/submit`: every answer checked again with
//! `cpor-core`, the program, customer, role and each product's
//! subscription verified, then the status move, the exclusivity keys (and
//! any arbitration they open), the history line and the request's recorded
//! answer written in one transaction. Idempotent.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use cpor_core::api::v1::ClaimInput;
use cpor_core::claim::{canonical, submit_problems, AnswerProblem};
use cpor_core::exclusivity::ClaimKey;
use cpor_core::lifecycle::{next_deadline, transition, Action, Actor};
use cpor_core::roles::{PurchaseChannel, RoleAvailability};
use cpor_core::subscription::{purchase_channel, subscription_verdict, Product};
use cpor_core::{ErrorCode, PartnerProgramId};
use cpor_i18n::{msg, Msg, Text};

use super::{own_claim, reply_in};
use crate::api::checks::{subscription_refused, verify_customer};
use crate::auth::PartnerAdmin;
use crate::error::ApiError;
use crate::idempotency::{self, request_hash, IdempotencyKey, Reply};
use crate::lifecycle::refusal;
use crate::store::{enum_text, Conn, Db, StatusChange, WriteTx};
use crate::AppState;

/// 409: the organisation already has a live claim on one of the products.
pub(crate) fn already_claimed() -> ApiError {
    ApiError::worded(StatusCode::CONFLICT, ErrorCode::AlreadyClaimed, msg::SERVER_ALREADY_CLAIMED.into())
}

/// `POST /api/claims/{id}/submit`.
pub async fn submit(
    State(state): State<AppState>,
    admin: PartnerAdmin,
    Path(id): Path<String>,
    IdempotencyKey(key): IdempotencyKey,
) -> Result<Response, ApiError> {
    let hash = request_hash(&format!("POST /api/claims/{id}/submit"), b"");
    idempotency::once(&state, &admin.user.id, &key, &hash, submit_claim(&state, &admin, &id)).await
}

async fn submit_claim(state: &AppState, admin: &PartnerAdmin, id: &str) -> Result<(WriteTx, Reply), ApiError> {
    // One transaction on the writer, so simultaneous submits on one key
    // serialise: each sees the others' keys.
    let mut tx = state.store.write().await?;
    let claim = own_claim(&mut tx, admin, id).await?;
    let rules = state.rules();
    let next =
        transition(&claim.clock(), Actor::Partner, &Action::Submit, rules.today, rules.calendar).map_err(refusal)?;
    let products = check_answers(&mut tx, id, &claim.input, msg::SERVER_ANSWERS_BEFORE_SUBMIT).await?;
    let keys = verified_claim_keys(state, &mut tx, admin, &claim.input, &products).await?;
    // From now on the claim keeps its answers in their canonical form.
    let kept = canonical(&claim.input);
    if kept != claim.input {
        let tenant = cpor_core::TenantId::parse(&kept.tenant_id).ok().map(|t| t.to_string());
        tx.update_input(id, claim.version, &kept, tenant.as_deref()).await?;
    }
    tx.move_status(&StatusChange {
        id,
        to: next,
        today: rules.today,
        due_on: next_deadline(next, rules.today, rules.calendar),
        rejection: None,
        information_request: None,
        opt_out_token: None,
        submitted: true,
    })
    .await?;
    if !tx.take_keys(id, &admin.organisation_id, &keys, rules.today).await? {
        return Err(already_claimed());
    }
    let change = ("status", enum_text(&claim.status), enum_text(&next));
    tx.history_line(id, &admin.acting(), "submitted", Some((change.0, &change.1, &change.2))).await?;
    let reply = reply_in(state, &mut tx, admin, id, StatusCode::OK, true).await?;
    Ok((tx, reply))
}

/// Every answer of `input` checked for completeness, with the products'
/// families from the catalog and the proof of execution on file; the
/// products, or the list of problems (`claim_incomplete`), told with
/// `before` (how many answers need attention before what).
pub(crate) async fn check_answers<C: Conn>(
    db: &mut Db<C>,
    id: &str,
    input: &ClaimInput,
    before: Msg<1>,
) -> Result<Vec<Option<Product>>, ApiError> {
    let mut products: Vec<Option<Product>> = Vec::with_capacity(input.products.len());
    for p in &input.products {
        products.push(db.product(&p.product_id).await?);
    }
    let families: Vec<_> = products.iter().map(|p| p.as_ref().map(|p| p.family)).collect();
    let mut problems = submit_problems(input, &families);
    if db.file_count(id).await? == 0 {
        problems.push(AnswerProblem::new(
            "proof_of_execution",
            ErrorCode::PoeMissing,
            cpor_core::poe::POE_MISSING.into(),
        ));
    }
    if !problems.is_empty() {
        let mut err = ApiError::refused(ErrorCode::ClaimIncomplete, Text::new(before, [problems.len().into()]));
        err.set_problems(problems);
        return Err(err);
    }
    Ok(products)
}

/// The program, customer, role and each product's subscription of a
/// complete claim verified; its exclusivity keys.
pub(crate) async fn verified_claim_keys<C: Conn>(
    state: &AppState,
    db: &mut Db<C>,
    admin: &PartnerAdmin,
    input: &ClaimInput,
    products: &[Option<Product>],
) -> Result<Vec<String>, ApiError> {
    // The program is one of the organisation's; the domain is the tenant's.
    let program =
        PartnerProgramId::parse(&input.partner_program_id).map_err(|e| ApiError::refused(e.code(), e.text()))?;
    if db.partner_program(&admin.organisation_id, &program).await?.is_none() {
        return Err(ApiError::refused(
            ErrorCode::ProgramNotInOrganisation,
            Text::new(msg::SERVER_PROGRAM_NOT_YOURS, [program.to_string().into()]),
        ));
    }
    let customer = verify_customer(db, &input.tenant_id, &input.domain).await?;

    // The role is open for how the customer bought the area's products, and
    // every product can be claimed.
    let (Some(area), Some(role)) = (input.solution_area, input.partner_role) else {
        return Err(ApiError::internal("submit_problems let a claim without area or role through"));
    };
    let subscriptions = db.tenant_subscriptions(&customer.tenant_id).await?;
    let channel = purchase_channel(
        subscriptions
            .iter()
            .filter(|s| products.iter().flatten().any(|p| p.id == s.product_id && p.solution_area == area)),
    )
    .unwrap_or(PurchaseChannel::VolumeLicensing);
    if let RoleAvailability::Closed(reason) = role.availability(channel) {
        return Err(ApiError::refused(ErrorCode::RoleClosed, reason.message().into()));
    }
    let today = state.clock.today();
    let mut keys = Vec::with_capacity(products.len());
    for (claimed, product) in input.products.iter().zip(products) {
        let Some(product) = product else {
            return Err(ApiError::internal("submit_problems let an unknown product through"));
        };
        if product.solution_area != area {
            return Err(ApiError::refused(
                ErrorCode::UnknownProduct,
                Text::new(msg::SERVER_PRODUCT_NOT_IN_AREA, [product.name.clone().into(), area.message().into()]),
            ));
        }
        let ok = subscription_verdict(product, &subscriptions, claimed.subscription_id.as_deref(), today)
            .map_err(|r| subscription_refused(r, Some(&product.name)))?;
        let key = ClaimKey::for_product(area, &customer.tenant_id, &product.id, ok.subscription.as_ref())
            .ok_or_else(|| ApiError::internal("a Business Applications verdict without a subscription"))?;
        keys.push(key.to_string());
    }
    Ok(keys)
}
