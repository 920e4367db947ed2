//! The database: every SQL statement and transaction of the server lives
//! under this folder, behind one interface.
//!
//! - [`Store::read`] lends a [`ReadConn`] from the pool of readers;
//! - [`Store::write`] opens a [`WriteTx`]: a savepoint inside the
//!   transaction that the server's single writer connection keeps open for
//!   a group of writes (group commit, `store/group.rs`), so writes queue in
//!   order instead of spinning in SQLite's busy handler, and those that
//!   queued together share one COMMIT and one fsync. On SQLite that
//!   transaction is a `BEGIN IMMEDIATE`; on PostgreSQL it first takes the
//!   write lock shared by every server. Either way, every check made inside
//!   it (a file count, a live key) still holds when it commits, and
//!   [`WriteTx::commit`] returns once its writes are on disk.
//!
//! Both run the read queries (they are methods of [`Db`] for any
//! connection); only a `WriteTx` writes. Nothing is written outside a
//! `WriteTx`, and a `WriteTx` that is dropped without [`WriteTx::commit`]
//! leaves no trace (it rolls back to its savepoint: the group's other
//! writes stay). Values are checked by `cpor-core` before they are
//! written; one that no longer parses when read is reported as
//! [`StoreError::Corrupt`].
//!
//! Two engines sit behind it, with one set of SQL (`$1` placeholders, 0/1
//! flags, dates as `YYYY-MM-DD` text) run through sqlx's `Any` driver:
//!
//! - **SQLite** (the default: a file, WAL, `synchronous = FULL`, foreign
//!   keys), with its own migrations in `migrations/`: one process owns the
//!   file (a lock file beside it), writes go through its single writer
//!   connection, in groups;
//! - **PostgreSQL** (`DATABASE_URL=postgres://…`), with `migrations-postgres/`:
//!   any number of servers share it. Each server's writer runs its group
//!   transactions at READ COMMITTED, each first taking one
//!   transaction-level advisory lock ([`PG_WRITE_LOCK`]), so writes are
//!   serialised across all servers exactly as SQLite's single writer
//!   serialises them in one: a check made inside a `WriteTx` (a live key,
//!   a file count, a recorded reply) still holds when it commits, and no
//!   write can fail with a serialisation error that the handlers would
//!   have to retry. Reads never wait for it. One write lock across servers
//!   costs throughput that SERIALIZABLE with retries might win back;
//!   BENCHMARKS.md has the figures.

mod checkpoint;
mod claims;
mod files;
mod group;
mod idempotency;
mod people;
mod reference;
pub mod seed;
mod thread;

use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};
use std::time::Duration;

use sqlx::any::{AnyArguments, AnyPoolOptions};
use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection, AnyPool, Arguments, Connection, Executor};

pub use claims::{ClaimRecord, ClaimScope, ListFilter, ListOrder, NewClaim, StatusChange};
pub use files::{FileStore, PartialFile, Sweep};
pub use group::durable;
pub use idempotency::{Answer, StoredReply};
pub use people::UserRecord;
pub use thread::{Acting, CommentRecord, HistoryRecord};

/// The key of the advisory lock every PostgreSQL write transaction takes
/// first ("CPOR" in ASCII, then 1).
pub const PG_WRITE_LOCK: i64 = 0x4350_4f52_0000_0001;

/// The key of the session advisory lock the leading server holds on
/// PostgreSQL ("CPOR", then 2): the one that applies the claim clocks.
pub const PG_LEADER_LOCK: i64 = 0x4350_4f52_0000_0002;

/// The first half of the session advisory lock that says a server is alive
/// on PostgreSQL ("CP"); the second half is the server's number, which its
/// rows of `requests_in_flight` carry.
pub const PG_PRESENCE_LOCKS: i32 = 0x4350;

/// Why the store could not answer.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Every connection stayed busy for too long.
    #[error("the database is busy")]
    Busy,
    /// The database refused or failed.
    #[error("database: {0}")]
    Database(sqlx::Error),
    /// A stored value no longer parses.
    #[error("stored {what} doesn't parse: {detail}")]
    Corrupt {
        /// What was read.
        what: String,
        /// The parse error.
        detail: String,
    },
    /// A migration failed.
    #[error("migrating: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// The COMMIT of the group of writes this one was part of failed (see
    /// [`Store::write`]): nothing of it is on disk.
    #[error("the commit of this write's group failed: {0}")]
    GroupCommit(String),
    /// Another server has the database open.
    #[error("another server is using {0}; stop it first")]
    InUse(String),
    /// The database's address is not one this server speaks.
    #[error("{0}")]
    Address(String),
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        match e {
            sqlx::Error::PoolTimedOut => Self::Busy,
            other => Self::Database(other),
        }
    }
}

