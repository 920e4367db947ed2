//! Claims of the caller's organisation: list them, create a draft, read
//! one, edit it (only what the status allows, with If-Match), delete a
//! draft. Submission is in [`submit`], the partner's other actions in
//! [`actions`]. Another organisation's claim is never found (404).

mod actions;
mod changes;
mod submit;

use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use cpor_core::api::v1::{ClaimInput, ClaimPage};
use cpor_core::claim::{canonical, changed_fields};
use cpor_core::lifecycle::{ClaimField, ClaimStatus};
use cpor_core::roles::SolutionArea;
use cpor_core::{ErrorCode, TenantId};
use cpor_i18n::{msg, Msg, Text};
use serde::Deserialize;

pub use actions::{dispute, reclaim, resubmit, withdraw, NoteRequest};
pub use submit::submit;

use super::views::{detail, detail_reply, summary};
use crate::auth::PartnerAdmin;
use crate::error::{ApiError, ApiJson};
use crate::idempotency::{self, request_hash, IdempotencyKey, Reply};
use crate::lifecycle::{claim_not_found, stale};
use crate::store::{ClaimRecord, ClaimScope, Conn, Db, ListFilter, ListOrder, NewClaim, WriteTx};
use crate::AppState;

/// The organisation's claim `id`, or 404: another organisation's claim is
/// indistinguishable from one that does not exist.
pub(crate) async fn own_claim<C: Conn>(
    db: &mut Db<C>,
    admin: &PartnerAdmin,
    id: &str,
) -> Result<ClaimRecord, ApiError> {
    db.claim(id, ClaimScope::Organisation(&admin.organisation_id)).await?.ok_or_else(|| claim_not_found(id))
}

/// The claim as it is now in `tx`, in full, as a reply.
pub(crate) async fn reply_in(
    state: &AppState,
    tx: &mut WriteTx,
    admin: &PartnerAdmin,
    id: &str,
    status: StatusCode,
    located: bool,
) -> Result<Reply, ApiError> {
    let claim = own_claim(tx, admin, id).await?;
    let full = detail(state, tx, &claim).await?;
    detail_reply(status, &full, &claim.etag(), located)
}

/// `POST /api/claims`: a new draft (status Editing), idempotent.
pub async fn create(
    State(state): State<AppState>,
    admin: PartnerAdmin,
    IdempotencyKey(key): IdempotencyKey,
    ApiJson(input): ApiJson<ClaimInput>,
) -> Result<Response, ApiError> {
    let body = serde_json::to_vec(&input).map_err(ApiError::internal)?;
    let hash = request_hash("POST /api/claims", &body);
    idempotency::once_recorded(&state, &admin.user.id, &key, &hash, |answer| {
        create_draft(&state, &admin, input, answer)
    })
    .await
}

/// Writes a new draft with `input` in a new transaction, with its answer
/// recorded as `answer` says; the transaction (uncommitted), the reply,
/// and whether the answer was recorded (see [`idempotency::once_recorded`]).
///
/// The reply is made first, on a reader: the draft as it will be stored
/// ([`NewClaim::record`]) with the names and products of the reference
/// data, which no request changes. So the writer, which every write waits
/// for, is held for one statement: the draft, its history line and the
/// recorded answer.
async fn create_draft(
    state: &AppState,
    admin: &PartnerAdmin,
    input: ClaimInput,
    answer: idempotency::Recording,
) -> Result<(WriteTx, Reply, bool), ApiError> {
    let id = crate::ids::claim_id();
    let tenant = TenantId::parse(&input.tenant_id).ok().map(|t| t.to_string());
    let new = new_claim(state, admin, &id, &input, tenant.as_deref());
    let mut db = state.store.read().await?;
    let (organisation, customer) = db.claim_names(&admin.organisation_id, new.customer_tenant_id).await?;
    let record = new.record(organisation, customer);
    let full = detail(state, &mut db, &record).await?;
    drop(db);
    let reply = detail_reply(StatusCode::CREATED, &full, &record.etag(), true)?;
    let stored = answer.stored(&reply);
    let mut tx = state.store.write().await?;
    let recorded = tx.insert_claim(&new, &admin.acting(), Some(answer.answer(&stored))).await?;
    Ok((tx, reply, recorded))
}

