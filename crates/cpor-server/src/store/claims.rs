//! Claims and what they hold: the claim rows, the list, the status moves,
//! and the exclusivity keys with the arbitrations they open.
//!
//! An organisation holds a key at most once (a partial unique index over
//! live keys); several organisations on one key means an arbitration, of
//! which there is at most one per key (its primary key). Both are enforced
//! by the schema, inside the writer's transaction.

use super::{
    corrupt, enum_from_text, enum_text, is_unique_violation, now_secs, Acting, Answer, Conn, Db, Engine, Sql,
    StoreError, WriteTx,
};
use cpor_core::api::v1::ClaimInput;
use cpor_core::lifecycle::{ClaimClock, ClaimStatus, InformationRequestReason, RejectionReason};
use cpor_core::roles::SolutionArea;
use cpor_core::Date;
use sqlx::any::AnyArguments;
use sqlx::Arguments;

/// A claim as stored, its values parsed.
#[derive(Clone, Debug)]
pub struct ClaimRecord {
    /// Claim id.
    pub id: String,
    /// The partner organisation that made it.
    pub organisation_id: String,
    /// Its name.
    pub organisation_name: String,
    /// Status.
    pub status: ClaimStatus,
    /// The day the status was entered (the clocks count from it).
    pub status_since: Date,
    /// The next deadline, when a clock runs.
    pub due_on: Option<Date>,
    /// Why it was rejected, when it was.
    pub rejection: Option<RejectionReason>,
    /// The answers as the partner entered them.
    pub input: ClaimInput,
    /// Whether one of its live keys is also claimed by another organisation.
    pub in_arbitration: bool,
    /// Version, for `ETag`/`If-Match`.
    pub version: i64,
    /// The reasons of the latest information request.
    pub information_request: Vec<InformationRequestReason>,
    /// The customer's opt-out link token, once approved.
    pub opt_out_token: Option<String>,
    /// The last day the customer may decline, set when it is approved
    /// (`None` for claims approved before the day was kept).
    pub opt_out_until: Option<Date>,
    /// The day it was first submitted.
    pub submitted_on: Option<Date>,
    /// The customer's name, when its tenant is known.
    pub customer_name: Option<String>,
    /// When it was created (seconds since the epoch).
    pub created_at: i64,
    /// When it last changed (seconds since the epoch).
    pub updated_at: i64,
}

impl ClaimRecord {
    /// What the lifecycle rules need to know of the claim.
    pub fn clock(&self) -> ClaimClock {
        ClaimClock { status: self.status, since: self.status_since, rejection: self.rejection }
    }

    /// The `ETag` of this version.
    pub fn etag(&self) -> String {
        format!("\"v{}\"", self.version)
    }
}

#[derive(sqlx::FromRow)]
struct ClaimRow {
    id: String,
    organisation_id: String,
    organisation_name: String,
    status: String,
    status_since: String,
    due_on: Option<String>,
    rejection: Option<String>,
    input: String,
    in_arbitration: i64,
    version: i64,
    information_request: Option<String>,
    opt_out_token: Option<String>,
    opt_out_until: Option<String>,
    submitted_on: Option<String>,
    customer_name: Option<String>,
    created_at: i64,
    updated_at: i64,
}

const COLUMNS: &str = "c.id, c.organisation_id, o.name AS organisation_name, c.status, c.status_since, c.due_on, \
    c.rejection, c.input, c.in_arbitration, c.version, c.information_request, c.opt_out_token, c.opt_out_until, \
    c.submitted_on, t.name AS customer_name, c.created_at, c.updated_at";

const FROM: &str = " FROM claims c JOIN partner_organisations o ON o.id = c.organisation_id \
    LEFT JOIN customer_tenants t ON t.tenant_id = c.customer_tenant_id";

fn select() -> String {
    format!("SELECT {COLUMNS}{FROM}")
}

impl TryFrom<ClaimRow> for ClaimRecord {
    type Error = StoreError;