/// A stored value that no longer parses.
pub(crate) fn corrupt(what: impl std::fmt::Display, detail: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt { what: what.to_string(), detail: detail.to_string() }
}

/// Whether an error is the violation of a unique index.
pub(crate) fn is_unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(d) if d.is_unique_violation())
}

/// Where the claims live: a SQLite file, or a PostgreSQL database.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// A SQLite file (created if missing).
    Sqlite(PathBuf),
    /// A PostgreSQL connection URL (`postgres://` or `postgresql://`).
    Postgres(String),
}

impl Location {
    /// Reads `DATABASE_URL`-style text: a `postgres://` URL, a
    /// `sqlite://` URL or a plain file path.
    pub fn parse(text: &str) -> Result<Self, StoreError> {
        if text.starts_with("postgres://") || text.starts_with("postgresql://") {
            Ok(Self::Postgres(text.to_owned()))
        } else if let Some(path) = text.strip_prefix("sqlite://").or_else(|| text.strip_prefix("sqlite:")) {
            let path = path.split('?').next().unwrap_or_default();
            if path.is_empty() {
                return Err(StoreError::Address(format!("{text:?} names no SQLite file")));
            }
            Ok(Self::Sqlite(PathBuf::from(path)))
        } else if text.contains("://") {
            Err(StoreError::Address(format!("{text:?} is neither a PostgreSQL URL (postgres://…) nor a SQLite file")))
        } else if text.is_empty() {
            Err(StoreError::Address("the database address is empty".into()))
        } else {
            Ok(Self::Sqlite(PathBuf::from(text)))
        }
    }

    /// The address for logs and messages, without a password.
    pub fn display(&self) -> String {
        match self {
            Self::Sqlite(path) => path.display().to_string(),
            Self::Postgres(url) => match (url.find("://"), url.rfind('@')) {
                (Some(scheme), Some(at)) if at > scheme => {
                    let user = &url[scheme + 3..at];
                    let user = user.split(':').next().unwrap_or_default();
                    format!("{}{user}@{}", &url[..scheme + 3], &url[at + 1..])
                }
                _ => url.clone(),
            },
        }
    }
}

/// Which engine a connection speaks, for the few statements that differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// SQLite.
    Sqlite,
    /// PostgreSQL.
    Postgres,
}

#[derive(Clone, Debug)]
enum Pools {
    Sqlite {
        read: AnyPool,
        writer: group::Writer,
        /// The lock that keeps a second server off this database (and its
        /// files folder) while this one runs.
        _lock: std::sync::Arc<std::fs::File>,
    },
    Postgres {
        pool: AnyPool,
        /// This server's writer connection, on which its writes commit in
        /// groups as on SQLite.
        writer: group::Writer,
        /// This server's number, and the connection that holds its
        /// presence lock for as long as the server runs.
        presence: std::sync::Arc<Presence>,
    },
}

/// A server's presence on PostgreSQL: while its connection lives, the
/// database holds the lock `(PG_PRESENCE_LOCKS, server)`; when the server
/// dies the connection closes and the lock goes with it.
#[derive(Debug)]
struct Presence {
    server: i32,
    _conn: tokio::sync::Mutex<AnyConnection>,
}

impl Presence {
    /// Takes a presence lock under a free random number.
    async fn take(pool: &AnyPool) -> Result<Self, StoreError> {
        let mut conn = pool.acquire().await?.detach();
        loop {
            let mut bytes = [0u8; 4];
            getrandom::fill(&mut bytes).map_err(|e| StoreError::Database(sqlx::Error::Protocol(e.to_string())))?;
            let server = (u32::from_le_bytes(bytes) >> 1).max(1) as i32;
            let (got,): (bool,) = sqlx::query_as("SELECT pg_try_advisory_lock($1, $2)")
                .bind(PG_PRESENCE_LOCKS)
                .bind(server)
                .fetch_one(&mut conn)
                .await?;
            if got {
                return Ok(Self { server, _conn: tokio::sync::Mutex::new(conn) });
            }
        }
    }
}

/// The claims database.
#[derive(Clone, Debug)]
pub struct Store {
    pools: Pools,
}

