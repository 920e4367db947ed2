//! Claims of the caller's organisation: create a draft, read one, list them,
//! edit (only what the status allows, with If-Match), submit (every answer
//! re-checked with `cpor-core`, exclusivity enforced in the database),
//! withdraw. Another organisation's claim is never found (404).

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use cpor_core::api::v1::{ClaimDetail, ClaimInput, ClaimPage, ClaimSummary, WithdrawRequest};
use cpor_core::claim::{changed_fields, submit_problems, AnswerProblem};
use cpor_core::exclusivity::ClaimKey;
use cpor_core::lifecycle::{
    next_deadline, partner_offers, transition, Action, Actor, ClaimClock, ClaimField, ClaimStatus, PartnerOffer,
    RejectionReason,
};
use cpor_core::roles::{PurchaseChannel, RoleAvailability, SolutionArea};
use cpor_core::subscription::{purchase_channel, subscription_verdict, Product};
use cpor_core::{Date, ErrorCode, PartnerProgramId};
use serde::Deserialize;
use sqlx::{QueryBuilder, Sqlite};

use super::checks::verify_customer;
use crate::auth::PartnerAdmin;
use crate::db::{enum_from_text, enum_text};
use crate::error::{ApiError, ApiJson};
use crate::idempotency::{self, request_hash, IdempotencyKey, Stored};
use crate::lifecycle::history;
use crate::{store, token, AppState};

/// A claim as stored.
#[derive(sqlx::FromRow)]
pub(crate) struct ClaimRow {
    pub(crate) id: String,
    status: String,
    status_since: String,
    due_on: Option<String>,
    rejection: Option<String>,
    input: String,
    in_arbitration: bool,
    pub(crate) version: i64,
    information_request: Option<String>,
    pub(crate) opt_out_token: Option<String>,
    submitted_on: Option<String>,
}

fn corrupt(what: &str, e: impl std::fmt::Display) -> ApiError {
    ApiError::internal(format!("stored claim {what}: {e}"))
}

impl ClaimRow {
    pub(crate) fn status(&self) -> Result<ClaimStatus, ApiError> {
        enum_from_text(&self.status).map_err(|e| corrupt("status", e))
    }

    pub(crate) fn input(&self) -> Result<ClaimInput, ApiError> {
        serde_json::from_str(&self.input).map_err(|e| corrupt("input", e))
    }

    fn since(&self) -> Result<Date, ApiError> {
        Date::parse(&self.status_since).map_err(|e| corrupt("status date", e))
    }

    /// The day it was first submitted, by the server's clock.
    pub(crate) fn submitted_on(&self) -> Result<Option<Date>, ApiError> {
        self.submitted_on.as_deref().map(Date::parse).transpose().map_err(|e| corrupt("submission date", e))
    }

    fn rejection(&self) -> Result<Option<RejectionReason>, ApiError> {
        self.rejection.as_deref().map(enum_from_text).transpose().map_err(|e| corrupt("rejection", e))
    }

    /// What the lifecycle rules need to know of the claim.
    pub(crate) fn clock(&self) -> Result<ClaimClock, ApiError> {
        Ok(ClaimClock { status: self.status()?, since: self.since()?, rejection: self.rejection()? })
    }

    pub(crate) fn summary(
        &self,
        input: &ClaimInput,
        names: &HashMap<String, String>,
    ) -> Result<ClaimSummary, ApiError> {
        Ok(ClaimSummary {
            id: self.id.clone(),
            claim_name: input.claim_name.clone(),
            domain: input.domain.clone(),
            solution_area: input.solution_area,
            partner_role: input.partner_role,
            products: input
                .products
                .iter()
                .map(|p| names.get(&p.product_id).cloned().unwrap_or_else(|| p.product_id.clone()))
                .collect(),
            status: self.status()?,
            next_deadline: self.due_on.as_deref().map(Date::parse).transpose().map_err(|e| corrupt("due date", e))?,
            in_arbitration: self.in_arbitration,
        })
    }

    pub(crate) fn detail(
        &self,
        state: &AppState,
        names: &HashMap<String, String>,
        files: Vec<cpor_core::api::v1::PoeFile>,
        reclaimable: bool,
    ) -> Result<ClaimDetail, ApiError> {
        let input = self.input()?;
        let status = self.status()?;
        let rejection = self.rejection()?;
        let dispute_until = (status == ClaimStatus::Rejected)
            .then(|| self.since().map(|d| state.calendar.dispute_window_end(d)))
            .transpose()?;
        Ok(ClaimDetail {
            summary: self.summary(&input, names)?,
            editable: status.editable_fields().to_vec(),
            input,
            files,
            information_request: match (&self.information_request, status) {
                (Some(json), ClaimStatus::PartnerActionRequired) => {
                    serde_json::from_str(json).map_err(|e| corrupt("information request", e))?
                }
                _ => Vec::new(),
            },
            rejection,
            dispute_until,
            offers: partner_offers(&self.clock()?, state.clock.today(), &state.calendar, reclaimable),
        })
    }

