//! Group commit: the write transactions of several requests share one
//! real transaction and one fsync.
//!
//! SQLite writes one transaction at a time, and with `synchronous = FULL`
//! every COMMIT waits for the WAL to reach the disk: a wait far longer than
//! a request's statements take. PostgreSQL is no different here, since
//! every write takes the one write lock shared by all servers and holds it
//! through its COMMIT's WAL flush. So the single writer connection of a
//! server keeps one transaction (SQLite: `BEGIN IMMEDIATE`; PostgreSQL:
//! `BEGIN` and the advisory write lock) open for a group of requests, each
//! of which writes inside it under a savepoint of its own:
//!
//! - [`Writer::begin`] waits for the connection, in order of arrival,
//!   opens the shared transaction when none is open, and starts the
//!   request's [`Member`] with `SAVEPOINT`;
//! - [`Member::commit`] releases the savepoint (its writes join the
//!   group) and waits until the shared transaction has committed; a
//!   `Member` dropped without commit rolls back to its savepoint only, and
//!   the others' writes stay;
//! - the first member to release into a group queues a committer, which
//!   waits for the connection in turn like any writer: every writer that
//!   was already waiting runs and joins the group first. Then it issues
//!   the COMMIT (one fsync for the whole group) and tells every member how
//!   it ended. A group in which nobody released is rolled back.
//!
//! A group is thus bounded by the writers that were waiting when its first
//! member released: with 32 requests writing at once it holds at most 32,
//! and a member waits at most for the work of the writers ahead of it in
//! the queue, as it did when each had its own transaction.
//!
//! Nothing is reported committed before the COMMIT has returned, so no
//! answer leaves the server before its write is durable. When the COMMIT
//! fails, it is rolled back and every member of the group gets the
//! failure: nothing of theirs is on disk (their Idempotency-Key answers
//! went with it, so their retries run again). Whenever the connection is
//! found in a state it should not be in (a savepoint that could not be
//! rolled back, a transaction SQLite ended by itself after an I/O error),
//! the open group fails the same way and the connection is replaced.
//!
//! PostgreSQL aborts a transaction at its first failed statement and then
//! turns its COMMIT into a ROLLBACK without an error. A member's failed
//! statement is undone by rolling back to its savepoint (on drop, or when
//! it commits anyway and its RELEASE is refused); and before every COMMIT
//! the writer runs one statement that fails in an aborted transaction
//! ([`still_alive`]), so a group is never told it committed when it did
//! not.
//!
//! A member rolled back (a refusal) may have read writes of earlier
//! members that are not durable yet: [`durable`] holds such an answer
//! until that group's COMMIT, and turns it into a failure if the COMMIT
//! failed.
//!
//! The savepoints are sqlx's own nested transactions
//! ([`TransactionManager`]), which keep the transaction depth on the
//! connection's worker: a request cancelled in the middle of a `SAVEPOINT`,
//! `RELEASE` or `ROLLBACK TO` leaves the connection as consistent as a
//! cancelled `sqlx::Transaction` does.

use std::cell::RefCell;
use std::future::Future;
use std::ops::{Deref, DerefMut};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use sqlx::any::AnyTransactionManager;
use sqlx::{AnyConnection, Connection, Executor, TransactionManager};
use tokio::sync::{watch, Mutex, OwnedMappedMutexGuard, OwnedMutexGuard};

use super::checkpoint::{self, Checkpoints};
use super::{Engine, StoreError, PG_WRITE_LOCK};

type Tm = AnyTransactionManager;

/// How a group's COMMIT ended: `Err` says why it failed.
type Outcome = Result<(), Arc<str>>;

/// How long a writer waits for the connection before the request is told
/// the database is busy (as long as the pool of one writer waited before).
const WAIT_FOR_WRITER: Duration = Duration::from_secs(10);

/// What every SQLite connection of the server sets first. Every commit
/// reaches the disk before it is acknowledged (`synchronous = FULL`), so an
/// acknowledged write survives a power cut, not only a crash.
pub(super) const PRAGMAS: &str = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;
     PRAGMA busy_timeout = 5000;";

/// What the writer sets besides: the savepoints' journal of the pages they
/// change (needed only to roll a member back, never for durability) stays
/// in memory, where it would otherwise spill to a temporary file past
/// 64 KiB within one group; and it never checkpoints the WAL after its
/// COMMITs, which a connection of its own does (`store/checkpoint.rs`).
const WRITER_PRAGMAS: &str = "PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = 0;";

