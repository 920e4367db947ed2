//! A claim's comments (the thread between partner and reviewers) and its
//! history (every change, comment and action, by whom and when).

use cpor_core::api::v1::CommentSide;
use cpor_core::lifecycle::Actor;

use super::{enum_from_text, enum_text, now_secs, Conn, Db, StoreError, WriteTx};

/// Who acts, as history and comments record them.
#[derive(Clone, Debug)]
pub struct Acting {
    /// User id, or `clock` / `customer`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// The lifecycle actor.
    pub actor: Actor,
}

impl Acting {
    /// The scheduler that applies the claim clocks.
    pub fn clock() -> Self {
        Self { id: "clock".into(), name: "Claim clock".into(), actor: Actor::Clock }
    }

    /// The customer, through the opt-out link.
    pub fn customer() -> Self {
        Self { id: "customer".into(), name: "Customer".into(), actor: Actor::Customer }
    }

    /// The side of the thread this actor writes on.
    pub fn side(&self) -> CommentSide {
        match self.actor {
            Actor::Partner => CommentSide::Partner,
            Actor::Reviewer => CommentSide::Reviewer,
            Actor::Customer | Actor::Clock => CommentSide::System,
        }
    }
}

/// A comment as stored.
#[derive(Clone, Debug)]
pub struct CommentRecord {
    /// Comment id.
    pub id: i64,
    /// When (seconds since the epoch).
    pub at: i64,
    /// The author's display name.
    pub author: String,
    /// The side that wrote it.
    pub side: CommentSide,
    /// The comment it answers.
    pub reply_to: Option<i64>,
    /// The text.
    pub body: String,
}

/// A history line as stored.
#[derive(Clone, Debug)]
pub struct HistoryRecord {
    /// When (seconds since the epoch).
    pub at: i64,
    /// Who (user id, `clock` or `customer`).
    pub actor_id: String,
    /// Their name when they acted.
    pub actor_name: String,
    /// Their side.
    pub actor_role: String,
    /// What happened.
    pub action: String,
    /// The field changed, if any.
    pub field: Option<String>,
    /// Its value before.
    pub old_value: Option<String>,
    /// Its value after.
    pub new_value: Option<String>,
}

impl<C: Conn> Db<C> {
    /// The claim's comments, oldest first.
    pub async fn comments(&mut self, claim_id: &str) -> Result<Vec<CommentRecord>, StoreError> {
        let rows: Vec<(i64, i64, String, String, Option<i64>, String)> = sqlx::query_as(
            "SELECT id, at, author_name, side, reply_to, body FROM claim_comments WHERE claim_id = $1 ORDER BY id",
        )
        .bind(claim_id)
        .fetch_all(self.c())
        .await?;
        rows.into_iter()
            .map(|(id, at, author, side, reply_to, body)| {
                Ok(CommentRecord { id, at, author, side: enum_from_text("comment side", &side)?, reply_to, body })
            })
            .collect()
    }

    /// Whether comment `id` is on claim `claim_id`.
    pub async fn comment_exists(&mut self, claim_id: &str, id: i64) -> Result<bool, StoreError> {
        let row: Option<(i64,)> = sqlx::query_as("SELECT 1 FROM claim_comments WHERE id = $1 AND claim_id = $2")
            .bind(id)
            .bind(claim_id)
            .fetch_optional(self.c())
            .await?;
        Ok(row.is_some())
    }

    /// The claim's history, oldest first.
    pub async fn history(&mut self, claim_id: &str) -> Result<Vec<HistoryRecord>, StoreError> {
        type Row = (i64, String, String, String, String, Option<String>, Option<String>, Option<String>);
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT at, actor_id, actor_name, actor_role, action, field, old_value, new_value FROM claim_history
             WHERE claim_id = $1 ORDER BY id",
        )
        .bind(claim_id)
        .fetch_all(self.c())
        .await?;
        Ok(rows
            .into_iter()
            .map(|(at, actor_id, actor_name, actor_role, action, field, old_value, new_value)| HistoryRecord {
                at,
                actor_id,
                actor_name,
                actor_role,
                action,
                field,
                old_value,
                new_value,
            })
            .collect())
    }

    /// Whether a proof-of-execution file was added to the claim after its
    /// latest status change (for a dispute: after the rejection).
    pub async fn proof_added_since_status_change(&mut self, claim_id: &str) -> Result<bool, StoreError> {
        let (added,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM claim_history h
             WHERE h.claim_id = $1 AND h.action = 'file added'
               AND h.id > COALESCE((SELECT MAX(id) FROM claim_history WHERE claim_id = $1 AND field = 'status'), 0)",
        )
        .bind(claim_id)
        .fetch_one(self.c())
        .await?;
        Ok(added > 0)
    }
}

impl WriteTx {
    /// Writes one history line: what `acting` did, and the field it changed
    /// (name, old value, new value) if any.
    pub async fn history_line(
        &mut self,
        claim_id: &str,
        acting: &Acting,
        action: &str,
        change: Option<(&str, &str, &str)>,
    ) -> Result<(), StoreError> {
        let (field, old, new) = match change {
            Some((f, o, n)) => (Some(f), Some(o), Some(n)),
            None => (None, None, None),
        };
        sqlx::query(
            "INSERT INTO claim_history (claim_id, at, actor_id, actor_name, actor_role, action, field, old_value, new_value)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(claim_id)
        .bind(now_secs())
        .bind(&acting.id)
        .bind(&acting.name)
        .bind(enum_text(&acting.actor))
        .bind(action)
        .bind(field)
        .bind(old)
        .bind(new)
        .execute(self.c())
        .await?;
        Ok(())
    }

    /// Posts a comment; the stored comment.
    pub async fn add_comment(
        &mut self,
        claim_id: &str,
        acting: &Acting,
        reply_to: Option<i64>,
        body: &str,
    ) -> Result<CommentRecord, StoreError> {
        let at = now_secs();
        let side = acting.side();
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO claim_comments (claim_id, at, author_id, author_name, side, reply_to, body)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(claim_id)
        .bind(at)
        .bind(&acting.id)
        .bind(&acting.name)
        .bind(enum_text(&side))
        .bind(reply_to)
        .bind(body)
        .fetch_one(self.c())
        .await?;
        Ok(CommentRecord { id, at, author: acting.name.clone(), side, reply_to, body: body.to_owned() })
    }
}