    pub(crate) fn etag(&self) -> String {
        etag(self.version)
    }
}

fn etag(version: i64) -> String {
    format!("\"v{version}\"")
}

pub(crate) const CLAIM_COLUMNS: &str =
    "id, status, status_since, due_on, rejection, input, in_arbitration, version, information_request, opt_out_token, \
     submitted_on";

pub(crate) async fn product_names(state: &AppState) -> Result<HashMap<String, String>, ApiError> {
    Ok(store::products(&state.db).await?.into_iter().map(|p| (p.id, p.name)).collect())
}

/// The organisation's claim `id`, or 404: another organisation's claim is
/// indistinguishable from one that does not exist.
pub(crate) async fn own_claim(state: &AppState, admin: &PartnerAdmin, id: &str) -> Result<ClaimRow, ApiError> {
    let sql = format!("SELECT {CLAIM_COLUMNS} FROM claims WHERE id = ? AND organisation_id = ?");
    sqlx::query_as::<_, ClaimRow>(&sql)
        .bind(id)
        .bind(&admin.organisation_id)
        .fetch_optional(&state.db)
        .await?
        .ok_or_else(|| {
            ApiError::new(StatusCode::NOT_FOUND, ErrorCode::ClaimNotFound, format!("There's no claim {id}."))
        })
}

/// The claim in full: answers, product names and files.
pub(crate) async fn full_detail(state: &AppState, row: &ClaimRow) -> Result<ClaimDetail, ApiError> {
    let files = super::files::list_files(state, &row.id).await?;
    let reclaimable = row.status()? != ClaimStatus::Editing && !renewals(state, row).await?.is_empty();
    row.detail(state, &product_names(state).await?, files, reclaimable)
}

pub(crate) fn detail_response(status: StatusCode, detail: &ClaimDetail, etag: &str) -> Result<Stored, ApiError> {
    Ok(Stored {
        status,
        body: serde_json::to_string(detail).map_err(ApiError::internal)?,
        etag: Some(etag.to_owned()),
        location: Some(format!("/api/claims/{}", detail.summary.id)),
    })
}

fn new_claim_id() -> Result<String, ApiError> {
    let bytes = crate::auth::AuthConfig::random_key().map_err(ApiError::internal)?;
    Ok(format!("CL-{}", bytes[..6].iter().map(|b| format!("{b:02X}")).collect::<String>()))
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
    idempotency::once(&state.writer, &admin.user.id, &key, &hash, create_draft(&state, &admin, &input)).await
}

async fn create_draft(state: &AppState, admin: &PartnerAdmin, input: &ClaimInput) -> Result<Stored, ApiError> {
    let id = new_claim_id()?;
    let now = token::now() as i64;
    let mut tx = state.writer.begin().await?;
    sqlx::query(
        "INSERT INTO claims (id, organisation_id, created_by, status, status_since, input, claim_name, tenant_id,
                             domain, solution_area, partner_role, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(&admin.organisation_id)
    .bind(&admin.user.id)
    .bind(enum_text(&ClaimStatus::Editing))
    .bind(state.clock.today().to_string())
    .bind(serde_json::to_string(input).map_err(ApiError::internal)?)
    .bind(&input.claim_name)
    .bind(&input.tenant_id)
    .bind(&input.domain)
    .bind(input.solution_area.map(|a| enum_text(&a)))
    .bind(input.partner_role.map(|r| enum_text(&r)))
    .bind(now)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    history(&mut tx, &id, &admin.acting(), "created", None).await?;
    tx.commit().await?;
    let row = own_claim(state, admin, &id).await?;
    detail_response(StatusCode::CREATED, &full_detail(state, &row).await?, &row.etag())
}

/// `GET /api/claims/{id}`.
pub async fn get(
    State(state): State<AppState>,
    admin: PartnerAdmin,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let row = own_claim(&state, &admin, &id).await?;
    Ok(detail_response(StatusCode::OK, &full_detail(&state, &row).await?, &row.etag())?.into_response())
}

/// The list's query string.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListQuery {
    status: Option<ClaimStatus>,
    solution_area: Option<SolutionArea>,
    q: Option<String>,
    #[serde(default)]
    sort: ListSort,
    page: Option<u32>,
    per_page: Option<u32>,
}

