//! Proof-of-execution files: the rows that record them (name, kind, size,
//! content hash) and [`FileStore`], the folder that keeps their contents.
//!
//! An upload streams into `<id>.partial`; its row is recorded in the
//! writer's transaction (where the count limit is checked); once that
//! commits, the file is renamed to `<id>`. A crash at any point leaves
//! either no row (the partial file is removed at the next start) or a row
//! whose file is still partial (renamed at the next start): never a row
//! without its contents, never contents without a row. An upload that is
//! cancelled or times out removes its partial file as it ends
//! ([`PartialFile`]); the scheduler removes any partial file that outlived
//! the longest upload.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use cpor_core::api::v1::PoeFile;
use cpor_core::poe::PoeKind;
use cpor_core::Date;

use super::{corrupt, enum_from_text, enum_text, Conn, Db, StoreError, WriteTx};

type FileRow = (String, String, String, i64, String);

fn file_from_row((id, name, kind, bytes, uploaded_on): FileRow) -> Result<PoeFile, StoreError> {
    Ok(PoeFile {
        kind: enum_from_text(&format!("kind of file {id}"), &kind)?,
        bytes: bytes as u64,
        uploaded_on: Date::parse(&uploaded_on).map_err(|e| corrupt(format!("date of file {id}"), e))?,
        id,
        name,
    })
}

impl<C: Conn> Db<C> {
    /// The claim's files, oldest first.
    pub async fn files(&mut self, claim_id: &str) -> Result<Vec<PoeFile>, StoreError> {
        let rows: Vec<FileRow> = sqlx::query_as(
            "SELECT id, name, kind, bytes, uploaded_on FROM claim_files WHERE claim_id = $1 AND removed = 0
             ORDER BY position",
        )
        .bind(claim_id)
        .fetch_all(self.c())
        .await?;
        rows.into_iter().map(file_from_row).collect()
    }

    /// How many files the claim holds.
    pub async fn file_count(&mut self, claim_id: &str) -> Result<usize, StoreError> {
        let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM claim_files WHERE claim_id = $1 AND removed = 0")
            .bind(claim_id)
            .fetch_one(self.c())
            .await?;
        Ok(count as usize)
    }

    /// One of the claim's files: its name and kind.
    pub async fn file(&mut self, claim_id: &str, file_id: &str) -> Result<Option<(String, PoeKind)>, StoreError> {
        let row: Option<(String, String)> =
            sqlx::query_as("SELECT name, kind FROM claim_files WHERE id = $1 AND claim_id = $2 AND removed = 0")
                .bind(file_id)
                .bind(claim_id)
                .fetch_optional(self.c())
                .await?;
        row.map(|(name, kind)| Ok((name, enum_from_text("file kind", &kind)?))).transpose()
    }

    /// The ids of every file whose contents must be kept.
    pub async fn kept_file_ids(&mut self) -> Result<HashSet<String>, StoreError> {
        let rows: Vec<(String,)> =
            sqlx::query_as("SELECT id FROM claim_files WHERE removed = 0").fetch_all(self.c()).await?;
        Ok(rows.into_iter().map(|(id,)| id).collect())
    }
}

impl WriteTx {
    /// Records a file on a claim.
    pub async fn insert_file(
        &mut self,
        claim_id: &str,
        file: &PoeFile,
        sha256: &str,
        uploaded_by: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO claim_files (id, claim_id, name, kind, bytes, uploaded_on, uploaded_by, sha256, position)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8,
                     (SELECT COALESCE(MAX(position), 0) + 1 FROM claim_files WHERE claim_id = $2))",
        )
        .bind(&file.id)
        .bind(claim_id)
        .bind(&file.name)
        .bind(enum_text(&file.kind))
        .bind(file.bytes as i64)
        .bind(file.uploaded_on.to_string())
        .bind(uploaded_by)
        .bind(sha256)
        .execute(self.c())
        .await?;
        Ok(())
    }

    /// Marks a file removed (its contents go once this commits).
    pub async fn remove_file(&mut self, file_id: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE claim_files SET removed = 1 WHERE id = $1").bind(file_id).execute(self.c()).await?;
        Ok(())
    }
}