    fn try_from(r: ClaimRow) -> Result<Self, StoreError> {
        let what = |field: &str| format!("claim {} {field}", r.id);
        let date = |field: &str, d: &str| Date::parse(d).map_err(|e| corrupt(what(field), e));
        Ok(Self {
            status: enum_from_text(&what("status"), &r.status)?,
            status_since: date("status date", &r.status_since)?,
            due_on: r.due_on.as_deref().map(|d| date("due date", d)).transpose()?,
            rejection: r.rejection.as_deref().map(|t| enum_from_text(&what("rejection"), t)).transpose()?,
            input: serde_json::from_str(&r.input).map_err(|e| corrupt(what("input"), e))?,
            information_request: match &r.information_request {
                Some(json) => serde_json::from_str(json).map_err(|e| corrupt(what("information request"), e))?,
                None => Vec::new(),
            },
            submitted_on: r.submitted_on.as_deref().map(|d| date("submission date", d)).transpose()?,
            opt_out_until: r.opt_out_until.as_deref().map(|d| date("opt-out end", d)).transpose()?,
            id: r.id,
            organisation_id: r.organisation_id,
            organisation_name: r.organisation_name,
            in_arbitration: r.in_arbitration != 0,
            version: r.version,
            opt_out_token: r.opt_out_token,
            customer_name: r.customer_name,
            created_at: r.created_at,
            updated_at: r.updated_at,
        })
    }
}

/// Whose claims a query may find.
#[derive(Clone, Copy, Debug)]
pub enum ClaimScope<'a> {
    /// One partner organisation's (another's claim is not found).
    Organisation(&'a str),
    /// Every claim (reviewers).
    Any,
}

/// How the list is ordered.
#[derive(Clone, Copy, Debug, Default, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ListOrder {
    /// Next deadline first; claims without a clock last.
    #[default]
    Due,
    /// Most recently changed first.
    Updated,
}

/// Which of an organisation's claims the list shows.
#[derive(Clone, Debug, Default)]
pub struct ListFilter {
    /// Only claims in this status.
    pub status: Option<ClaimStatus>,
    /// Only claims in this solution area.
    pub solution_area: Option<SolutionArea>,
    /// Only claims whose name, domain, tenant or id contain this text.
    pub text: Option<String>,
    /// The order.
    pub order: ListOrder,
}

/// A new draft.
pub struct NewClaim<'a> {
    /// Its id.
    pub id: &'a str,
    /// The organisation making it.
    pub organisation_id: &'a str,
    /// The user making it.
    pub created_by: &'a str,
    /// Its answers.
    pub input: &'a ClaimInput,
    /// The customer tenant in canonical form, when the answer parses.
    pub customer_tenant_id: Option<&'a str>,
    /// Today.
    pub today: Date,
    /// When it is created (seconds since the epoch).
    pub at: i64,
}

impl NewClaim<'_> {
    /// The claim as [`WriteTx::insert_claim`] records it, given its
    /// organisation's name and its customer's (as [`Db::claim_names`]
    /// reads them): what reading it back right after shows.
    pub fn record(&self, organisation_name: String, customer_name: Option<String>) -> ClaimRecord {
        ClaimRecord {
            id: self.id.to_owned(),
            organisation_id: self.organisation_id.to_owned(),
            organisation_name,
            status: ClaimStatus::Editing,
            status_since: self.today,
            due_on: None,
            rejection: None,
            input: self.input.clone(),
            in_arbitration: false,
            version: 1,
            information_request: Vec::new(),
            opt_out_token: None,
            opt_out_until: None,
            submitted_on: None,
            customer_name,
            created_at: self.at,
            updated_at: self.at,
        }
    }
}

/// A status move, as [`WriteTx::move_status`] writes it.
pub struct StatusChange<'a> {
    /// The claim.
    pub id: &'a str,
    /// The new status.
    pub to: ClaimStatus,
    /// The day it is entered.
    pub today: Date,
    /// The new deadline, if a clock runs.
    pub due_on: Option<Date>,
    /// Why it was rejected, when it is.
    pub rejection: Option<RejectionReason>,
    /// The reasons of a new information request.
    pub information_request: Option<&'a [InformationRequestReason]>,
    /// The customer's opt-out link token, when approved.
    pub opt_out_token: Option<&'a str>,
    /// Whether this is the first submission (sets the submission day).
    pub submitted: bool,
}

/// The text the list is searched for, if any.
fn searched(f: &ListFilter) -> Option<&str> {
    f.text.as_deref().map(str::trim).filter(|t| !t.is_empty())
}