/// How the list is ordered.
#[derive(Clone, Copy, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ListSort {
    /// Next deadline first; claims without a clock last.
    #[default]
    Due,
    /// Most recently changed first.
    Updated,
}

/// Largest page of the list.
pub const MAX_PER_PAGE: u32 = 100;

fn push_filters<'a>(b: &mut QueryBuilder<'a, Sqlite>, organisation: &'a str, q: &'a ListQuery) {
    b.push(" WHERE organisation_id = ").push_bind(organisation);
    if let Some(status) = q.status {
        b.push(" AND status = ").push_bind(enum_text(&status));
    }
    if let Some(area) = q.solution_area {
        b.push(" AND solution_area = ").push_bind(enum_text(&area));
    }
    if let Some(text) = q.q.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        let like = format!("%{}%", text.to_lowercase().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
        b.push(" AND (lower(claim_name) LIKE ").push_bind(like.clone()).push(" ESCAPE '\\'");
        b.push(" OR lower(domain) LIKE ").push_bind(like.clone()).push(" ESCAPE '\\'");
        b.push(" OR tenant_id LIKE ").push_bind(like.clone()).push(" ESCAPE '\\'");
        b.push(" OR id LIKE ").push_bind(like).push(" ESCAPE '\\')");
    }
}

/// `GET /api/claims?status=&solution_area=&q=&sort=due|updated&page=&per_page=`.
pub async fn list(
    State(state): State<AppState>,
    admin: PartnerAdmin,
    Query(query): Query<ListQuery>,
) -> Result<Json<ClaimPage>, ApiError> {
    let page = query.page.unwrap_or(1).max(1);
    let per_page = query.per_page.unwrap_or(20).clamp(1, MAX_PER_PAGE);
    let mut count = QueryBuilder::<Sqlite>::new("SELECT COUNT(*) FROM claims");
    push_filters(&mut count, &admin.organisation_id, &query);
    let (total,): (i64,) = count.build_query_as().fetch_one(&state.db).await?;
    let mut select = QueryBuilder::<Sqlite>::new(format!("SELECT {CLAIM_COLUMNS} FROM claims"));
    push_filters(&mut select, &admin.organisation_id, &query);
    select.push(match query.sort {
        ListSort::Due => " ORDER BY due_on IS NULL, due_on, updated_at DESC, id",
        ListSort::Updated => " ORDER BY updated_at DESC, id",
    });
    select.push(" LIMIT ").push_bind(i64::from(per_page)).push(" OFFSET ").push_bind(i64::from((page - 1) * per_page));
    let rows: Vec<ClaimRow> = select.build_query_as().fetch_all(&state.db).await?;
    let names = product_names(&state).await?;
    let items = rows.iter().map(|r| r.summary(&r.input()?, &names)).collect::<Result<_, _>>()?;
    Ok(Json(ClaimPage { items, total: total as u64, page, per_page, today: state.clock.today() }))
}

fn if_match(headers: &HeaderMap) -> Result<Option<String>, ApiError> {
    Ok(headers.get(header::IF_MATCH).and_then(|v| v.to_str().ok()).map(|v| v.trim().to_owned()))
}

fn stale(row: &ClaimRow) -> ApiError {
    ApiError::new(
        StatusCode::PRECONDITION_FAILED,
        ErrorCode::StaleClaim,
        format!("Claim {} changed since you opened it; it is now {}.", row.id, row.etag()),
    )
}