/// A connection that runs queries: a pooled reader or the writer's open
/// transaction.
pub trait Conn: DerefMut<Target = AnyConnection> + Send {}
impl<C: DerefMut<Target = AnyConnection> + Send> Conn for C {}

/// Queries over a connection. The read queries are methods of every `Db`;
/// the writes are methods of [`WriteTx`] only.
pub struct Db<C: Conn> {
    conn: C,
    engine: Engine,
}

impl<C: Conn> Db<C> {
    fn c(&mut self) -> &mut AnyConnection {
        &mut self.conn
    }

    /// The engine behind this connection.
    pub fn engine(&self) -> Engine {
        self.engine
    }
}

/// A reader from the pool.
pub type ReadConn = Db<PoolConnection<Any>>;

/// A write transaction: a member of the writer's group (a savepoint
/// inside the transaction the writer connection shares among the writes
/// queued together).
pub type WriteTx = Db<Writing>;

/// The connection of a [`WriteTx`].
pub struct Writing(group::Member);

impl Deref for Writing {
    type Target = AnyConnection;
    fn deref(&self) -> &AnyConnection {
        &self.0
    }
}

impl DerefMut for Writing {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        &mut self.0
    }
}

impl WriteTx {
    /// Makes every write of the transaction durable, all together: `Ok`
    /// once they are on disk, that is once the COMMIT of its group has
    /// returned.
    pub async fn commit(self) -> Result<(), StoreError> {
        self.conn.0.commit().await
    }

    /// [`WriteTx::commit`], then `after` (what must follow the commit: a
    /// file put in place or removed), both run to their end in a task of
    /// their own, even when the request awaiting them is given up (a
    /// browser reload drops its future at any `.await`).
    pub async fn commit_then<F>(self, after: F) -> Result<(), StoreError>
    where
        F: std::future::Future<Output = ()> + Send + 'static,
    {
        group::uncut(async move {
            self.commit().await?;
            after.await;
            Ok(())
        })
        .await
    }
}

impl<C: Conn> Deref for Db<C> {
    type Target = AnyConnection;
    fn deref(&self) -> &AnyConnection {
        &self.conn
    }
}

/// SQL built piece by piece, with its arguments numbered as it grows
/// (`$1`, `$2`, …: the one placeholder form both engines read).
pub(crate) struct Sql {
    text: String,
    args: AnyArguments<'static>,
    count: usize,
}

impl Sql {
    pub(crate) fn new(text: impl Into<String>) -> Self {
        Self { text: text.into(), args: AnyArguments::default(), count: 0 }
    }

    pub(crate) fn push(&mut self, text: &str) -> &mut Self {
        self.text.push_str(text);
        self
    }

    /// Appends a placeholder for `value`.
    pub(crate) fn bind<T>(&mut self, value: T) -> &mut Self
    where
        T: sqlx::Encode<'static, Any> + sqlx::Type<Any> + Send + 'static,
    {
        self.count += 1;
        self.text.push('$');
        self.text.push_str(&self.count.to_string());
        // Encoding into the `Any` buffer only copies the value.
        let _ = self.args.add(value);
        self
    }

    /// Appends `(p1, p2, …)` for `values`, or `(NULL)` (which matches
    /// nothing) when there are none.
    pub(crate) fn bind_list(&mut self, values: &[String]) -> &mut Self {
        self.push("(");
        if values.is_empty() {
            self.push("NULL");
        }
        for (i, v) in values.iter().enumerate() {
            if i > 0 {
                self.push(", ");
            }
            self.bind(v.clone());
        }
        self.push(")")
    }

    pub(crate) fn into_parts(self) -> (String, AnyArguments<'static>) {
        (self.text, self.args)
    }
}

/// Takes the lock file beside the database (`<db>.lock`), or says which
/// server holds it.
fn lock(path: &Path) -> Result<std::fs::File, StoreError> {
    let mut lock_path = path.as_os_str().to_owned();
    lock_path.push(".lock");
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(|e| StoreError::Database(e.into()))?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(StoreError::InUse(path.display().to_string())),
        Err(std::fs::TryLockError::Error(e)) => Err(StoreError::Database(e.into())),
    }
}

/// Removes a database file and its WAL companions.
fn remove(path: &Path) -> std::io::Result<()> {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        match std::fs::remove_file(&p) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
    }
    Ok(())
}