fn push_filters(b: &mut Sql, organisation: &str, f: &ListFilter) {
    b.push(" WHERE c.organisation_id = ").bind(organisation.to_owned());
    if let Some(status) = f.status {
        b.push(" AND c.status = ").bind(enum_text(&status));
    }
    if let Some(area) = f.solution_area {
        b.push(" AND c.solution_area = ").bind(enum_text(&area));
    }
    if let Some(text) = searched(f) {
        let like = format!("%{}%", text.to_lowercase().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
        b.push(" AND (lower(c.claim_name) LIKE ").bind(like.clone()).push(" ESCAPE '\\'");
        b.push(" OR lower(c.domain) LIKE ").bind(like.clone()).push(" ESCAPE '\\'");
        b.push(" OR lower(t.name) LIKE ").bind(like.clone()).push(" ESCAPE '\\'");
        b.push(" OR lower(c.tenant_id) LIKE ").bind(like.clone()).push(" ESCAPE '\\'");
        b.push(" OR lower(c.id) LIKE ").bind(like).push(" ESCAPE '\\')");
    }
}

impl<C: Conn> Db<C> {
    /// The names a claim shows of its organisation and of its customer
    /// tenant (canonical form), as the claim queries join them in.
    pub async fn claim_names(
        &mut self,
        organisation: &str,
        customer_tenant_id: Option<&str>,
    ) -> Result<(String, Option<String>), StoreError> {
        Ok(sqlx::query_as(
            "SELECT o.name, (SELECT t.name FROM customer_tenants t WHERE t.tenant_id = $1)
             FROM partner_organisations o WHERE o.id = $2",
        )
        .bind(customer_tenant_id)
        .bind(organisation)
        .fetch_one(self.c())
        .await?)
    }

    /// Claim `id`, if the scope may see it.
    pub async fn claim(&mut self, id: &str, scope: ClaimScope<'_>) -> Result<Option<ClaimRecord>, StoreError> {
        let row: Option<ClaimRow> = match scope {
            ClaimScope::Organisation(org) => {
                sqlx::query_as(&format!("{} WHERE c.id = $1 AND c.organisation_id = $2", select()))
                    .bind(id)
                    .bind(org)
                    .fetch_optional(self.c())
                    .await?
            }
            ClaimScope::Any => {
                sqlx::query_as(&format!("{} WHERE c.id = $1", select())).bind(id).fetch_optional(self.c()).await?
            }
        };
        row.map(ClaimRecord::try_from).transpose()
    }

    /// The claim whose customer opt-out link carries `token`.
    pub async fn claim_by_opt_out_token(&mut self, token: &str) -> Result<Option<ClaimRecord>, StoreError> {
        let row: Option<ClaimRow> = sqlx::query_as(&format!("{} WHERE c.opt_out_token = $1", select()))
            .bind(token)
            .fetch_optional(self.c())
            .await?;
        row.map(ClaimRecord::try_from).transpose()
    }

    /// One page of the organisation's claims that match, and how many match
    /// in all.
    pub async fn list_claims(
        &mut self,
        organisation: &str,
        filter: &ListFilter,
        limit: u32,
        offset: u64,
    ) -> Result<(Vec<ClaimRecord>, u64), StoreError> {
        // Counted from the claims alone unless the search needs the
        // customer's name: every claim has its organisation, and a claim
        // joins one customer at most, so the joins never change the count,
        // and without them it is read from an index, not row by row.
        let mut count = match searched(filter) {
            Some(_) => Sql::new(format!("SELECT COUNT(*){FROM}")),
            None => Sql::new("SELECT COUNT(*) FROM claims c"),
        };
        push_filters(&mut count, organisation, filter);
        let (sql, args) = count.into_parts();
        let (total,): (i64,) = sqlx::query_as_with(&sql, args).fetch_one(self.c()).await?;
        let mut page = Sql::new(select());
        push_filters(&mut page, organisation, filter);
        page.push(match filter.order {
            ListOrder::Due => " ORDER BY c.due_on IS NULL, c.due_on, c.updated_at DESC, c.id",
            ListOrder::Updated => " ORDER BY c.updated_at DESC, c.id",
        });
        let offset = i64::try_from(offset).unwrap_or(i64::MAX);
        page.push(" LIMIT ").bind(i64::from(limit)).push(" OFFSET ").bind(offset);
        let (sql, args) = page.into_parts();
        let rows: Vec<ClaimRow> = sqlx::query_as_with(&sql, args).fetch_all(self.c()).await?;
        let claims = rows.into_iter().map(ClaimRecord::try_from).collect::<Result<_, _>>()?;
        Ok((claims, total as u64))
    }

    /// Claims waiting for a reviewer (submitted, under review, disputed),
    /// by due date.
    pub async fn review_queue(&mut self) -> Result<Vec<ClaimRecord>, StoreError> {
        let rows: Vec<ClaimRow> = sqlx::query_as(&format!(
            "{} WHERE c.status IN ('submitted', 'under_review', 'disputed')
             ORDER BY c.due_on IS NULL, c.due_on, c.updated_at",
            select()
        ))
        .fetch_all(self.c())
        .await?;
        rows.into_iter().map(ClaimRecord::try_from).collect()
    }

    /// Claims whose clock ran out before `today`: waiting for the partner's
    /// answer, or approved and past the customer's opt-out window.
    pub async fn claims_past_deadline(&mut self, today: Date) -> Result<Vec<(String, ClaimStatus)>, StoreError> {
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT id, status FROM claims
             WHERE status IN ('partner_action_required', 'approved') AND due_on IS NOT NULL AND due_on < $1
             ORDER BY due_on, id",
        )
        .bind(today.to_string())
        .fetch_all(self.c())
        .await?;
        rows.into_iter().map(|(id, status)| Ok((id, enum_from_text("claim status", &status)?))).collect()
    }

    /// The exclusivity keys the claim holds or held.
    pub async fn claim_keys(&mut self, id: &str) -> Result<Vec<String>, StoreError> {
        let rows: Vec<(String,)> =
            sqlx::query_as("SELECT claim_key FROM claim_keys WHERE claim_id = $1 ORDER BY claim_key")
                .bind(id)
                .fetch_all(self.c())
                .await?;
        Ok(rows.into_iter().map(|(k,)| k).collect())
    }

    /// The organisations whose live claims hold `key`.
    pub async fn key_holders(&mut self, key: &str) -> Result<Vec<String>, StoreError> {
        let rows: Vec<(String,)> =
            sqlx::query_as("SELECT DISTINCT organisation_id FROM claim_keys WHERE claim_key = $1 AND live = 1")
                .bind(key)
                .fetch_all(self.c())
                .await?;
        Ok(rows.into_iter().map(|(o,)| o).collect())
    }

    /// Other claims, live, on one of the keys claim `id` holds.
    pub async fn competing_claims(&mut self, id: &str) -> Result<Vec<ClaimRecord>, StoreError> {
        let rows: Vec<ClaimRow> = sqlx::query_as(&format!(
            "{} WHERE c.id <> $1 AND c.id IN (
                SELECT k.claim_id FROM claim_keys k
                WHERE k.live = 1 AND k.claim_key IN (SELECT claim_key FROM claim_keys WHERE claim_id = $1))
             ORDER BY c.submitted_on IS NOT NULL, c.submitted_on, c.id",
            select()
        ))
        .bind(id)
        .fetch_all(self.c())
        .await?;
        rows.into_iter().map(ClaimRecord::try_from).collect()
    }
}