/// `PUT /api/claims/{id}`: replaces the answers, with `If-Match`. After
/// submission only the partner program, products, contacts and PoE comment
/// may change.
pub async fn update(
    State(state): State<AppState>,
    admin: PartnerAdmin,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(input): ApiJson<ClaimInput>,
) -> Result<Response, ApiError> {
    let Some(expected) = if_match(&headers)? else {
        return Err(ApiError::new(
            StatusCode::PRECONDITION_REQUIRED,
            ErrorCode::PreconditionRequired,
            "Send the claim's ETag in If-Match, so a change made meanwhile is never overwritten.",
        ));
    };
    let row = own_claim(&state, &admin, &id).await?;
    if expected != row.etag() {
        return Err(stale(&row));
    }
    let status = row.status()?;
    let old = row.input()?;
    let changed = changed_fields(&old, &input);
    let locked: Vec<_> = changed.iter().filter(|f| !status.can_edit(**f)).collect();
    if !locked.is_empty() {
        let names: Vec<String> = locked.iter().map(|f| enum_text(*f).replace('_', " ")).collect();
        let detail = if status.editable_fields().is_empty() {
            format!("A claim that is {} can't be edited.", status.label().to_lowercase())
        } else {
            format!("These answers can't change once submitted: {}.", names.join(", "))
        };
        return Err(ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::FieldLocked, detail));
    }
    // A submitted claim stays complete and claimable: changed products or
    // program are verified again and its exclusivity keys follow them.
    let mut keys = None;
    if status != ClaimStatus::Editing && !changed.is_empty() {
        let products = check_answers(&state, &id, &input, "your changes can be saved").await?;
        if changed.iter().any(|f| matches!(f, ClaimField::Products | ClaimField::PartnerProgramId)) {
            keys = Some(verified_claim_keys(&state, &admin, &input, &products, state.clock.today()).await?);
        }
    }
    let mut tx = state.writer.begin_with("BEGIN IMMEDIATE").await?;
    let updated = sqlx::query(
        "UPDATE claims SET input = ?, claim_name = ?, tenant_id = ?, domain = ?, solution_area = ?, partner_role = ?,
                version = version + 1, updated_at = ?
         WHERE id = ? AND version = ?",
    )
    .bind(serde_json::to_string(&input).map_err(ApiError::internal)?)
    .bind(&input.claim_name)
    .bind(&input.tenant_id)
    .bind(&input.domain)
    .bind(input.solution_area.map(|a| enum_text(&a)))
    .bind(input.partner_role.map(|r| enum_text(&r)))
    .bind(token::now() as i64)
    .bind(&id)
    .bind(row.version)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if updated == 0 {
        return Err(stale(&own_claim(&state, &admin, &id).await?));
    }
    if let Some(keys) = keys {
        let old_keys: Vec<(String,)> =
            sqlx::query_as("SELECT claim_key FROM claim_keys WHERE claim_id = ?").bind(&id).fetch_all(&mut *tx).await?;
        sqlx::query("DELETE FROM claim_keys WHERE claim_id = ?").bind(&id).execute(&mut *tx).await?;
        write_keys(&mut tx, &id, &admin.organisation_id, &keys, state.clock.today()).await?;
        let dropped: Vec<String> = old_keys.into_iter().map(|(k,)| k).filter(|k| !keys.contains(k)).collect();
        settle_arbitrations(&mut tx, &id, &dropped).await?;
    }
    for field in &changed {
        for (name, was, now) in field_changes(&old, &input, *field) {
            history(&mut tx, &id, &admin.acting(), "edited", Some((&name, was, now))).await?;
        }
    }
    tx.commit().await?;
    let row = own_claim(&state, &admin, &id).await?;
    Ok(detail_response(StatusCode::OK, &full_detail(&state, &row).await?, &row.etag())?.into_response())
}

/// The changes of one field, for history: (name, old, new) in words, one
/// per contact detail that changed.
fn field_changes(old: &ClaimInput, new: &ClaimInput, field: ClaimField) -> Vec<(String, String, String)> {
    use cpor_core::api::v1::Contact;
    let one = |name: &str, o: String, n: String| if o == n { Vec::new() } else { vec![(name.to_owned(), o, n)] };
    let contact = |name: &str, o: &Contact, n: &Contact| {
        [("name", &o.name, &n.name), ("title", &o.title, &n.title), ("email", &o.email, &n.email)]
            .into_iter()
            .flat_map(|(part, o, n)| one(&format!("{name}.{part}"), o.clone(), n.clone()))
            .collect::<Vec<_>>()
    };
    let products = |i: &ClaimInput| {
        let named = i.products.iter().map(|p| match &p.subscription_id {
            Some(s) => format!("{} (subscription {s})", p.product_id),
            None => p.product_id.clone(),
        });
        named.collect::<Vec<_>>().join(", ")
    };
    let json = |v: serde_json::Value| match v {
        serde_json::Value::String(s) => s,
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    };
    match field {
        ClaimField::PartnerProgramId => {
            one("partner_program_id", old.partner_program_id.clone(), new.partner_program_id.clone())
        }
        ClaimField::Customer => {
            one("customer", format!("{} {}", old.tenant_id, old.domain), format!("{} {}", new.tenant_id, new.domain))
        }
        ClaimField::SolutionAreaAndRole => one(
            "solution_area_and_role",
            json(serde_json::json!([old.solution_area, old.partner_role])),
            json(serde_json::json!([new.solution_area, new.partner_role])),
        ),
        ClaimField::Products => one("products", products(old), products(new)),
        ClaimField::ClaimName => one("claim_name", old.claim_name.clone(), new.claim_name.clone()),
        ClaimField::Contacts => {
            let empty = Contact::default();
            let mut all = contact("customer_contact", &old.customer_contact, &new.customer_contact);
            all.extend(contact(
                "technical_contact",
                old.technical_contact.as_ref().unwrap_or(&empty),
                new.technical_contact.as_ref().unwrap_or(&empty),
            ));
            all.extend(contact("partner_contact", &old.partner_contact, &new.partner_contact));
            all
        }
        ClaimField::RevenueDetails => {
            one("revenue", json(serde_json::json!(old.revenue)), json(serde_json::json!(new.revenue)))
        }
        ClaimField::ProofOfExecution => one("comment", old.comment.clone(), new.comment.clone()),
    }
}

