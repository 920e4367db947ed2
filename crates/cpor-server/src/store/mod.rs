//! The database: every SQL statement and transaction of the server lives
//! under this folder, behind one interface.
//!
//! - [`Store::read`] lends a [`ReadConn`] from the pool of readers;
//! - [`Store::write`] opens a [`WriteTx`]: a `BEGIN IMMEDIATE` transaction
//!   on the single writer connection, so writes queue in order instead of
//!   spinning in SQLite's busy handler, and every check made inside it
//!   (a file count, a live key) still holds when it commits.
//!
//! Both run the read queries (they are methods of [`Db`] for any
//! connection); only a `WriteTx` writes. Nothing is written outside a
//! `WriteTx`, and a `WriteTx` that is dropped without [`WriteTx::commit`]
//! leaves no trace. Values are checked by `cpor-core` before they are
//! written; one that no longer parses when read is reported as
//! [`StoreError::Corrupt`].
//!
//! SQLite is the one engine today (a file, WAL, foreign keys); the
//! interface is what a second engine will implement.

mod claims;
mod files;
mod idempotency;
mod people;
mod reference;
pub mod seed;
mod thread;

use std::ops::{Deref, DerefMut};
use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::pool::PoolConnection;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, SqliteConnection, SqlitePool, Transaction};

pub use claims::{ClaimRecord, ClaimScope, ListFilter, ListOrder, NewClaim, StatusChange};
pub use files::{FileStore, PartialFile, Sweep};
pub use idempotency::StoredReply;
pub use people::UserRecord;
pub use thread::{Acting, CommentRecord, HistoryRecord};

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
    /// Another server has the database open.
    #[error("another server is using {0}; stop it first")]
    InUse(String),
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

/// The claims database.
#[derive(Clone, Debug)]
pub struct Store {
    read: SqlitePool,
    write: SqlitePool,
    /// The lock that keeps a second server off this database (and its
    /// files folder) while this one runs.
    _lock: std::sync::Arc<std::fs::File>,
}

/// A connection that runs queries: a pooled reader or the writer's open
/// transaction.
pub trait Conn: DerefMut<Target = SqliteConnection> + Send {}
impl<C: DerefMut<Target = SqliteConnection> + Send> Conn for C {}

/// Queries over a connection. The read queries are methods of every `Db`;
/// the writes are methods of [`WriteTx`] only.
pub struct Db<C: Conn>(C);

impl<C: Conn> Db<C> {
    fn c(&mut self) -> &mut SqliteConnection {
        &mut self.0
    }
}

/// A reader from the pool.
pub type ReadConn = Db<PoolConnection<Sqlite>>;

/// The writer's open transaction.
pub type WriteTx = Db<Transaction<'static, Sqlite>>;

impl WriteTx {
    /// Makes every write of the transaction durable, all together.
    pub async fn commit(self) -> Result<(), StoreError> {
        Ok(self.0.commit().await?)
    }
}

impl<C: Conn> Deref for Db<C> {
    type Target = SqliteConnection;
    fn deref(&self) -> &SqliteConnection {
        &self.0
    }
}

fn options(path: &Path) -> Result<SqliteConnectOptions, sqlx::Error> {
    Ok(SqliteConnectOptions::from_str("sqlite://")?
        .filename(path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        // Every commit reaches the disk before it is acknowledged, so an
        // acknowledged write survives a power cut, not only a crash.
        .synchronous(SqliteSynchronous::Full)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5)))
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

impl Store {
    /// Opens (creating if needed) the database file and brings its schema
    /// up to date. Refused while another server has it open.
    pub async fn open(path: &Path) -> Result<Self, StoreError> {
        Self::open_with(path, false).await
    }

    /// Opens the database at `path` empty: removes the file first (a fresh
    /// start), once the lock is taken.
    pub async fn open_fresh(path: &Path) -> Result<Self, StoreError> {
        Self::open_with(path, true).await
    }

    async fn open_with(path: &Path, fresh: bool) -> Result<Self, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| StoreError::Database(e.into()))?;
        }
        let lock = lock(path)?;
        if fresh {
            remove(path).map_err(|e| StoreError::Database(e.into()))?;
        }
        let write = SqlitePoolOptions::new()
            .max_connections(1)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options(path)?)
            .await?;
        sqlx::migrate!("./migrations").run(&write).await?;
        // Markers of requests cut off before answers were recorded with
        // their writes: those requests were never answered.
        sqlx::query("DELETE FROM idempotency WHERE status IS NULL").execute(&write).await?;
        let read = SqlitePoolOptions::new()
            .max_connections(8)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options(path)?.create_if_missing(false).read_only(true))
            .await?;
        Ok(Self { read, write, _lock: std::sync::Arc::new(lock) })
    }

    /// A reader.
    pub async fn read(&self) -> Result<ReadConn, StoreError> {
        Ok(Db(self.read.acquire().await?))
    }

    /// The writer's transaction: waits for the writer, then takes SQLite's
    /// write lock at once.
    pub async fn write(&self) -> Result<WriteTx, StoreError> {
        Ok(Db(self.write.begin_with("BEGIN IMMEDIATE").await?))
    }

    /// Checks the whole file (`PRAGMA integrity_check`): `ok`, or what is
    /// wrong.
    pub async fn integrity_check(&self) -> Result<String, StoreError> {
        let (check,): (String,) = sqlx::query_as("PRAGMA integrity_check").fetch_one(&self.read).await?;
        Ok(check)
    }

    /// Closes every connection.
    pub async fn close(&self) {
        self.write.close().await;
        self.read.close().await;
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