/// A pool of SQLite connections to `path`; `mode` is `rwc` or `ro`.
///
/// A connection is lent without a ping first: a SQLite connection is a
/// handle on a file in this process, with no peer that could have dropped
/// it, and the ping was a round trip to the connection's thread on every
/// read.
async fn sqlite_pool(path: &Path, mode: &str, max: u32) -> Result<AnyPool, StoreError> {
    let url = format!("sqlite://{}?mode={mode}", path.display());
    Ok(AnyPoolOptions::new()
        .max_connections(max)
        .test_before_acquire(false)
        .acquire_timeout(Duration::from_secs(10))
        .after_connect(|conn, _| {
            Box::pin(async move {
                conn.execute(group::PRAGMAS).await?;
                Ok(())
            })
        })
        .connect(&url)
        .await?)
}

/// What every PostgreSQL connection of the server sets first.
pub(crate) const PG_SESSION: &str = "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED";

/// The pool of PostgreSQL connections for reads and the writes outside a
/// [`WriteTx`] (the keys being run).
///
/// A connection is lent without a ping first: sqlx pings every connection
/// as it comes back to the pool and drops one that doesn't answer, so a
/// second ping as it leaves again was one more round trip per use.
async fn postgres_pool(url: &str) -> Result<AnyPool, StoreError> {
    Ok(AnyPoolOptions::new()
        .max_connections(16)
        .test_before_acquire(false)
        .acquire_timeout(Duration::from_secs(10))
        .after_connect(|conn, _| {
            Box::pin(async move {
                conn.execute(PG_SESSION).await?;
                Ok(())
            })
        })
        .connect(url)
        .await?)
}

impl Store {
    /// Opens (creating if needed) the database and brings its schema up to
    /// date. A SQLite file is refused while another server has it open.
    pub async fn open(location: &Location) -> Result<Self, StoreError> {
        Self::open_with(location, false).await
    }

    /// Opens the database empty: a SQLite file is removed first (once the
    /// lock is taken); a PostgreSQL database has every table of the
    /// project dropped.
    pub async fn open_fresh(location: &Location) -> Result<Self, StoreError> {
        Self::open_with(location, true).await
    }

    /// Brings the schema up to date and closes again (`cpor-server
    /// migrate`).
    pub async fn migrate(location: &Location) -> Result<(), StoreError> {
        let store = Self::open_with(location, false).await?;
        store.close().await;
        Ok(())
    }

    async fn open_with(location: &Location, fresh: bool) -> Result<Self, StoreError> {
        sqlx::any::install_default_drivers();
        match location {
            Location::Sqlite(path) => Self::open_sqlite(path, fresh).await,
            Location::Postgres(url) => Self::open_postgres(url, fresh).await,
        }
    }