/// The single writer connection of a SQLite database, shared by every
/// write transaction (see the module's documentation).
#[derive(Clone)]
pub(super) struct Writer {
    line: Arc<Mutex<Option<Line>>>,
    url: Arc<str>,
    engine: Engine,
    commits: Arc<AtomicU64>,
    /// SQLite's WAL checkpoints (none on PostgreSQL).
    checkpoints: Option<Arc<Checkpoints>>,
}

impl std::fmt::Debug for Writer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Writer").field("url", &self.url).finish_non_exhaustive()
    }
}

/// The connection and the group open on it.
struct Line {
    conn: AnyConnection,
    engine: Engine,
    /// The group whose shared transaction is open, if one is.
    group: Option<Group>,
    /// A member was dropped without commit: its rollback was queued on the
    /// connection, and has to be seen through before the depth is checked.
    dropped: bool,
    /// A committer is queued for the open group.
    committer: bool,
}

struct Group {
    outcome: watch::Sender<Option<Outcome>>,
    /// How many members released their savepoints into it.
    released: usize,
}

impl Group {
    fn new() -> Self {
        Self { outcome: watch::Sender::new(None), released: 0 }
    }

    fn end(self, outcome: Outcome) {
        self.outcome.send_replace(Some(outcome));
    }
}

/// Opens a writer connection to the SQLite database at `url`.
pub(super) async fn connect(url: &str) -> Result<AnyConnection, StoreError> {
    let mut conn = AnyConnection::connect(url).await?;
    conn.execute(PRAGMAS).await?;
    conn.execute(WRITER_PRAGMAS).await?;
    Ok(conn)
}

/// Opens a writer connection to the database at `url`.
async fn connect_to(url: &str, engine: Engine) -> Result<AnyConnection, StoreError> {
    match engine {
        Engine::Sqlite => connect(url).await,
        Engine::Postgres => {
            let mut conn = AnyConnection::connect(url).await?;
            conn.execute(super::PG_SESSION).await?;
            Ok(conn)
        }
    }
}

/// Opens a group's transaction on `conn`: `BEGIN IMMEDIATE` on SQLite (the
/// database's write lock); on PostgreSQL a transaction that first takes
/// the write lock shared by every server ([`PG_WRITE_LOCK`]).
async fn open_group(conn: &mut AnyConnection, engine: Engine) -> Result<(), StoreError> {
    match engine {
        Engine::Sqlite => Ok(Tm::begin(conn, Some("BEGIN IMMEDIATE".into())).await?),
        Engine::Postgres => {
            Tm::begin(conn, None).await?;
            let locked = sqlx::query("SELECT pg_advisory_xact_lock($1)").bind(PG_WRITE_LOCK).execute(&mut *conn).await;
            if let Err(e) = locked {
                let _ = Tm::rollback(conn).await;
                return Err(e.into());
            }
            Ok(())
        }
    }
}

/// Whether the group's transaction can still commit. PostgreSQL aborts a
/// transaction at its first failed statement, and then answers its COMMIT
/// with a ROLLBACK, without an error: every statement a member ran that
/// failed was rolled back to its savepoint, but should one not have been
/// (a rollback that failed, or a failure outside any savepoint), the
/// group would be told it committed when nothing of it did. A statement
/// run just before the COMMIT fails in an aborted transaction. SQLite
/// has no such state: a failed statement undoes itself alone.
async fn still_alive(conn: &mut AnyConnection, engine: Engine) -> Result<(), String> {
    match engine {
        Engine::Sqlite => Ok(()),
        Engine::Postgres => match sqlx::query("SELECT 1").execute(conn).await {
            Ok(_) => Ok(()),
            Err(e) => Err(format!("the write transaction was aborted before its COMMIT: {e}")),
        },
    }
}

/// Waits for a group's outcome.
async fn outcome_of(mut group: watch::Receiver<Option<Outcome>>) -> Result<(), StoreError> {
    let ended = group.wait_for(Option::is_some).await.map(|o| o.clone());
    match ended {
        Ok(Some(Ok(()))) => Ok(()),
        Ok(Some(Err(why))) => Err(StoreError::GroupCommit(why.to_string())),
        // The writer went away (the server is stopping) before the group ended.
        Ok(None) | Err(_) => Err(StoreError::GroupCommit("the database closed before the write was committed".into())),
    }
}