/// What the start-up sweep of the files folder found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sweep {
    /// Partial files whose row was recorded: renamed into place.
    pub completed: usize,
    /// Partial files without a row (uploads that were never answered):
    /// removed.
    pub removed: usize,
    /// Files no row records (a database restored from an older backup, a
    /// file copied in by hand): moved to the `orphaned` folder, not
    /// deleted.
    pub set_aside: usize,
}

/// The folder that keeps proof-of-execution files, under server-made
/// names, outside any served folder: one folder per database.
#[derive(Clone, Debug)]
pub struct FileStore {
    dir: PathBuf,
}

const PARTIAL: &str = ".partial";
const ORPHANED: &str = "orphaned";

/// A partial file that is removed when dropped, unless it was put in place
/// or the upload was answered from a recorded reply: a cancelled or
/// timed-out upload leaves nothing behind.
pub struct PartialFile {
    path: Option<PathBuf>,
}

impl PartialFile {
    /// Keeps the file: it was put in place (or will be, at the next start).
    pub fn keep(mut self) {
        self.path = None;
    }
}

impl Drop for PartialFile {
    fn drop(&mut self) {
        if let Some(path) = self.path.take() {
            let _ = std::fs::remove_file(path);
        }
    }
}

impl FileStore {
    /// The files kept in `dir`.
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// The files folder of the database at `db`: `<name>-files` beside it
    /// (`var/cpor.db` keeps its files in `var/cpor-files`), so two
    /// databases in one folder never share one.
    pub fn beside(db: &Path) -> Self {
        let stem = db.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "claims".to_owned());
        Self::new(db.with_file_name(format!("{stem}-files")))
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn partial_path(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}{PARTIAL}"))
    }

    /// Where the contents of file `id` are kept.
    pub fn path(&self, id: &str) -> PathBuf {
        self.dir.join(id)
    }

    /// A new partial file for an upload of file `id`, and the guard that
    /// removes it unless kept.
    pub async fn create_partial(&self, id: &str) -> std::io::Result<(tokio::fs::File, PartialFile)> {
        tokio::fs::create_dir_all(&self.dir).await?;
        let path = self.partial_path(id);
        let file = tokio::fs::File::create(&path).await?;
        Ok((file, PartialFile { path: Some(path) }))
    }

    /// Makes the folder's entries (a new partial file, a rename) durable.
    pub async fn sync_dir(&self) -> std::io::Result<()> {
        tokio::fs::File::open(&self.dir).await?.sync_all().await
    }

    /// Puts the partial file of a recorded upload in place, durably.
    pub async fn complete(&self, id: &str) -> std::io::Result<()> {
        tokio::fs::rename(self.partial_path(id), self.path(id)).await?;
        self.sync_dir().await
    }

    /// Removes the contents of a file whose row is gone.
    pub async fn remove(&self, id: &str) {
        let _ = tokio::fs::remove_file(self.path(id)).await;
    }

    /// At start: puts in place the partial files whose row was recorded,
    /// removes the partial files of uploads never answered that are older
    /// than `partial_age`, and sets aside every other file nobody records.
    ///
    /// `kept` (the recorded ids) is read only after the folder is listed:
    /// a file is put in place only after its row commits, so whatever the
    /// listing saw in place is in `kept`, even while other servers sharing
    /// the folder upload. On SQLite the database's lock keeps every other
    /// server away and `partial_age` is zero; servers sharing a folder pass
    /// the longest an upload may take, so an upload still running on
    /// another server keeps its partial file.
    pub async fn sweep<F>(&self, kept: F, partial_age: std::time::Duration) -> std::io::Result<Sweep>
    where
        F: std::future::Future<Output = std::io::Result<HashSet<String>>>,
    {
        let mut sweep = Sweep::default();
        let mut listed = Vec::new();
        match tokio::fs::read_dir(&self.dir).await {
            Ok(mut entries) => {
                while let Some(entry) = entries.next_entry().await? {
                    let meta = entry.metadata().await?;
                    if meta.is_file() {
                        let old = meta.modified()?.elapsed().is_ok_and(|a| a >= partial_age);
                        listed.push((entry.file_name().to_string_lossy().into_owned(), old));
                    }
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(sweep),
            Err(e) => return Err(e),
        }
        let kept = kept.await?;
        for (name, old) in listed {
            // Another server may have acted on the same entry meanwhile.
            let gone = |r: std::io::Result<()>| match r {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
                other => other.map(|()| true),
            };
            match name.strip_suffix(PARTIAL) {
                Some(id) if kept.contains(id) => sweep.completed += usize::from(gone(self.complete(id).await)?),
                Some(_) if old => {
                    sweep.removed += usize::from(gone(tokio::fs::remove_file(self.dir.join(&name)).await)?);
                }
                Some(_) => {}
                None if !kept.contains(&name) => {
                    let aside = self.dir.join(ORPHANED);
                    tokio::fs::create_dir_all(&aside).await?;
                    sweep.set_aside +=
                        usize::from(gone(tokio::fs::rename(self.dir.join(&name), aside.join(&name)).await)?);
                }
                None => {}
            }
        }
        Ok(sweep)
    }

    /// Removes partial files older than `age`: uploads cut off in a way
    /// that skipped their guard. Returns how many.
    pub async fn remove_stale_partials(&self, age: std::time::Duration) -> std::io::Result<usize> {
        let mut removed = 0;
        let mut entries = match tokio::fs::read_dir(&self.dir).await {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
            Err(e) => return Err(e),
        };
        while let Some(entry) = entries.next_entry().await? {
            let stale = entry.metadata().await?.modified()?.elapsed().is_ok_and(|a| a > age);
            if entry.file_name().to_string_lossy().ends_with(PARTIAL) && stale {
                tokio::fs::remove_file(entry.path()).await?;
                removed += 1;
            }
        }
        Ok(removed)
    }

    /// The names of the files in the folder, not in its subfolders (tests
    /// and checks).
    pub fn list(&self) -> std::io::Result<Vec<String>> {
        match std::fs::read_dir(&self.dir) {
            Ok(entries) => entries
                .filter(|e| e.as_ref().map_or(true, |e| e.file_type().is_ok_and(|t| t.is_file())))
                .map(|e| Ok(e?.file_name().to_string_lossy().into_owned()))
                .collect(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
            Err(e) => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_sweep_completes_recorded_uploads_and_removes_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        let files = FileStore::new(dir.path().join("poe-files"));
        for name in ["F-A.partial", "F-B.partial", "F-C", "F-D"] {
            std::fs::create_dir_all(files.dir().join("lost+found")).unwrap();
            std::fs::write(files.dir().join(name), name).unwrap();
        }
        let kept: HashSet<String> = ["F-A", "F-D"].map(String::from).into();
        let hour = std::time::Duration::from_secs(3600);
        // Servers sharing the folder: a young partial file may be an upload
        // still running elsewhere.
        let shared = files.sweep(async { Ok(kept.clone()) }, hour).await.unwrap();
        assert_eq!(shared, Sweep { completed: 1, removed: 0, set_aside: 1 });
        assert!(files.dir().join("F-B.partial").exists(), "an upload that may be running elsewhere is kept");
        std::fs::write(files.dir().join("F-C"), "F-C").unwrap();
        let sole = files.sweep(async { Ok(kept.clone()) }, std::time::Duration::ZERO).await.unwrap();
        assert_eq!(sole, Sweep { completed: 0, removed: 1, set_aside: 1 });
        let mut left = files.list().unwrap();
        left.sort();
        assert_eq!(left, ["F-A", "F-D"]);
        assert!(files.dir().join("orphaned/F-C").exists(), "an unknown file is set aside, not deleted");
        assert!(files.dir().join("lost+found").is_dir(), "folders are left alone");
        assert_eq!(std::fs::read_to_string(files.path("F-A")).unwrap(), "F-A.partial", "the recorded upload, in place");
        let none = FileStore::new(dir.path().join("none"));
        assert_eq!(none.sweep(async { Ok(kept.clone()) }, hour).await.unwrap(), Sweep::default());
    }
}