/// A new draft `id` of the caller's organisation, created now.
fn new_claim<'a>(
    state: &AppState,
    admin: &'a PartnerAdmin,
    id: &'a str,
    input: &'a ClaimInput,
    customer_tenant_id: Option<&'a str>,
) -> NewClaim<'a> {
    NewClaim {
        id,
        organisation_id: &admin.organisation_id,
        created_by: &admin.user.id,
        input,
        customer_tenant_id,
        today: state.clock.today(),
        at: crate::store::now_secs(),
    }
}

/// Writes a new draft with `input` in `tx`; its id.
pub(crate) async fn insert_draft(
    state: &AppState,
    tx: &mut WriteTx,
    admin: &PartnerAdmin,
    input: &ClaimInput,
) -> Result<String, ApiError> {
    let id = crate::ids::claim_id();
    let tenant = TenantId::parse(&input.tenant_id).ok().map(|t| t.to_string());
    tx.insert_claim(&new_claim(state, admin, &id, input, tenant.as_deref()), &admin.acting(), None).await?;
    Ok(id)
}

/// `GET /api/claims/{id}`.
pub async fn get(
    State(state): State<AppState>,
    admin: PartnerAdmin,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let mut db = state.store.read().await?;
    let claim = own_claim(&mut db, &admin, &id).await?;
    let full = detail(&state, &mut db, &claim).await?;
    Ok(detail_reply(StatusCode::OK, &full, &claim.etag(), true)?.into_response())
}

/// The list's query string.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListQuery {
    status: Option<ClaimStatus>,
    solution_area: Option<SolutionArea>,
    q: Option<String>,
    #[serde(default)]
    sort: ListOrder,
    page: Option<u32>,
    per_page: Option<u32>,
}

/// Largest page of the list.
pub const MAX_PER_PAGE: u32 = 100;

/// `GET /api/claims?status=&solution_area=&q=&sort=due|updated&page=&per_page=`.
pub async fn list(
    State(state): State<AppState>,
    admin: PartnerAdmin,
    Query(query): Query<ListQuery>,
) -> Result<Json<ClaimPage>, ApiError> {
    let page = query.page.unwrap_or(1).max(1);
    let per_page = query.per_page.unwrap_or(20).clamp(1, MAX_PER_PAGE);
    // page × per_page must be a row count this API can name.
    let Some(end) = page.checked_mul(per_page) else {
        return Err(ApiError::worded(
            StatusCode::BAD_REQUEST,
            ErrorCode::PageOutOfRange,
            Text::new(msg::SERVER_PAGE_OUT_OF_RANGE, [page.into(), per_page.into()]),
        ));
    };
    let filter = ListFilter {
        status: query.status,
        solution_area: query.solution_area,
        text: query.q.map(|q| cpor_core::unicode::nfc(&q)),
        order: query.sort,
    };
    let mut db = state.store.read().await?;
    let (claims, total) = db.list_claims(&admin.organisation_id, &filter, per_page, u64::from(end - per_page)).await?;
    let names = db.product_names().await?;
    let items = claims.iter().map(|c| summary(c, &names)).collect();
    Ok(Json(ClaimPage { items, total, page, per_page, today: state.clock.today() }))
}

/// What a part of a claim is called in a sentence.
fn field_name(field: ClaimField) -> Msg<0> {
    match field {
        ClaimField::PartnerProgramId => msg::SERVER_FIELD_PARTNER_PROGRAM_ID,
        ClaimField::Customer => msg::SERVER_FIELD_CUSTOMER,
        ClaimField::SolutionAreaAndRole => msg::SERVER_FIELD_SOLUTION_AREA_AND_ROLE,
        ClaimField::Products => msg::SERVER_FIELD_PRODUCTS,
        ClaimField::ClaimName => msg::SERVER_FIELD_CLAIM_NAME,
        ClaimField::Contacts => msg::SERVER_FIELD_CONTACTS,
        ClaimField::RevenueDetails => msg::SERVER_FIELD_REVENUE_DETAILS,
        ClaimField::ProofOfExecution => msg::SERVER_FIELD_PROOF_OF_EXECUTION,
    }
}

/// The names of `fields` as one list, joined the way the reader's language
/// joins them; `None` for no fields.
fn field_list(fields: &[ClaimField]) -> Option<Text> {
    let (last, before) = fields.split_last()?;
    let list = before.iter().rev().fold(Text::from(field_name(*last)), |rest, f| {
        Text::new(msg::SERVER_LIST, [field_name(*f).into(), rest.into()])
    });
    Some(list)
}