impl Writer {
    /// A writer on `conn`, a connection to the SQLite database at `url`
    /// (the writer connects again there if the connection has to be
    /// replaced), with its WAL checkpoints off its path.
    pub(super) fn new(conn: AnyConnection, url: &str) -> Self {
        Self::on(conn, url, Engine::Sqlite, Some(Checkpoints::start(url)))
    }

    /// A writer on a new connection to the PostgreSQL database at `url`.
    pub(super) async fn postgres(url: &str) -> Result<Self, StoreError> {
        let conn = connect_to(url, Engine::Postgres).await?;
        Ok(Self::on(conn, url, Engine::Postgres, None))
    }

    fn on(conn: AnyConnection, url: &str, engine: Engine, checkpoints: Option<Arc<Checkpoints>>) -> Self {
        let line = Line { conn, engine, group: None, dropped: false, committer: false };
        Self { line: Arc::new(Mutex::new(Some(line))), url: url.into(), engine, commits: Arc::default(), checkpoints }
    }

    /// Waits for the connection and starts a member of the open group (or
    /// of a new one).
    ///
    /// On PostgreSQL this runs in a task of its own, which a cancelled
    /// request does not cut off (see [`uncut`]).
    pub(super) async fn begin(&self) -> Result<Member, StoreError> {
        if self.engine == Engine::Postgres {
            let writer = self.clone();
            return uncut(async move { writer.begin_here().await }).await;
        }
        self.begin_here().await
    }

    async fn begin_here(&self) -> Result<Member, StoreError> {
        let guard = tokio::time::timeout(WAIT_FOR_WRITER, self.line.clone().lock_owned())
            .await
            .map_err(|_| StoreError::Busy)?;
        let mut line = OwnedMutexGuard::try_map(guard, Option::as_mut).map_err(|_| closed())?;
        let expected = usize::from(line.group.is_some());
        line.restore(&self.url, expected).await?;
        if line.group.is_none() {
            if let Err(e) = open_group(&mut line.conn, self.engine).await {
                if self.engine == Engine::Sqlite {
                    return Err(e);
                }
                // The connection to PostgreSQL may have been lost (a
                // restart): one new connection, one more try.
                tracing::warn!(error = %e, "opening a write group failed; connecting again");
                line.replace(&self.url).await?;
                open_group(&mut line.conn, self.engine).await?;
            }
            line.group = Some(Group::new());
        }
        // The member exists before its savepoint does: if the savepoint
        // fails, or the request is given up while it is being made, its
        // drop still queues the group's committer (the group must end,
        // even with no member to end it).
        let mut member = Member { line, writer: self.clone(), open: false };
        Tm::begin(&mut member.line.conn, None).await?;
        member.open = true;
        Ok(member)
    }

    /// Waits for the connection, commits the open group, and closes the
    /// connection: later writes fail.
    pub(super) async fn close(&self) {
        if let Some(checkpoints) = &self.checkpoints {
            checkpoints.stop();
        }
        let mut guard = self.line.clone().lock_owned().await;
        if let Some(line) = guard.as_mut() {
            line.finish(&self.url, &self.commits, self.checkpoints.as_deref()).await;
        }
        if let Some(line) = guard.take() {
            if let Err(e) = line.conn.close().await {
                tracing::warn!(error = %e, "closing the writer connection");
            }
        }
    }

    /// Queues the committer of the open group.
    fn queue_committer(&self) {
        let writer = self.clone();
        match tokio::runtime::Handle::try_current() {
            Ok(runtime) => {
                runtime.spawn(async move {
                    crate::failpoints::pause("store::before_group_commit").await;
                    let guard = writer.line.clone().lock_owned().await;
                    if let Ok(mut line) = OwnedMutexGuard::try_map(guard, Option::as_mut) {
                        line.committer = false;
                        line.finish(&writer.url, &writer.commits, writer.checkpoints.as_deref()).await;
                    }
                });
            }
            // No runtime (a drop outside one): the next writer's release
            // queues it.
            Err(_) => tracing::warn!("no runtime to commit the open write group on"),
        }
    }

    /// How many COMMITs the writer issued (one per group).
    #[cfg(test)]
    fn commits(&self) -> u64 {
        self.commits.load(Ordering::Relaxed)
    }
}

fn closed() -> StoreError {
    StoreError::Database(sqlx::Error::PoolClosed)
}