impl WriteTx {
    /// Records a new draft (as [`NewClaim::record`] describes it), the
    /// history line saying `acting` created it and, for a request with an
    /// `Idempotency-Key`, its `answer`, in one statement: one trip to the
    /// writer connection, which every write waits for. `false` when the
    /// key already has an answer (then nothing may stand: drop the
    /// transaction and replay that answer).
    pub async fn insert_claim(
        &mut self,
        new: &NewClaim<'_>,
        acting: &Acting,
        answer: Option<Answer<'_>>,
    ) -> Result<bool, StoreError> {
        const CLAIM: &str = "INSERT INTO claims (id, organisation_id, created_by, status, status_since, input, claim_name,
                                 tenant_id, customer_tenant_id, domain, solution_area, partner_role, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13)";
        const ANSWER: &str =
            "INSERT INTO idempotency (user_id, key, request_hash, status, response, etag, location, created_at)
             VALUES ($17, $18, $19, $20, $21, $22, $23, $13) ON CONFLICT (user_id, key) DO NOTHING";
        let mut args = AnyArguments::default();
        let _ = args.add(new.id);
        let _ = args.add(new.organisation_id);
        let _ = args.add(new.created_by);
        let _ = args.add(enum_text(&ClaimStatus::Editing));
        let _ = args.add(new.today.to_string());
        let _ = args.add(serde_json::to_string(new.input).map_err(|e| corrupt("claim input", e))?);
        let _ = args.add(&new.input.claim_name);
        let _ = args.add(&new.input.tenant_id);
        let _ = args.add(new.customer_tenant_id);
        let _ = args.add(&new.input.domain);
        let _ = args.add(new.input.solution_area.map(|a| enum_text(&a)));
        let _ = args.add(new.input.partner_role.map(|r| enum_text(&r)));
        let _ = args.add(new.at);
        let _ = args.add(&acting.id);
        let _ = args.add(&acting.name);
        let _ = args.add(enum_text(&acting.actor));
        if let Some(a) = &answer {
            let _ = args.add(a.user);
            let _ = args.add(a.key);
            let _ = args.add(&a.reply.request_hash);
            let _ = args.add(i64::from(a.reply.status));
            let _ = args.add(&a.reply.body);
            let _ = args.add(&a.reply.etag);
            let _ = args.add(&a.reply.location);
        }
        // On SQLite, statements in one text (SQLite binds `$n` by its
        // number in every statement of the text, so the history line and
        // the answer reuse the claim's arguments): the rows they changed
        // add up, and the answer's is missing when its key was answered.
        // PostgreSQL prepares one statement at a time: a data-modifying
        // `WITH` makes the history line from the claim it inserts, and
        // counts the answers it recorded.
        let recorded = match self.engine {
            Engine::Sqlite => {
                let mut sql = format!(
                    "{CLAIM}; INSERT INTO claim_history (claim_id, at, actor_id, actor_name, actor_role, action)
                     VALUES ($1, $13, $14, $15, $16, 'created')"
                );
                if answer.is_some() {
                    sql = format!("{sql}; {ANSWER}");
                }
                let done = sqlx::query_with(&sql, args).execute(self.c()).await?;
                answer.is_none() || done.rows_affected() == 3
            }
            Engine::Postgres => {
                let history = "INSERT INTO claim_history (claim_id, at, actor_id, actor_name, actor_role, action)
                     SELECT id, $13, $14, $15, $16, 'created' FROM claim";
                if answer.is_none() {
                    let sql = format!("WITH claim AS ({CLAIM} RETURNING id) {history}");
                    sqlx::query_with(&sql, args).execute(self.c()).await?;
                    true
                } else {
                    let sql = format!(
                        "WITH claim AS ({CLAIM} RETURNING id), history AS ({history}), answer AS ({ANSWER} RETURNING 1)
                         SELECT COUNT(*) FROM answer"
                    );
                    let (count,): (i64,) = sqlx::query_as_with(&sql, args).fetch_one(self.c()).await?;
                    count == 1
                }
            }
        };
        Ok(recorded)
    }

    /// Replaces the answers of claim `id` if it is still at `version`;
    /// whether it was.
    pub async fn update_input(
        &mut self,
        id: &str,
        version: i64,
        input: &ClaimInput,
        customer_tenant_id: Option<&str>,
    ) -> Result<bool, StoreError> {
        let updated = sqlx::query(
            "UPDATE claims SET input = $1, claim_name = $2, tenant_id = $3, customer_tenant_id = $4, domain = $5,
                    solution_area = $6, partner_role = $7, version = version + 1, updated_at = $8
             WHERE id = $9 AND version = $10",
        )
        .bind(serde_json::to_string(input).map_err(|e| corrupt("claim input", e))?)
        .bind(&input.claim_name)
        .bind(&input.tenant_id)
        .bind(customer_tenant_id)
        .bind(&input.domain)
        .bind(input.solution_area.map(|a| enum_text(&a)))
        .bind(input.partner_role.map(|r| enum_text(&r)))
        .bind(now_secs())
        .bind(id)
        .bind(version)
        .execute(self.c())
        .await?
        .rows_affected();
        Ok(updated == 1)
    }

    /// Moves claim `id` to a new status with its clock; the version goes
    /// up.
    pub async fn move_status(&mut self, change: &StatusChange<'_>) -> Result<(), StoreError> {
        let information_request = change
            .information_request
            .map(serde_json::to_string)
            .transpose()
            .map_err(|e| corrupt("information request", e))?;
        sqlx::query(
            "UPDATE claims SET status = $1, status_since = $2, due_on = $3, rejection = $4,
                    information_request = COALESCE($5, information_request),
                    opt_out_token = COALESCE($6, opt_out_token),
                    opt_out_until = CASE WHEN $6 IS NULL THEN opt_out_until ELSE $3 END,
                    submitted_on = CASE WHEN $7 THEN COALESCE(submitted_on, $8) ELSE submitted_on END,
                    version = version + 1, updated_at = $9
             WHERE id = $10",
        )
        .bind(enum_text(&change.to))
        .bind(change.today.to_string())
        .bind(change.due_on.map(|d| d.to_string()))
        .bind(change.rejection.map(|r| enum_text(&r)))
        .bind(information_request)
        .bind(change.opt_out_token)
        .bind(change.submitted)
        .bind(change.today.to_string())
        .bind(now_secs())
        .bind(change.id)
        .execute(self.c())
        .await?;
        Ok(())
    }

    /// Bumps claim `id`'s version (its files changed) if it is still in
    /// `status`; whether it was.
    pub async fn touch_if_status(&mut self, id: &str, status: ClaimStatus) -> Result<bool, StoreError> {
        let bumped =
            sqlx::query("UPDATE claims SET version = version + 1, updated_at = $1 WHERE id = $2 AND status = $3")
                .bind(now_secs())
                .bind(id)
                .bind(enum_text(&status))
                .execute(self.c())
                .await?
                .rows_affected();
        Ok(bumped == 1)
    }

    /// Deletes draft `id` with its history, comments and file rows; the
    /// ids of its stored files, to remove once this commits.
    pub async fn delete_draft(&mut self, id: &str) -> Result<Vec<String>, StoreError> {
        let files: Vec<(String,)> = sqlx::query_as("SELECT id FROM claim_files WHERE claim_id = $1 AND removed = 0")
            .bind(id)
            .fetch_all(self.c())
            .await?;
        // One statement per table: SQLite checks the comments' reply_to
        // references at the end of the statement, when none is left.
        for table in ["claim_files", "claim_history", "claim_keys", "claim_comments"] {
            sqlx::query(&format!("DELETE FROM {table} WHERE claim_id = $1")).bind(id).execute(self.c()).await?;
        }
        sqlx::query("DELETE FROM claims WHERE id = $1 AND status = 'editing'").bind(id).execute(self.c()).await?;
        Ok(files.into_iter().map(|(f,)| f).collect())
    }

    /// Takes the exclusivity keys for claim `id` of `organisation`, opening
    /// an arbitration on every key another organisation also claims.
    /// `false` (and nothing written that matters: drop the transaction)
    /// when the organisation already has a live claim on one of them.
    pub async fn take_keys(
        &mut self,
        id: &str,
        organisation: &str,
        keys: &[String],
        today: Date,
    ) -> Result<bool, StoreError> {
        for key in keys {
            let inserted = sqlx::query(
                "INSERT INTO claim_keys (claim_id, claim_key, organisation_id, live) VALUES ($1, $2, $3, 1)",
            )
            .bind(id)
            .bind(key)
            .bind(organisation)
            .execute(self.c())
            .await;
            match inserted {
                Err(e) if is_unique_violation(&e) => return Ok(false),
                other => {
                    other?;
                }
            }
            let (others,): (i64,) = sqlx::query_as(
                "SELECT COUNT(*) FROM claim_keys WHERE claim_key = $1 AND live = 1 AND organisation_id <> $2",
            )
            .bind(key)
            .bind(organisation)
            .fetch_one(self.c())
            .await?;
            if others > 0 {
                // A new contest on a key whose arbitration was decided opens
                // it again.
                sqlx::query(
                    "INSERT INTO arbitrations (claim_key, opened_on) VALUES ($1, $2)
                     ON CONFLICT (claim_key) DO UPDATE SET decided = 0, opened_on = excluded.opened_on
                     WHERE arbitrations.decided = 1",
                )
                .bind(key)
                .bind(today.to_string())
                .execute(self.c())
                .await?;
                sqlx::query(
                    "UPDATE claims SET in_arbitration = 1
                     WHERE id IN (SELECT claim_id FROM claim_keys WHERE claim_key = $1 AND live = 1)",
                )
                .bind(key)
                .execute(self.c())
                .await?;
            }
        }
        Ok(true)
    }

    /// Lets claim `id` follow new products: its keys are replaced by `keys`
    /// (see [`Self::take_keys`]), and what it let go of is settled.
    pub async fn replace_keys(
        &mut self,
        id: &str,
        organisation: &str,
        keys: &[String],
        today: Date,
    ) -> Result<bool, StoreError> {
        let old = self.claim_keys(id).await?;
        sqlx::query("DELETE FROM claim_keys WHERE claim_id = $1").bind(id).execute(self.c()).await?;
        if !self.take_keys(id, organisation, keys, today).await? {
            return Ok(false);
        }
        let dropped: Vec<String> = old.into_iter().filter(|k| !keys.contains(k)).collect();
        self.settle_arbitrations(id, &dropped).await?;
        Ok(true)
    }

    /// Releases what claim `id` holds (it ended), and settles the claims it
    /// competed with.
    pub async fn release_keys(&mut self, id: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE claim_keys SET live = 0 WHERE claim_id = $1").bind(id).execute(self.c()).await?;
        let keys = self.claim_keys(id).await?;
        self.settle_arbitrations(id, &keys).await
    }

    /// Holds claim `id`'s keys again (a dispute); `false` when the
    /// organisation has since made another live claim on one of them.
    pub async fn hold_keys_again(&mut self, id: &str) -> Result<bool, StoreError> {
        match sqlx::query("UPDATE claim_keys SET live = 1 WHERE claim_id = $1").bind(id).execute(self.c()).await {
            Err(e) if is_unique_violation(&e) => return Ok(false),
            other => {
                other?;
            }
        }
        self.arbitration_flags(id, &[]).await?;
        Ok(true)
    }

    /// After claim `id` let go of `dropped` keys: an undecided arbitration
    /// on a key fewer than two organisations still claim is closed, and
    /// the flags of every claim concerned are set again.
    async fn settle_arbitrations(&mut self, id: &str, dropped: &[String]) -> Result<(), StoreError> {
        let mut sql = Sql::new("DELETE FROM arbitrations WHERE decided = 0 AND claim_key IN ");
        sql.bind_list(dropped).push(
            " AND (SELECT COUNT(DISTINCT k.organisation_id) FROM claim_keys k
                   WHERE k.claim_key = arbitrations.claim_key AND k.live = 1) < 2",
        );
        let (sql, args) = sql.into_parts();
        sqlx::query_with(&sql, args).execute(self.c()).await?;
        self.arbitration_flags(id, dropped).await
    }

    /// Sets `in_arbitration` on claim `id`, every claim sharing one of its
    /// keys and every claim on one of `keys`: a claim is in arbitration
    /// exactly when one of its live keys is also claimed, live, by another
    /// organisation.
    async fn arbitration_flags(&mut self, id: &str, keys: &[String]) -> Result<(), StoreError> {
        let mut sql = Sql::new(
            "UPDATE claims SET in_arbitration = CASE WHEN EXISTS (
                SELECT 1 FROM claim_keys mine JOIN claim_keys other
                  ON other.claim_key = mine.claim_key AND other.live = 1
                     AND other.organisation_id <> mine.organisation_id
                WHERE mine.claim_id = claims.id AND mine.live = 1) THEN 1 ELSE 0 END
             WHERE id = ",
        );
        sql.bind(id.to_owned())
            .push(
                " OR id IN (SELECT claim_id FROM claim_keys
                            WHERE claim_key IN (SELECT claim_key FROM claim_keys WHERE claim_id = ",
            )
            .bind(id.to_owned())
            .push(") OR claim_key IN ")
            .bind_list(keys)
            .push(")");
        let (sql, args) = sql.into_parts();
        sqlx::query_with(&sql, args).execute(self.c()).await?;
        Ok(())
    }

    /// Marks the arbitrations on claim `id`'s keys decided.
    pub async fn decide_arbitrations(&mut self, id: &str) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE arbitrations SET decided = 1
             WHERE claim_key IN (SELECT claim_key FROM claim_keys WHERE claim_id = $1)",
        )
        .bind(id)
        .execute(self.c())
        .await?;
        self.arbitration_flags(id, &[]).await
    }
}