fn refusal(status: StatusCode, code: ErrorCode, detail: impl Into<String>) -> ApiError {
    ApiError::new(status, code, detail)
}

/// `POST /api/claims/{id}/submit`: every answer checked again, the
/// customer, program, role and each product's subscription verified, then
/// the claim and its exclusivity keys written in one `BEGIN IMMEDIATE`
/// transaction. Idempotent.
pub async fn submit(
    State(state): State<AppState>,
    admin: PartnerAdmin,
    Path(id): Path<String>,
    IdempotencyKey(key): IdempotencyKey,
) -> Result<Response, ApiError> {
    let hash = request_hash(&format!("POST /api/claims/{id}/submit"), b"");
    idempotency::once(&state.writer, &admin.user.id, &key, &hash, submit_claim(&state, &admin, &id)).await
}

async fn submit_claim(state: &AppState, admin: &PartnerAdmin, id: &str) -> Result<Stored, ApiError> {
    let row = own_claim(state, admin, id).await?;
    let today = state.clock.today();
    let clock = ClaimClock { status: row.status()?, since: row.since()?, rejection: None };
    let next = transition(&clock, Actor::Partner, &Action::Submit, today, &state.calendar)
        .map_err(|e| refusal(StatusCode::CONFLICT, e.code(), e.to_string()))?;
    let keys = verified_keys(state, admin, id, &row.input()?, today).await?;

    // One transaction, taking the write lock first, so simultaneous submits
    // on one key serialise: each sees the others' rows.
    let mut tx = state.writer.begin_with("BEGIN IMMEDIATE").await?;
    let due = next_deadline(next, today, &state.calendar);
    let moved = sqlx::query(
        "UPDATE claims SET status = ?, status_since = ?, submitted_on = COALESCE(submitted_on, ?),
                due_on = ?, version = version + 1, updated_at = ?
         WHERE id = ? AND version = ?",
    )
    .bind(enum_text(&next))
    .bind(today.to_string())
    .bind(today.to_string())
    .bind(due.map(|d| d.to_string()))
    .bind(token::now() as i64)
    .bind(id)
    .bind(row.version)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if moved == 0 {
        return Err(stale(&row));
    }
    write_keys(&mut tx, id, &admin.organisation_id, &keys, today).await?;
    let change = Some(("status", enum_text(&clock.status), enum_text(&next)));
    history(&mut tx, id, &admin.acting(), "submitted", change).await?;
    tx.commit().await?;
    let row = own_claim(state, admin, id).await?;
    detail_response(StatusCode::OK, &full_detail(state, &row).await?, &row.etag())
}

/// Every answer of `input` checked again (all of them, with the proof of
/// execution on file), the program, customer, role and each product's
/// subscription verified; the claim's exclusivity keys, or why not.
async fn verified_keys(
    state: &AppState,
    admin: &PartnerAdmin,
    id: &str,
    input: &ClaimInput,
    today: Date,
) -> Result<Vec<String>, ApiError> {
    let products = check_answers(state, id, input, "this claim can be submitted").await?;
    verified_claim_keys(state, admin, input, &products, today).await
}