impl Line {
    /// Sees through the rollbacks that dropped members queued.
    async fn settle(&mut self) {
        if std::mem::take(&mut self.dropped) {
            self.flush().await;
        }
    }

    /// Returns once the connection's worker has run every command sent
    /// before (a ping runs after them).
    async fn flush(&mut self) {
        let _ = self.conn.ping().await;
    }

    /// Brings the connection back to `expected` levels of transaction (1
    /// while a group is open, 0 otherwise), or replaces it (failing the
    /// open group) when it can't.
    ///
    /// A level too many is a savepoint that no member holds: one a writer
    /// cancelled as it began left behind, or one whose queued rollback did
    /// not happen. Nothing of it was released into the group, so it is
    /// rolled back. A level too few, or a rollback that fails (the
    /// savepoint is gone: SQLite ended the transaction by itself after an
    /// I/O error), means the group's writes are gone.
    async fn restore(&mut self, url: &str, expected: usize) -> Result<(), StoreError> {
        let mut flushed = std::mem::take(&mut self.dropped);
        if flushed {
            self.flush().await;
        }
        loop {
            let depth = Tm::get_transaction_depth(&self.conn);
            if depth == expected {
                return Ok(());
            }
            if !flushed {
                // The depth moves as the connection's worker runs what was
                // sent before (a cancelled writer's `SAVEPOINT` that the
                // worker takes back when nobody hears its answer): read it
                // again once the worker has run all of it.
                self.flush().await;
                flushed = true;
                continue;
            }
            if depth > expected
                && Tm::rollback(&mut self.conn).await.is_ok()
                && Tm::get_transaction_depth(&self.conn) < depth
            {
                continue;
            }
            return self.reset(url, "the write transaction is not as its members left it").await;
        }
    }

    /// Ends the open group: COMMIT when a member released into it (a
    /// ROLLBACK otherwise), then tells every member how it ended.
    /// Then, when the checkpointer asks for it, checkpoints the WAL while
    /// no group is open (see `store/checkpoint.rs`).
    async fn finish(&mut self, url: &str, commits: &AtomicU64, checkpoints: Option<&Checkpoints>) {
        if self.group.is_none() {
            self.settle().await;
            return;
        }
        let restored = self.restore(url, 1).await;
        // Replacing the connection ended the group already.
        let Some(group) = self.group.take() else { return };
        let outcome: Outcome = if let Err(e) = restored {
            Err(e.to_string().into())
        } else if group.released == 0 {
            Tm::rollback(&mut self.conn).await.map_err(|e| e.to_string().into())
        } else if crate::failpoints::fails("store::group_commit", group.released as u64) {
            Err("the failure point store::group_commit".into())
        } else if let Err(why) = still_alive(&mut self.conn, self.engine).await {
            Err(why.into())
        } else {
            commits.fetch_add(1, Ordering::Relaxed);
            let started = std::time::Instant::now();
            let committed = Tm::commit(&mut self.conn).await.map_err(|e| e.to_string().into());
            tracing::debug!(members = group.released, micros = started.elapsed().as_micros() as u64, "group committed");
            committed
        };
        if let Err(why) = &outcome {
            tracing::error!(error = %why, members = group.released, "a group of writes failed to commit");
            if Tm::get_transaction_depth(&self.conn) > 0 {
                let _ = Tm::rollback(&mut self.conn).await;
            }
        }
        if Tm::get_transaction_depth(&self.conn) != 0 {
            if let Err(e) = self.replace(url).await {
                tracing::error!(error = %e, "replacing the writer connection failed");
            }
        }
        let committed = outcome.is_ok() && group.released > 0;
        group.end(outcome);
        let Some(checkpoints) = checkpoints else { return };
        if committed {
            checkpoints.committed();
        }
        if checkpoints.catch_up() && Tm::get_transaction_depth(&self.conn) == 0 {
            match checkpoint::checkpoint(&mut self.conn).await {
                Ok((log, copied)) => tracing::debug!(log, copied, "the writer checkpointed"),
                Err(e) => tracing::warn!(error = %e, "a WAL checkpoint failed"),
            }
        }
    }

    /// Fails the open group with `why` and replaces the connection (SQLite
    /// rolls back whatever the old one held when it closes).
    async fn reset(&mut self, url: &str, why: &str) -> Result<(), StoreError> {
        tracing::error!(reason = why, "the writer connection is replaced");
        if let Some(group) = self.group.take() {
            group.end(Err(why.into()));
        }
        self.replace(url).await
    }