/// The `If-Match` header, if sent.
pub(crate) fn if_match(headers: &HeaderMap) -> Option<String> {
    headers.get(header::IF_MATCH).and_then(|v| v.to_str().ok()).map(|v| v.trim().to_owned())
}

/// `PUT /api/claims/{id}`: replaces the answers, with `If-Match`. After
/// submission only the partner program, products, contacts and PoE comment
/// may change, and the claim stays complete and claimable.
pub async fn update(
    State(state): State<AppState>,
    admin: PartnerAdmin,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(input): ApiJson<ClaimInput>,
) -> Result<Response, ApiError> {
    let Some(expected) = if_match(&headers) else {
        return Err(ApiError::for_client(
            StatusCode::PRECONDITION_REQUIRED,
            ErrorCode::PreconditionRequired,
            "Send the claim's ETag in If-Match, so a change made meanwhile is never overwritten.",
        ));
    };
    let mut tx = state.store.write().await?;
    let claim = own_claim(&mut tx, &admin, &id).await?;
    if expected != claim.etag() {
        return Err(stale(&claim));
    }
    let status = claim.status;
    let changed = changed_fields(&claim.input, &input);
    let locked: Vec<ClaimField> = changed.iter().copied().filter(|f| !status.can_edit(*f)).collect();
    if let Some(names) = field_list(&locked) {
        let detail = if status.editable_fields().is_empty() {
            Text::new(msg::SERVER_CLAIM_NOT_EDITABLE, [status.message().into()])
        } else {
            Text::new(msg::SERVER_ANSWERS_LOCKED, [names.into()])
        };
        return Err(ApiError::refused(ErrorCode::FieldLocked, detail));
    }
    // A submitted claim stays complete and claimable: changed products or
    // program are verified again and its exclusivity keys follow them.
    let mut keys = None;
    if status != ClaimStatus::Editing && !changed.is_empty() {
        let products = submit::check_answers(&mut tx, &id, &input, msg::SERVER_ANSWERS_BEFORE_SAVE).await?;
        if changed.iter().any(|f| matches!(f, ClaimField::Products | ClaimField::PartnerProgramId)) {
            keys = Some(submit::verified_claim_keys(&state, &mut tx, &admin, &input, &products).await?);
        }
    }
    // A submitted claim keeps its answers in their canonical form; a draft
    // keeps what was typed.
    let input = if status == ClaimStatus::Editing { input } else { canonical(&input) };
    let tenant = TenantId::parse(&input.tenant_id).ok().map(|t| t.to_string());
    if !tx.update_input(&id, claim.version, &input, tenant.as_deref()).await? {
        return Err(stale(&claim));
    }
    if let Some(keys) = keys {
        if !tx.replace_keys(&id, &admin.organisation_id, &keys, state.clock.today()).await? {
            return Err(submit::already_claimed());
        }
    }
    let names = tx.product_names().await?;
    for field in &changed {
        for (name, was, now) in changes::field_changes(&claim.input, &input, *field, &names) {
            tx.history_line(&id, &admin.acting(), "edited", Some((&name, &was, &now))).await?;
        }
    }
    let reply = reply_in(&state, &mut tx, &admin, &id, StatusCode::OK, true).await?;
    tx.commit().await?;
    Ok(reply.into_response())
}

/// `DELETE /api/claims/{id}`: deletes a draft (never a submitted claim,
/// whose history must stay), with its files.
pub async fn delete(
    State(state): State<AppState>,
    admin: PartnerAdmin,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    let mut tx = state.store.write().await?;
    let claim = own_claim(&mut tx, &admin, &id).await?;
    if claim.status != ClaimStatus::Editing {
        return Err(ApiError::worded(
            StatusCode::CONFLICT,
            ErrorCode::WrongStatus,
            Text::new(msg::SERVER_ONLY_DRAFTS_DELETED, [claim.status.message().into()]),
        ));
    }
    let removed = tx.delete_draft(&id).await?;
    let files = state.files.clone();
    tx.commit_then(async move {
        for file in removed {
            files.remove(&file).await;
        }
    })
    .await?;
    Ok(StatusCode::NO_CONTENT)
}