/// Every answer of `input` checked for completeness, with the products'
/// families from the catalog and the proof of execution on file; the
/// products, or the list of problems (`claim_incomplete`).
async fn check_answers(
    state: &AppState,
    id: &str,
    input: &ClaimInput,
    before: &str,
) -> Result<Vec<Option<Product>>, ApiError> {
    let mut products: Vec<Option<Product>> = Vec::with_capacity(input.products.len());
    for p in &input.products {
        products.push(store::product(&state.db, &p.product_id).await?);
    }
    let families: Vec<_> = products.iter().map(|p| p.as_ref().map(|p| p.family)).collect();
    let mut problems = submit_problems(input, &families);
    let (files,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM claim_files WHERE claim_id = ? AND removed = 0")
        .bind(id)
        .fetch_one(&state.db)
        .await?;
    if files == 0 {
        problems.push(AnswerProblem {
            path: "proof_of_execution".to_owned(),
            code: ErrorCode::PoeMissing,
            message: cpor_core::poe::POE_MISSING.to_owned(),
        });
    }
    if !problems.is_empty() {
        let mut err = refusal(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::ClaimIncomplete,
            format!("{} answers need attention before {before}.", problems.len()),
        );
        err.set_problems(problems);
        return Err(err);
    }
    Ok(products)
}

/// The program, customer, role and each product's subscription of a
/// complete claim verified; its exclusivity keys.
async fn verified_claim_keys(
    state: &AppState,
    admin: &PartnerAdmin,
    input: &ClaimInput,
    products: &[Option<Product>],
    today: Date,
) -> Result<Vec<String>, ApiError> {
    // The program is one of the organisation's; the domain is the tenant's.
    let program =
        PartnerProgramId::parse(&input.partner_program_id).map_err(|e| ApiError::unprocessable(e.code(), e))?;
    let ours: Option<(i64,)> = sqlx::query_as("SELECT 1 FROM partner_programs WHERE id = ? AND organisation_id = ?")
        .bind(program.as_str())
        .bind(&admin.organisation_id)
        .fetch_optional(&state.db)
        .await?;
    if ours.is_none() {
        return Err(ApiError::unprocessable(
            ErrorCode::ProgramNotInOrganisation,
            format!("{program} isn't one of your company's partner program IDs."),
        ));
    }
    let customer = verify_customer(state, &input.tenant_id, &input.domain).await?;

    // The role is open for how the customer bought the area's products, and
    // every product can be claimed.
    let (Some(area), Some(role)) = (input.solution_area, input.partner_role) else {
        return Err(ApiError::internal("submit_problems let a claim without area or role through"));
    };
    let subscriptions = store::tenant_subscriptions(&state.db, &customer.tenant_id).await?;
    let channel = purchase_channel(
        subscriptions
            .iter()
            .filter(|s| products.iter().flatten().any(|p| p.id == s.product_id && p.solution_area == area)),
    )
    .unwrap_or(PurchaseChannel::VolumeLicensing);
    if let RoleAvailability::Closed(reason) = role.availability(channel) {
        return Err(ApiError::unprocessable(ErrorCode::RoleClosed, reason.explanation()));
    }
    let mut keys = Vec::with_capacity(products.len());
    for (claimed, product) in input.products.iter().zip(products) {
        let Some(product) = product else {
            return Err(ApiError::internal("submit_problems let an unknown product through"));
        };
        if product.solution_area != area {
            return Err(ApiError::unprocessable(
                ErrorCode::UnknownProduct,
                format!("{} isn't a {} product.", product.name, area.label()),
            ));
        }
        let ok =
            subscription_verdict(product, &subscriptions, claimed.subscription_id.as_deref(), today).map_err(|r| {
                let mut err = ApiError::unprocessable(r.code(), format!("{}: {r}", product.name));
                if let cpor_core::subscription::SubscriptionRefusal::ProvisionedRecently { claimable_from } = r {
                    err = err.with_claimable_from(claimable_from);
                }
                err
            })?;
        let key = ClaimKey::for_product(area, &customer.tenant_id, &product.id, ok.subscription.as_ref())
            .ok_or_else(|| ApiError::internal("a Business Applications verdict without a subscription"))?;
        keys.push(key.to_string());
    }
    Ok(keys)
}

/// Records the claim's exclusivity keys (the database refuses a second live
/// claim of one organisation on a key) and opens an arbitration for every
/// key another organisation also claims.
async fn write_keys(
    tx: &mut sqlx::SqliteConnection,
    id: &str,
    organisation_id: &str,
    keys: &[String],
    today: Date,
) -> Result<(), ApiError> {
    for key in keys {
        let inserted =
            sqlx::query("INSERT INTO claim_keys (claim_id, claim_key, organisation_id, live) VALUES (?, ?, ?, 1)")
                .bind(id)
                .bind(key)
                .bind(organisation_id)
                .execute(&mut *tx)
                .await;
        match inserted {
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
                return Err(refusal(
                    StatusCode::CONFLICT,
                    ErrorCode::AlreadyClaimed,
                    "Your company already has a live claim on this product for this customer.",
                ));
            }
            other => {
                other?;
            }
        }
        let (others,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM claim_keys WHERE claim_key = ? AND live = 1 AND organisation_id <> ?")
                .bind(key)
                .bind(organisation_id)
                .fetch_one(&mut *tx)
                .await?;
        if others > 0 {
            sqlx::query("INSERT INTO arbitrations (claim_key, opened_on) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .bind(key)
                .bind(today.to_string())
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "UPDATE claims SET in_arbitration = 1
                 WHERE id IN (SELECT claim_id FROM claim_keys WHERE claim_key = ? AND live = 1)",
            )
            .bind(key)
            .execute(&mut *tx)
            .await?;
        }
    }
    Ok(())
}

/// After claim `id` let go of `dropped` keys: an open arbitration on a key
/// fewer than two organisations still claim is closed, and this claim and
/// every claim on those keys are in arbitration exactly when one of their
/// live keys is also claimed by another organisation.
async fn settle_arbitrations(tx: &mut sqlx::SqliteConnection, id: &str, dropped: &[String]) -> Result<(), ApiError> {
    sqlx::query(
        "DELETE FROM arbitrations WHERE decided = 0 AND claim_key IN (SELECT value FROM json_each(?1))
           AND (SELECT COUNT(DISTINCT k.organisation_id) FROM claim_keys k
                WHERE k.claim_key = arbitrations.claim_key AND k.live = 1) < 2",
    )
    .bind(serde_json::to_string(dropped).map_err(ApiError::internal)?)
    .execute(&mut *tx)
    .await?;
    crate::lifecycle::arbitration_flags(tx, id, dropped).await
}

/// `POST /api/claims/{id}/withdraw` `{"reason"}`: disassociates the claim
/// and releases what it held.
pub async fn withdraw(
    State(state): State<AppState>,
    admin: PartnerAdmin,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(req): ApiJson<WithdrawRequest>,
) -> Result<Response, ApiError> {
    let action = Action::Withdraw { reason: req.reason.trim().to_owned() };
    partner_action(&state, &admin, &id, &headers, action, Some(&req.reason)).await
}

/// `POST /api/claims/{id}/resubmit` `{"comment"}`: answers "Partner action
/// required"; the comment goes to the thread.
pub async fn resubmit(
    State(state): State<AppState>,
    admin: PartnerAdmin,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(req): ApiJson<NoteRequest>,
) -> Result<Response, ApiError> {
    let note = checked_note(&req.comment, false)?;
    let res = partner_action(&state, &admin, &id, &headers, Action::Resubmit, note.as_deref()).await?;
    if let Some(text) = note {
        let mut conn = state.writer.acquire().await?;
        crate::lifecycle::comment(&mut conn, &id, &admin.acting(), "partner", None, &text).await?;
    }
    Ok(res)
}

/// `POST /api/claims/{id}/dispute` `{"comment"}`: contests a rejection
/// within 30 days, with a business justification and/or updated proof of
/// execution uploaded since the rejection.
pub async fn dispute(
    State(state): State<AppState>,
    admin: PartnerAdmin,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(req): ApiJson<NoteRequest>,
) -> Result<Response, ApiError> {
    own_claim(&state, &admin, &id).await?;
    let justification = checked_note(&req.comment, false)?;
    if justification.is_none() && !proof_added_since_status_change(&state, &id).await? {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::ReasonRequired,
            "Give the business justification for the dispute, or add updated proof of execution.",
        ));
    }
    let res = partner_action(&state, &admin, &id, &headers, Action::Dispute, justification.as_deref()).await?;
    if let Some(text) = justification {
        let mut conn = state.writer.acquire().await?;
        crate::lifecycle::comment(&mut conn, &id, &admin.acting(), "partner", None, &text).await?;
    }
    Ok(res)
}