    async fn replace(&mut self, url: &str) -> Result<(), StoreError> {
        let fresh = connect_to(url, self.engine).await?;
        let old = std::mem::replace(&mut self.conn, fresh);
        self.dropped = false;
        old.close().await?;
        Ok(())
    }
}

/// One request's write transaction on SQLite: a savepoint inside the
/// open group's transaction, holding the writer connection until it is
/// committed or dropped.
pub struct Member {
    line: OwnedMappedMutexGuard<Option<Line>, Line>,
    writer: Writer,
    /// Inside its savepoint: neither released nor rolled back yet.
    open: bool,
}

impl Member {
    /// Releases the savepoint into the group and waits until the group has
    /// committed: `Ok` once this member's writes are on disk.
    ///
    /// On PostgreSQL the release runs in a task of its own, which a
    /// cancelled request does not cut off (see [`uncut`]).
    pub(super) async fn commit(self) -> Result<(), StoreError> {
        let outcome =
            if self.line.engine == Engine::Postgres { uncut(self.release()).await? } else { self.release().await? };
        outcome_of(outcome).await
    }

    /// Releases the savepoint into the group: how to hear the group's
    /// outcome.
    async fn release(mut self) -> Result<watch::Receiver<Option<Outcome>>, StoreError> {
        if let Err(e) = Tm::commit(&mut self.line.conn).await {
            if self.line.engine == Engine::Postgres
                && Tm::rollback(&mut self.line.conn).await.is_ok()
                && Tm::get_transaction_depth(&self.line.conn) == 1
            {
                // PostgreSQL refuses to release a savepoint in which a
                // statement failed: rolled back to it, the group goes on
                // without this member's writes.
                self.open = false;
                return Err(e.into());
            }
            // SQLite ended the transaction itself (an I/O error): the
            // whole group is gone.
            self.open = false;
            let url = self.writer.url.clone();
            self.line.reset(&url, &format!("a savepoint could not be released: {e}")).await?;
            return Err(e.into());
        }
        self.open = false;
        let Some(group) = self.line.group.as_mut() else {
            return Err(StoreError::GroupCommit("the write transaction ended before it was committed".into()));
        };
        group.released += 1;
        let outcome = group.outcome.subscribe();
        // The connection goes to the next writer; the committer is queued
        // behind the writers already waiting.
        drop(self);
        Ok(outcome)
    }
}

impl Drop for Member {
    fn drop(&mut self) {
        if self.open {
            Tm::start_rollback(&mut self.line.conn);
            self.line.dropped = true;
            if let Some(group) = self.line.group.as_ref().filter(|g| g.released > 0) {
                saw(group.outcome.subscribe());
            }
        }
        if self.line.group.is_some() && !self.line.committer {
            self.line.committer = true;
            self.writer.queue_committer();
        }
    }
}

impl Deref for Member {
    type Target = AnyConnection;
    fn deref(&self) -> &AnyConnection {
        &self.line.conn
    }
}

impl DerefMut for Member {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        &mut self.line.conn
    }
}

/// Runs `work` (a savepoint's `SAVEPOINT` or `RELEASE`, or a commit and
/// what must follow it: `WriteTx::commit_then`) to its end in a task of
/// its own, even when the request awaiting it is cancelled.
///
/// sqlx counts a PostgreSQL connection's savepoints on the client, once
/// the answer is read: a request cut off after its `RELEASE` reached the
/// database but before the answer came back would leave a savepoint
/// counted that no longer exists, whose rollback then fails and aborts the
/// whole group (which then fails as a whole: never reported committed, but
/// every member's write lost). Run to its end, the count stays true. (On
/// SQLite the connection's own thread keeps the count, and a cut-off
/// request leaves it true.)
pub(super) async fn uncut<T: Send + 'static>(
    work: impl Future<Output = Result<T, StoreError>> + Send + 'static,
) -> Result<T, StoreError> {
    tokio::spawn(work).await.map_err(|e| StoreError::GroupCommit(format!("the write's task failed: {e}")))?
}

tokio::task_local! {
    /// The groups whose uncommitted writes a rolled-back member of this
    /// request may have read.
    static SEEN: RefCell<Vec<watch::Receiver<Option<Outcome>>>>;
}