    async fn open_sqlite(path: &Path, fresh: bool) -> Result<Self, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| StoreError::Database(e.into()))?;
        }
        let lock = lock(path)?;
        if fresh {
            remove(path).map_err(|e| StoreError::Database(e.into()))?;
        }
        let url = format!("sqlite://{}?mode=rwc", path.display());
        let mut write = group::connect(&url).await?;
        sqlx::migrate!("./migrations").run(&mut write).await?;
        // Markers of requests cut off before answers were recorded with
        // their writes: those requests were never answered.
        sqlx::query("DELETE FROM idempotency WHERE status IS NULL").execute(&mut write).await?;
        let read = sqlite_pool(path, "ro", 8).await?;
        let writer = group::Writer::new(write, &url);
        Ok(Self { pools: Pools::Sqlite { read, writer, _lock: std::sync::Arc::new(lock) } })
    }

    async fn open_postgres(url: &str, fresh: bool) -> Result<Self, StoreError> {
        let pool = postgres_pool(url).await?;
        if fresh {
            let mut conn = pool.acquire().await?;
            let mut tx = conn.begin().await?;
            sqlx::query("SELECT pg_advisory_xact_lock($1)").bind(PG_WRITE_LOCK).execute(&mut *tx).await?;
            tx.execute(
                "DROP TABLE IF EXISTS _sqlx_migrations, requests_in_flight, idempotency, claim_files, claim_comments, claim_history,
                    arbitrations, claim_keys, claims, tenant_subscriptions, products, tenant_domains,
                    customer_tenants, users, partner_programs, partner_organisations CASCADE",
            )
            .await?;
            tx.commit().await?;
        }
        // Servers starting together: sqlx takes an advisory lock of its own
        // while it migrates, so one migrates and the others wait.
        sqlx::migrate!("./migrations-postgres").run(&pool).await?;
        let presence = std::sync::Arc::new(Presence::take(&pool).await?);
        let writer = group::Writer::postgres(url).await?;
        Ok(Self { pools: Pools::Postgres { pool, writer, presence } })
    }

    /// The engine.
    pub fn engine(&self) -> Engine {
        match self.pools {
            Pools::Sqlite { .. } => Engine::Sqlite,
            Pools::Postgres { .. } => Engine::Postgres,
        }
    }

    fn read_pool(&self) -> &AnyPool {
        match &self.pools {
            Pools::Sqlite { read, .. } => read,
            Pools::Postgres { pool, .. } => pool,
        }
    }

    /// A reader.
    pub async fn read(&self) -> Result<ReadConn, StoreError> {
        Ok(Db { conn: self.read_pool().acquire().await?, engine: self.engine() })
    }

    /// A write transaction: waits for this server's writer connection
    /// (writers queue in order) and writes as a member of its open group
    /// (see [`WriteTx`] and the module's documentation), whose transaction
    /// holds, on PostgreSQL, the write lock shared by every server.
    pub async fn write(&self) -> Result<WriteTx, StoreError> {
        let writer = match &self.pools {
            Pools::Sqlite { writer, .. } | Pools::Postgres { writer, .. } => writer,
        };
        Ok(Db { conn: Writing(writer.begin().await?), engine: self.engine() })
    }

    /// Whether the database answers (for `/readyz`).
    pub async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(self.read_pool()).await?;
        Ok(())
    }

    /// Checks the whole SQLite file (`PRAGMA integrity_check`): `ok`, or
    /// what is wrong. PostgreSQL checks its own pages as it reads them
    /// (and has no such statement): `ok` once it answers.
    pub async fn integrity_check(&self) -> Result<String, StoreError> {
        match &self.pools {
            Pools::Sqlite { read, .. } => {
                let (check,): (String,) = sqlx::query_as("PRAGMA integrity_check").fetch_one(read).await?;
                Ok(check)
            }
            Pools::Postgres { .. } => self.ping().await.map(|()| "ok".into()),
        }
    }

    /// A connection held for as long as this server leads, on PostgreSQL:
    /// `Some` once this server holds the leader lock ([`PG_LEADER_LOCK`]);
    /// the lock goes with the connection (when the server dies, its
    /// connection closes and the database frees the lock). SQLite has
    /// one server, which always leads.
    pub async fn try_lead(&self) -> Result<Option<Leadership>, StoreError> {
        match &self.pools {
            Pools::Sqlite { .. } => Ok(Some(Leadership { conn: None })),
            Pools::Postgres { pool, .. } => {
                let mut conn = pool.acquire().await?.detach();
                let (got,): (bool,) =
                    sqlx::query_as("SELECT pg_try_advisory_lock($1)").bind(PG_LEADER_LOCK).fetch_one(&mut conn).await?;
                Ok(got.then_some(Leadership { conn: Some(conn) }))
            }
        }
    }

    /// Closes every connection.
    pub async fn close(&self) {
        match &self.pools {
            Pools::Sqlite { read, writer, .. } => {
                writer.close().await;
                read.close().await;
            }
            Pools::Postgres { pool, writer, .. } => {
                writer.close().await;
                pool.close().await;
            }
        }
    }
}

/// This server leads (see [`Store::try_lead`]) for as long as this is
/// kept and [`Leadership::still`] says so.
pub struct Leadership {
    conn: Option<AnyConnection>,
}

impl Leadership {
    /// Whether the lock is still held: its connection still answers.
    pub async fn still(&mut self) -> bool {
        match &mut self.conn {
            None => true,
            Some(conn) => conn.ping().await.is_ok(),
        }
    }
}

/// The text form of a `cpor-core` enum as stored in the database: its serde
/// name, so the database, the API and the rules agree on one spelling.
pub fn enum_text<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// Reads a `cpor-core` enum from its stored text form.
pub(crate) fn enum_from_text<T: serde::de::DeserializeOwned>(what: &str, text: &str) -> Result<T, StoreError> {
    serde_json::from_value(serde_json::Value::String(text.to_owned()))
        .map_err(|e| corrupt(format!("{what} {text:?}"), e))
}

/// Seconds since the epoch, for the `at` columns.
pub(crate) fn now_secs() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}