/// Whether a proof-of-execution file was added after the claim's latest
/// status change (for a dispute: after the rejection).
async fn proof_added_since_status_change(state: &AppState, id: &str) -> Result<bool, ApiError> {
    let (added,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM claim_history h
         WHERE h.claim_id = ?1 AND h.action = 'file added'
           AND h.id > COALESCE((SELECT MAX(id) FROM claim_history WHERE claim_id = ?1 AND field = 'status'), 0)",
    )
    .bind(id)
    .fetch_one(&state.db)
    .await?;
    Ok(added > 0)
}

/// A comment or reason: plain text, trimmed, at most 4,000 characters, no
/// control characters except line breaks.
pub fn checked_note(raw: &str, required: bool) -> Result<Option<String>, ApiError> {
    let text = raw.trim();
    if text.is_empty() {
        return if required {
            Err(ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::ReasonRequired, "Write a few words."))
        } else {
            Ok(None)
        };
    }
    if text.chars().count() > MAX_NOTE_CHARS {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::TextTooLong,
            format!("A comment can have at most {MAX_NOTE_CHARS} characters; this has {}.", text.chars().count()),
        ));
    }
    if let Some(c) = text.chars().find(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::TextCharacter,
            format!("A comment can't contain the invisible character U+{:04X}.", c as u32),
        ));
    }
    Ok(Some(text.to_owned()))
}