fn saw(group: watch::Receiver<Option<Outcome>>) {
    let _ = SEEN.try_with(|seen| {
        if let Ok(mut seen) = seen.try_borrow_mut() {
            seen.push(group);
        }
    });
}

/// Runs `work` (a request's handling), then waits until every group whose
/// uncommitted writes it may have read (through a write transaction it
/// rolled back) has committed: `Err` when one of them failed, and the
/// answer, built on writes that are not on disk, must not leave.
pub async fn durable<F: Future>(work: F) -> (F::Output, Result<(), StoreError>) {
    let (output, seen) = SEEN
        .scope(RefCell::new(Vec::new()), async {
            let output = work.await;
            (output, SEEN.with(|seen| seen.take()))
        })
        .await;
    for group in seen {
        if let Err(e) = outcome_of(group).await {
            return (output, Err(e));
        }
    }
    (output, Ok(()))
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn writer(dir: &std::path::Path) -> (Writer, sqlx::AnyPool) {
        sqlx::any::install_default_drivers();
        let path = dir.join("group.db");
        let url = format!("sqlite://{}?mode=rwc", path.display());
        let mut conn = connect(&url).await.unwrap();
        conn.execute(
            "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);
             CREATE TABLE refs (note INTEGER NOT NULL REFERENCES notes (id));",
        )
        .await
        .unwrap();
        let reader = sqlx::any::AnyPoolOptions::new()
            .max_connections(1)
            .connect(&format!("sqlite://{}?mode=ro", path.display()))
            .await
            .unwrap();
        (Writer::new(conn, &url), reader)
    }

    async fn note(member: &mut Member, body: &str) {
        sqlx::query("INSERT INTO notes (body) VALUES ($1)").bind(body).execute(&mut **member).await.unwrap();
    }

    async fn notes(reader: &sqlx::AnyPool) -> Vec<String> {
        let rows: Vec<(String,)> =
            sqlx::query_as("SELECT body FROM notes ORDER BY body").fetch_all(reader).await.unwrap();
        rows.into_iter().map(|(b,)| b).collect()
    }

    /// Starts `n` writers that queue behind `first` (still held), each
    /// running `work` with its number; their results.
    async fn queued<F, Fut>(writer: &Writer, n: usize, work: F) -> Vec<tokio::task::JoinHandle<Result<(), StoreError>>>
    where
        F: Fn(usize, Member) -> Fut + Clone + Send + Sync + 'static,
        Fut: Future<Output = Result<(), StoreError>> + Send,
    {
        let mut handles = Vec::with_capacity(n);
        for i in 0..n {
            let (writer, work) = (writer.clone(), work.clone());
            handles.push(tokio::spawn(async move { work(i, writer.begin().await?).await }));
            // Member `i` waits for the connection before `i + 1` starts:
            // spawned tasks on several threads reach the lock in any order,
            // and the tests say what member 0, 1, ... do in that order.
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        // Every one of them is waiting for the connection.
        tokio::time::sleep(Duration::from_millis(100)).await;
        handles
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn waiting_writers_share_one_commit_and_a_rolled_back_one_leaves_the_others() {
        let dir = tempfile::tempdir().unwrap();
        let (writer, reader) = writer(dir.path()).await;
        let mut first = writer.begin().await.unwrap();
        note(&mut first, "first").await;
        let others = queued(&writer, 4, |i, mut member| async move {
            note(&mut member, &format!("member {i}")).await;
            if i == 1 {
                // A refusal after writing: dropped without commit.
                return Ok(());
            }
            member.commit().await
        })
        .await;
        first.commit().await.unwrap();
        for handle in others {
            handle.await.unwrap().unwrap();
        }
        assert_eq!(notes(&reader).await, ["first", "member 0", "member 2", "member 3"]);
        assert_eq!(writer.commits(), 1, "five writers, one COMMIT");

        // The writer goes on with a new group, alone.
        let mut alone = writer.begin().await.unwrap();
        note(&mut alone, "alone").await;
        alone.commit().await.unwrap();
        assert_eq!(writer.commits(), 2);
        assert_eq!(notes(&reader).await.len(), 5);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_failed_commit_fails_every_member_and_keeps_nothing_of_the_group() {
        let dir = tempfile::tempdir().unwrap();
        let (writer, reader) = writer(dir.path()).await;
        let mut first = writer.begin().await.unwrap();
        note(&mut first, "first").await;
        let others = queued(&writer, 3, |i, mut member| async move {
            note(&mut member, &format!("member {i}")).await;
            if i == 1 {
                // A reference checked only at COMMIT, to a note that does
                // not exist: the group's COMMIT fails.
                sqlx::query("PRAGMA defer_foreign_keys = ON").execute(&mut *member).await?;
                sqlx::query("INSERT INTO refs (note) VALUES (999)").execute(&mut *member).await?;
            }
            member.commit().await
        })
        .await;
        let failed = first.commit().await;
        assert!(matches!(failed, Err(StoreError::GroupCommit(_))), "{failed:?}");
        for handle in others {
            let failed = handle.await.unwrap();
            assert!(matches!(failed, Err(StoreError::GroupCommit(_))), "{failed:?}");
        }
        assert!(notes(&reader).await.is_empty(), "nothing of the group is on disk");

        // The next write commits as usual.
        let mut next = writer.begin().await.unwrap();
        note(&mut next, "next").await;
        next.commit().await.unwrap();
        assert_eq!(notes(&reader).await, ["next"]);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_refusal_that_read_an_uncommitted_write_waits_for_its_commit() {
        let dir = tempfile::tempdir().unwrap();
        let (writer, reader) = writer(dir.path()).await;
        let mut first = writer.begin().await.unwrap();
        note(&mut first, "first").await;
        let refusal = {
            let writer = writer.clone();
            tokio::spawn(durable(async move {
                let mut member = writer.begin().await.unwrap();
                let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM notes").fetch_one(&mut *member).await.unwrap();
                n
            }))
        };
        tokio::time::sleep(Duration::from_millis(100)).await;
        first.commit().await.unwrap();
        let (seen, kept) = refusal.await.unwrap();
        assert_eq!(seen, 1, "the refusal read the first write");
        kept.unwrap();
        assert_eq!(notes(&reader).await, ["first"]);

        // Alone in its group, a refusal has nothing to wait for.
        let (_, kept) = durable(async {
            let member = writer.begin().await.unwrap();
            drop(member);
        })
        .await;
        kept.unwrap();
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_writer_cancelled_midway_leaves_the_group_whole() {
        let dir = tempfile::tempdir().unwrap();
        let (writer, reader) = writer(dir.path()).await;
        for round in 0..50 {
            let mut first = writer.begin().await.unwrap();
            note(&mut first, &format!("{round} first")).await;
            let cancelled = {
                let writer = writer.clone();
                tokio::spawn(async move {
                    let mut member = writer.begin().await?;
                    note(&mut member, "cancelled").await;
                    member.commit().await
                })
            };
            let last = queued(&writer, 1, move |_, mut member| async move {
                note(&mut member, &format!("{round} last")).await;
                member.commit().await
            })
            .await;
            let first = tokio::spawn(first.commit());
            // Cut off somewhere: waiting for the connection, in its work,
            // its release or its wait for the COMMIT.
            tokio::time::sleep(Duration::from_micros(round * 40)).await;
            cancelled.abort();
            first.await.unwrap().unwrap();
            for handle in last {
                handle.await.unwrap().unwrap();
            }
        }
        let all = notes(&reader).await;
        assert_eq!(all.iter().filter(|n| n.ends_with("first") || n.ends_with("last")).count(), 100, "{all:?}");
    }

    /// A writer on the tests' PostgreSQL server (`CPOR_TEST_POSTGRES`, set
    /// by scripts/test.sh for its PostgreSQL run), with a table of notes of
    /// its own; `None` when the tests run on SQLite alone.
    async fn postgres_writer() -> Option<(Writer, sqlx::AnyPool, String)> {
        let url = std::env::var("CPOR_TEST_POSTGRES").ok().filter(|u| !u.is_empty())?;
        sqlx::any::install_default_drivers();
        let mut bytes = [0u8; 6];
        getrandom::fill(&mut bytes).unwrap();
        let table = format!("group_notes_{}", crate::ids::to_hex(&bytes));
        let reader = sqlx::any::AnyPoolOptions::new().max_connections(2).connect(&url).await.unwrap();
        sqlx::query(&format!("CREATE TABLE {table} (id BIGSERIAL PRIMARY KEY, body TEXT NOT NULL UNIQUE)"))
            .execute(&reader)
            .await
            .unwrap();
        Some((Writer::postgres(&url).await.unwrap(), reader, table))
    }

    async fn pg_note(member: &mut Member, table: &str, body: &str) -> Result<(), sqlx::Error> {
        sqlx::query(&format!("INSERT INTO {table} (body) VALUES ($1)"))
            .bind(body)
            .execute(&mut **member)
            .await
            .map(|_| ())
    }

    async fn pg_notes(reader: &sqlx::AnyPool, table: &str) -> Vec<String> {
        let rows: Vec<(String,)> =
            sqlx::query_as(&format!("SELECT body FROM {table} ORDER BY body")).fetch_all(reader).await.unwrap();
        rows.into_iter().map(|(b,)| b).collect()
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn on_postgres_a_failed_statement_undoes_only_its_own_member() {
        let Some((writer, reader, table)) = postgres_writer().await else { return };
        let mut first = writer.begin().await.unwrap();
        pg_note(&mut first, &table, "first").await.unwrap();
        let t = table.clone();
        let others = queued(&writer, 4, move |i, mut member| {
            let t = t.clone();
            async move {
                match i {
                    // A duplicate: PostgreSQL aborts the transaction at it,
                    // and the member is dropped (a refusal): rolled back to
                    // its savepoint.
                    1 => {
                        pg_note(&mut member, &t, "member 1").await?;
                        assert!(pg_note(&mut member, &t, "first").await.is_err());
                        Ok(())
                    }
                    // A member that commits after a failed statement: its
                    // savepoint can't be released, so it is rolled back,
                    // and this member alone fails.
                    2 => {
                        pg_note(&mut member, &t, "member 2").await?;
                        assert!(pg_note(&mut member, &t, "first").await.is_err());
                        assert!(member.commit().await.is_err(), "a member with a failed statement committed");
                        Ok(())
                    }
                    _ => {
                        pg_note(&mut member, &t, &format!("member {i}")).await?;
                        member.commit().await
                    }
                }
            }
        })
        .await;
        first.commit().await.unwrap();
        for handle in others {
            handle.await.unwrap().unwrap();
        }
        assert_eq!(pg_notes(&reader, &table).await, ["first", "member 0", "member 3"]);
        assert_eq!(writer.commits(), 1, "one COMMIT for the group");
        writer.close().await;
        sqlx::query(&format!("DROP TABLE {table}")).execute(&reader).await.unwrap();
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn on_postgres_an_aborted_group_is_never_reported_committed() {
        let Some((writer, reader, table)) = postgres_writer().await else { return };
        let mut first = writer.begin().await.unwrap();
        pg_note(&mut first, &table, "first").await.unwrap();
        let t = table.clone();
        // No member after the failure: the transaction is left aborted at
        // the depth the writer expects, and only the COMMIT can tell.
        let others = queued(&writer, 2, move |i, mut member| {
            let t = t.clone();
            async move {
                pg_note(&mut member, &t, &format!("member {i}")).await?;
                if i == 1 {
                    // A failure outside any savepoint: the member's
                    // savepoint released behind the writer's back, then a
                    // statement that fails. The whole transaction is
                    // aborted, and the rollback its drop queues fails too.
                    sqlx::query("RELEASE SAVEPOINT _sqlx_savepoint_1").execute(&mut *member).await?;
                    assert!(sqlx::query("SELECT 1 / 0").execute(&mut *member).await.is_err());
                    return Ok(());
                }
                member.commit().await
            }
        })
        .await;
        // PostgreSQL would answer the COMMIT of the aborted transaction
        // with a ROLLBACK and no error: every member must hear it failed.
        let failed = first.commit().await;
        assert!(matches!(failed, Err(StoreError::GroupCommit(_))), "{failed:?}");
        let mut others = others.into_iter();
        let member_0 = others.next().unwrap().await.unwrap();
        assert!(matches!(member_0, Err(StoreError::GroupCommit(_))), "{member_0:?}");
        assert!(pg_notes(&reader, &table).await.is_empty(), "nothing of the group is stored");

        // The writer goes on: the next group commits.
        let mut next = writer.begin().await.unwrap();
        pg_note(&mut next, &table, "next").await.unwrap();
        next.commit().await.unwrap();
        assert_eq!(pg_notes(&reader, &table).await, ["next"]);
        writer.close().await;
        sqlx::query(&format!("DROP TABLE {table}")).execute(&reader).await.unwrap();
    }
}
