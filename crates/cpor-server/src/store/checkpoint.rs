//! WAL checkpoints of the SQLite database, off the writer's path.
//!
//! By default SQLite checkpoints on the connection whose COMMIT took the
//! WAL past 1,000 pages, right after that COMMIT: the writer connection,
//! which every write queues for, then copies the pages into the database
//! file and waits for its fsync before the next group can begin. So the
//! writer turns its auto-checkpoint off (`wal_autocheckpoint = 0`), and a
//! connection of its own runs `PRAGMA wal_checkpoint(PASSIVE)` a moment
//! after groups committed. A passive checkpoint takes no lock a writer
//! needs: groups keep committing while it copies and syncs.
//!
//! The WAL starts over from its beginning only when a write transaction
//! begins on a WAL that is checkpointed to its end. Under a steady stream
//! of groups the background checkpoint always ends a little behind the
//! last COMMIT, so once the WAL has grown past [`CATCH_UP_FRAMES`] the
//! writer is asked to checkpoint the few frames left itself, between two
//! groups; the next group then starts the WAL over. That costs one group
//! a checkpoint of a few frames (one fsync of the database file) every
//! few thousand frames, instead of a full checkpoint every thousand.
//!
//! A checkpoint only copies pages that are already durable in the WAL:
//! whether it runs, fails or is cut off by a crash, no committed write
//! depends on it.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use sqlx::{AnyConnection, Connection};
use tokio::sync::Notify;

use super::StoreError;

/// How long the checkpointer waits after a COMMIT, so that one checkpoint
/// copies the pages of many groups.
const GATHER: Duration = Duration::from_millis(100);

/// The size of the WAL (in frames, pages of 4 KiB) past which the writer
/// is asked to catch up (see the module's documentation).
const CATCH_UP_FRAMES: i64 = 1_000;

/// The checkpoints of one database: what the writer and the checkpointer
/// share.
#[derive(Debug, Default)]
pub(super) struct Checkpoints {
    /// A group committed since the last checkpoint.
    committed: Notify,
    /// The writer should checkpoint once, between two groups.
    catch_up: AtomicBool,
    /// The database is closing.
    closed: AtomicBool,
    stopped: Notify,
}

impl Checkpoints {
    /// Starts the checkpointer of the database at `url` on a connection of
    /// its own; a failure to connect leaves the checkpoints to the writer
    /// (see [`Checkpoints::catch_up`]).
    pub(super) fn start(url: &str) -> Arc<Self> {
        let shared = Arc::new(Self::default());
        let (task, url) = (shared.clone(), url.to_owned());
        match tokio::runtime::Handle::try_current() {
            Ok(runtime) => {
                runtime.spawn(async move { task.run(&url).await });
            }
            Err(_) => shared.catch_up.store(true, Ordering::Relaxed),
        }
        shared
    }

    /// Tells the checkpointer that a group committed.
    pub(super) fn committed(&self) {
        self.committed.notify_one();
    }

    /// Whether the writer should checkpoint now, between two groups (once
    /// per request of the checkpointer).
    pub(super) fn catch_up(&self) -> bool {
        self.catch_up.swap(false, Ordering::Relaxed)
    }

    /// Stops the checkpointer.
    pub(super) fn stop(&self) {
        self.closed.store(true, Ordering::Relaxed);
        self.stopped.notify_one();
    }

    async fn run(&self, url: &str) {
        let mut conn = None;
        while !self.closed.load(Ordering::Relaxed) {
            tokio::select! {
                () = self.committed.notified() => {}
                () = self.stopped.notified() => break,
            }
            tokio::select! {
                () = tokio::time::sleep(GATHER) => {}
                () = self.stopped.notified() => break,
            }
            if conn.is_none() {
                match super::group::connect(url).await {
                    Ok(c) => conn = Some(c),
                    Err(e) => {
                        tracing::warn!(error = %e, "the checkpointer could not connect; the writer checkpoints instead");
                        self.catch_up.store(true, Ordering::Relaxed);
                        continue;
                    }
                }
            }
            let Some(c) = conn.as_mut() else { continue };
            match checkpoint(c).await {
                Ok((log, copied)) => {
                    tracing::debug!(log, copied, "checkpointed");
                    if log >= CATCH_UP_FRAMES {
                        self.catch_up.store(true, Ordering::Relaxed);
                    }
                }
                Err(e) => {
                    tracing::warn!(error = %e, "a WAL checkpoint failed; the writer checkpoints instead");
                    self.catch_up.store(true, Ordering::Relaxed);
                    if let Some(c) = conn.take() {
                        let _ = c.close().await;
                    }
                }
            }
        }
        if let Some(c) = conn.take() {
            let _ = c.close().await;
        }
    }
}

/// Runs a passive checkpoint on `conn`: the WAL's size and how much of it
/// is now in the database file, in frames.
pub(super) async fn checkpoint(conn: &mut AnyConnection) -> Result<(i64, i64), StoreError> {
    let (_busy, log, copied): (i64, i64, i64) =
        sqlx::query_as("PRAGMA wal_checkpoint(PASSIVE)").fetch_one(conn).await?;
    Ok((log, copied))
}