/// Longest comment or reason, in characters.
pub const MAX_NOTE_CHARS: usize = 4000;

/// A body with an optional comment.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct NoteRequest {
    comment: String,
}

impl NoteRequest {
    /// The comment as sent.
    pub fn comment(&self) -> &str {
        &self.comment
    }
}

async fn partner_action(
    state: &AppState,
    admin: &PartnerAdmin,
    id: &str,
    headers: &HeaderMap,
    action: Action,
    note: Option<&str>,
) -> Result<Response, ApiError> {
    let row = own_claim(state, admin, id).await?;
    let expected = match if_match(headers)? {
        Some(tag) if tag != row.etag() => return Err(stale(&row)),
        Some(_) => Some(row.version),
        None => None,
    };
    crate::lifecycle::apply(state, id, expected, &admin.acting(), &action, note).await?;
    let row = own_claim(state, admin, id).await?;
    let mut res = detail_response(StatusCode::OK, &full_detail(state, &row).await?, &row.etag())?.into_response();
    res.headers_mut().remove(header::LOCATION);
    Ok(res)
}

/// `POST /api/claims/{id}/reclaim`: when a claimed subscription expired and
/// was renewed under a new ID, a new draft pre-filled from this claim with
/// the new ID (or none, for the partner to enter). Idempotent.
pub async fn reclaim(
    State(state): State<AppState>,
    admin: PartnerAdmin,
    Path(id): Path<String>,
    IdempotencyKey(key): IdempotencyKey,
) -> Result<Response, ApiError> {
    let hash = request_hash(&format!("POST /api/claims/{id}/reclaim"), b"");
    idempotency::once(&state.writer, &admin.user.id, &key, &hash, reclaim_draft(&state, &admin, &id)).await
}

/// The claim's products whose subscription expired, each with the ID it
/// was renewed under (if any): index into `input.products`, new ID.
async fn renewals(state: &AppState, row: &ClaimRow) -> Result<Vec<(usize, Option<String>)>, ApiError> {
    let input = row.input()?;
    let Ok(tenant) = cpor_core::TenantId::parse(&input.tenant_id) else { return Ok(Vec::new()) };
    let subscriptions = store::tenant_subscriptions(&state.db, &tenant).await?;
    // The subscriptions the claim holds: as entered, or as resolved at
    // submission (its exclusivity keys).
    let held: Vec<(String,)> = sqlx::query_as("SELECT claim_key FROM claim_keys WHERE claim_id = ?")
        .bind(&row.id)
        .fetch_all(&state.db)
        .await?;
    Ok(input
        .products
        .iter()
        .enumerate()
        .filter_map(|(i, product)| {
            let entered = product.subscription_id.as_deref().and_then(|s| cpor_core::SubscriptionId::parse(s).ok());
            subscriptions
                .iter()
                .find(|s| {
                    s.product_id == product.product_id
                        && s.status == cpor_core::subscription::SubscriptionStatus::Expired
                        && (entered.as_ref() == Some(&s.id) || held.iter().any(|(k,)| k.ends_with(s.id.as_str())))
                })
                .map(|expired| (i, expired.renewed_as.as_ref().map(ToString::to_string)))
        })
        .collect())
}

async fn reclaim_draft(state: &AppState, admin: &PartnerAdmin, id: &str) -> Result<Stored, ApiError> {
    let row = own_claim(state, admin, id).await?;
    let renewed = renewals(state, &row).await?;
    let offers = partner_offers(&row.clock()?, state.clock.today(), &state.calendar, !renewed.is_empty());
    if !offers.contains(&PartnerOffer::Reclaim) {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            ErrorCode::ReclaimNotNeeded,
            "None of this claim's subscriptions has expired, so there is nothing to reclaim.",
        ));
    }
    let mut input = row.input()?;
    for (i, new_id) in renewed {
        input.products[i].subscription_id = new_id;
    }
    let created = create_draft(state, admin, &input).await?;
    let new_id = serde_json::from_str::<serde_json::Value>(&created.body)
        .ok()
        .and_then(|v| v["id"].as_str().map(str::to_owned))
        .unwrap_or_default();
    let mut conn = state.writer.acquire().await?;
    history(&mut conn, id, &admin.acting(), "reclaimed", Some(("reclaimed_as", String::new(), new_id))).await?;
    Ok(created)
}
