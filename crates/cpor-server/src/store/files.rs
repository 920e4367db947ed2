//! Proof-of-execution files: the rows that record them (name, kind, size,
//! content hash) and [`FileStore`], the local folder or S3-compatible
//! bucket that keeps their contents.
//!
//! An upload streams into `<id>.partial`, which appears only once whole;
//! its row is recorded in the writer's transaction (where the count limit
//! is checked); once that commits, the file is renamed to `<id>`. A crash
//! at any point leaves either no row (the partial file is removed at the
//! next start) or a row whose file is still partial (renamed at the next
//! start): never a row without its contents, never contents without a
//! row. An upload that is refused, cancelled or times out removes its
//! partial file as it ends ([`PartialFile`]); the scheduler removes any
//! partial file that outlived the longest upload. A local write cut off by
//! a crash leaves a staging file (`<name>#<n>`), removed the same way; on
//! S3 it leaves an incomplete multipart upload, which no listing shows and
//! the bucket's lifecycle rule aborts (see RELIABILITY.md). At most 5 MiB
//! of an upload (256 KiB locally) is held in memory at a time.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use bytes::Bytes;
use futures_util::stream::{BoxStream, StreamExt, TryStreamExt};
use object_store::aws::AmazonS3Builder;
use object_store::buffered::BufWriter;
use object_store::local::LocalFileSystem;
use object_store::path::Path as ObjectPath;
use object_store::prefix::PrefixStore;
use object_store::{ObjectStore, ObjectStoreExt};

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

/// What the start-up sweep of the stored files found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sweep {
    /// Partial files whose row was recorded: renamed into place.
    pub completed: usize,
    /// Partial files without a row (uploads that were never answered):
    /// removed.
    pub removed: usize,
    /// Files no row records (a database restored from an older backup, a
    /// file copied in by hand): moved under `orphaned/`, not deleted.
    pub set_aside: usize,
}

/// Where proof-of-execution files are kept, under server-made names,
/// through the `object_store` interface: a local folder outside any served
/// folder (one per database) by default, or an S3-compatible bucket that
/// every server shares.
#[derive(Clone, Debug)]
pub struct FileStore {
    objects: Arc<dyn ObjectStore>,
    /// The folder or the bucket, for messages.
    place: String,
    /// The folder, when the files are kept in one.
    dir: Option<PathBuf>,
    /// How much of an upload is held in memory before it is written out: a
    /// part of a multipart upload on S3 (which wants at least 5 MiB per
    /// part but the last), a staging file's next write locally.
    part_bytes: usize,
    /// Whether the store is a whole bucket (no prefix): never emptied.
    whole_bucket: bool,
}

const PARTIAL: &str = ".partial";
const ORPHANED: &str = "orphaned";

/// An object store error as an I/O error (a missing object as `NotFound`).
fn io_error(e: object_store::Error) -> std::io::Error {
    match e {
        object_store::Error::NotFound { .. } => std::io::Error::new(std::io::ErrorKind::NotFound, e),
        e => std::io::Error::other(e),
    }
}

/// Whether an action on a file happened (`false`: the file was already
/// gone, taken by another server or request meanwhile).
fn done_unless_gone(r: std::io::Result<()>) -> std::io::Result<bool> {
    match r {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        other => other.map(|()| true),
    }
}

/// The partial file of an upload, removed as the upload ends unless it was
/// put in place (or will be, at the next start) or the upload was answered
/// from a recorded reply: a refused, cancelled or timed-out upload leaves
/// nothing behind.
pub struct PartialFile {
    objects: Arc<dyn ObjectStore>,
    path: Option<ObjectPath>,
}

impl PartialFile {
    /// Keeps the file: it was put in place (or will be, at the next start).
    pub fn keep(&mut self) {
        self.path = None;
    }

    /// Removes the file unless it was kept, and waits until it is gone.
    pub async fn settle(mut self) {
        if let Some(path) = self.path.take() {
            let _ = self.objects.delete(&path).await;
        }
    }
}

impl Drop for PartialFile {
    fn drop(&mut self) {
        // An upload cut off mid-way (its request dropped): removed in the
        // background; what a crash leaves, the next start or the scheduler
        // removes.
        if let Some(path) = self.path.take() {
            let objects = self.objects.clone();
            if let Ok(runtime) = tokio::runtime::Handle::try_current() {
                runtime.spawn(async move {
                    let _ = objects.delete(&path).await;
                });
            }
        }
    }
}

impl FileStore {
    /// The files kept in the folder `dir` (made if missing).
    pub fn local(dir: impl Into<PathBuf>) -> std::io::Result<Self> {
        let dir = dir.into();
        std::fs::create_dir_all(&dir)?;
        // Every write is made durable (contents and folder entries) before
        // it returns.
        let objects = LocalFileSystem::new_with_prefix(&dir).map_err(io_error)?.with_fsync(true);
        Ok(Self {
            objects: Arc::new(objects),
            place: dir.display().to_string(),
            dir: Some(dir),
            part_bytes: LOCAL_WRITE_BYTES,
            whole_bucket: false,
        })
    }

    /// The files folder of the database at `db`: `<name>-files` beside it
    /// (`var/cpor.db` keeps its files in `var/cpor-files`), so two
    /// databases in one folder never share one.
    pub fn beside(db: &Path) -> std::io::Result<Self> {
        let stem = db.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "claims".to_owned());
        Self::local(db.with_file_name(format!("{stem}-files")))
    }

    /// The files kept in an S3-compatible bucket, `s3://bucket` or
    /// `s3://bucket/prefix`. Credentials, region and endpoint come from the
    /// standard `AWS_*` environment variables (`AWS_ACCESS_KEY_ID`,
    /// `AWS_SECRET_ACCESS_KEY`, `AWS_REGION`, `AWS_ENDPOINT_URL`,
    /// `AWS_ALLOW_HTTP` for a store on plain HTTP).
    pub fn s3(url: &str) -> Result<Self, String> {
        let Some((bucket, prefix)) = url.strip_prefix("s3://").map(|rest| rest.split_once('/').unwrap_or((rest, "")))
        else {
            return Err(format!("{url}: give an S3 URL like s3://bucket or s3://bucket/prefix"));
        };
        if bucket.is_empty() {
            return Err(format!("{url}: the URL names no bucket"));
        }
        // Its HTTPS client uses the process's TLS provider.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let s3 = AmazonS3Builder::from_env().with_bucket_name(bucket).build().map_err(|e| format!("{url}: {e}"))?;
        let prefix = prefix.trim_matches('/');
        let objects: Arc<dyn ObjectStore> =
            if prefix.is_empty() { Arc::new(s3) } else { Arc::new(PrefixStore::new(s3, prefix)) };
        Ok(Self {
            objects,
            place: url.to_owned(),
            dir: None,
            part_bytes: S3_PART_BYTES,
            whole_bucket: prefix.is_empty(),
        })
    }

    /// The folder or the bucket, for messages.
    pub fn place(&self) -> &str {
        &self.place
    }

    /// The folder, when the files are kept in one.
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    /// The store itself (tests and checks).
    pub fn objects(&self) -> &Arc<dyn ObjectStore> {
        &self.objects
    }

    fn partial_path(id: &str) -> ObjectPath {
        ObjectPath::from(format!("{id}{PARTIAL}"))
    }

    /// A writer for the upload of file `id`, and the guard that removes its
    /// partial file unless kept. The contents are stored as the writer is
    /// shut down (large ones in parts as they come), and only then appear,
    /// whole, as the partial file.
    pub fn create_partial(&self, id: &str) -> (BufWriter, PartialFile) {
        let path = Self::partial_path(id);
        let writer = BufWriter::with_capacity(self.objects.clone(), path.clone(), self.part_bytes);
        (writer, PartialFile { objects: self.objects.clone(), path: Some(path) })
    }

    /// Puts the partial file of a recorded upload in place, durably.
    pub async fn complete(&self, id: &str) -> std::io::Result<()> {
        self.objects.rename(&Self::partial_path(id), &ObjectPath::from(id)).await.map_err(io_error)
    }

    /// The contents of file `id`, as they stream in.
    pub async fn open(&self, id: &str) -> std::io::Result<BoxStream<'static, object_store::Result<Bytes>>> {
        Ok(self.objects.get(&ObjectPath::from(id)).await.map_err(io_error)?.into_stream())
    }

    /// Removes the partial file of an upload that was not recorded.
    pub async fn discard_partial(&self, id: &str) {
        let _ = self.objects.delete(&Self::partial_path(id)).await;
    }

    /// Removes the contents of a file whose row is gone.
    pub async fn remove(&self, id: &str) {
        let _ = self.objects.delete(&ObjectPath::from(id)).await;
    }

    /// Removes every stored file (a fresh start). A whole bucket is never
    /// emptied: give the files a prefix of their own.
    pub async fn clear(&self) -> std::io::Result<()> {
        if self.whole_bucket {
            return Err(std::io::Error::other(
                "a whole bucket is never emptied; name a prefix of its own for these files (s3://bucket/prefix)",
            ));
        }
        let all = self.objects.list(None).map_ok(|meta| meta.location).boxed();
        let mut deleted = self.objects.delete_stream(all);
        while let Some(done) = deleted.next().await {
            done_unless_gone(done.map(|_| ()).map_err(io_error))?;
        }
        Ok(())
    }

    /// The files directly in the store (not under `orphaned/`) and whether
    /// each is older than `age`.
    async fn listed(&self, age: std::time::Duration) -> std::io::Result<Vec<(String, bool)>> {
        let listing = self.objects.list_with_delimiter(None).await.map_err(io_error)?;
        Ok(listing
            .objects
            .into_iter()
            .map(|meta| {
                let modified = std::time::SystemTime::from(meta.last_modified);
                let old = modified.elapsed().is_ok_and(|a| a >= age);
                (meta.location.filename().unwrap_or_default().to_owned(), old)
            })
            .collect())
    }

    /// In a local folder, the files a write cut off left while staging
    /// (`<name>#<n>`, which the store never lists) older than `age`:
    /// removed. Returns how many.
    fn remove_cut_off_writes(&self, age: std::time::Duration) -> std::io::Result<usize> {
        let Some(dir) = &self.dir else { return Ok(0) };
        let mut removed = 0;
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let staging =
                name.rsplit_once('#').is_some_and(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
            let old = entry.metadata()?.modified()?.elapsed().is_ok_and(|a| a >= age);
            if staging && old {
                removed += usize::from(done_unless_gone(std::fs::remove_file(entry.path()))?);
            }
        }
        Ok(removed)
    }

    /// At start: puts in place the partial files whose row was recorded,
    /// removes the partial files of uploads never answered that are older
    /// than `partial_age`, and sets aside every other file nobody records.
    ///
    /// `kept` (the recorded ids) is read only after the store is listed: a
    /// file is put in place only after its row commits, so whatever the
    /// listing saw in place is in `kept`, even while other servers sharing
    /// the store upload. On SQLite the database's lock keeps every other
    /// server away and `partial_age` is zero; servers sharing a store pass
    /// the longest an upload may take, so an upload still running on
    /// another server keeps its partial file.
    pub async fn sweep<F>(&self, kept: F, partial_age: std::time::Duration) -> std::io::Result<Sweep>
    where
        F: std::future::Future<Output = std::io::Result<HashSet<String>>>,
    {
        let mut sweep = Sweep::default();
        let listed = self.listed(partial_age).await?;
        sweep.removed += self.remove_cut_off_writes(partial_age)?;
        let kept = kept.await?;
        // Another server may have acted on the same file meanwhile.
        let gone = done_unless_gone;
        for (name, old) in listed {
            let path = ObjectPath::from(name.as_str());
            match name.strip_suffix(PARTIAL) {
                Some(id) if kept.contains(id) => sweep.completed += usize::from(gone(self.complete(id).await)?),
                Some(_) if old => {
                    sweep.removed += usize::from(gone(self.objects.delete(&path).await.map_err(io_error))?);
                }
                Some(_) => {}
                None if !kept.contains(&name) => {
                    let aside = ObjectPath::from(format!("{ORPHANED}/{name}"));
                    sweep.set_aside += usize::from(gone(self.objects.rename(&path, &aside).await.map_err(io_error))?);
                }
                None => {}
            }
        }
        Ok(sweep)
    }

    /// The scheduler's tidy: partial files older than `age` are uploads cut
    /// off in a way that skipped their guard, or recorded uploads whose
    /// rename failed. The recorded ones (`kept`, read after the listing, as
    /// in [`Self::sweep`]) are put in place; the others are removed.
    /// Returns how many were removed.
    pub async fn remove_stale_partials<F>(&self, age: std::time::Duration, kept: F) -> std::io::Result<usize>
    where
        F: std::future::Future<Output = std::io::Result<HashSet<String>>>,
    {
        let mut removed = self.remove_cut_off_writes(age)?;
        let stale: Vec<String> = self
            .listed(age)
            .await?
            .into_iter()
            .filter(|(name, old)| *old && name.ends_with(PARTIAL))
            .map(|(n, _)| n)
            .collect();
        if stale.is_empty() {
            return Ok(removed);
        }
        let kept = kept.await?;
        for name in stale {
            let id = name.trim_end_matches(PARTIAL);
            if kept.contains(id) {
                done_unless_gone(self.complete(id).await)?;
            } else {
                let deleted = self.objects.delete(&ObjectPath::from(name.as_str())).await.map_err(io_error);
                removed += usize::from(done_unless_gone(deleted)?);
            }
        }
        Ok(removed)
    }

    /// The names of the files directly in the store, not under
    /// `orphaned/` (tests and checks).
    pub async fn list(&self) -> std::io::Result<Vec<String>> {
        Ok(self.listed(std::time::Duration::ZERO).await?.into_iter().map(|(name, _)| name).collect())
    }
}

/// An upload held in memory before it goes to a local staging file.
const LOCAL_WRITE_BYTES: usize = 256 * 1024;

/// The parts a large upload is stored in on S3 (at least 5 MiB each but
/// the last); a smaller upload is stored in one write.
const S3_PART_BYTES: usize = 5 * 1024 * 1024;

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_sweep_completes_recorded_uploads_and_removes_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        let files = FileStore::local(dir.path().join("poe-files")).unwrap();
        let folder = files.dir().unwrap().to_owned();
        std::fs::create_dir_all(folder.join("lost+found")).unwrap();
        for name in ["F-A.partial", "F-B.partial", "F-C", "F-D", "F-E.partial#1"] {
            std::fs::write(folder.join(name), name).unwrap();
        }
        let kept: HashSet<String> = ["F-A", "F-D"].map(String::from).into();
        let hour = std::time::Duration::from_secs(3600);
        // Servers sharing the folder: a young partial file may be an upload
        // still running elsewhere.
        let shared = files.sweep(async { Ok(kept.clone()) }, hour).await.unwrap();
        assert_eq!(shared, Sweep { completed: 1, removed: 0, set_aside: 1 });
        assert!(folder.join("F-B.partial").exists(), "an upload that may be running elsewhere is kept");
        assert!(folder.join("F-E.partial#1").exists(), "a write that may be running elsewhere is kept");
        std::fs::write(folder.join("F-C"), "F-C").unwrap();
        let sole = files.sweep(async { Ok(kept.clone()) }, std::time::Duration::ZERO).await.unwrap();
        assert_eq!(sole, Sweep { completed: 0, removed: 2, set_aside: 1 });
        let mut left = files.list().await.unwrap();
        left.sort();
        assert_eq!(left, ["F-A", "F-D"]);
        assert!(!folder.join("F-E.partial#1").exists(), "a cut-off write is removed");
        assert!(folder.join("orphaned/F-C").exists(), "an unknown file is set aside, not deleted");
        assert!(folder.join("lost+found").is_dir(), "folders are left alone");
        let contents: Vec<Bytes> = files.open("F-A").await.unwrap().try_collect().await.unwrap();
        assert_eq!(contents.concat(), b"F-A.partial", "the recorded upload, in place");
        let none = FileStore::local(dir.path().join("none")).unwrap();
        assert_eq!(none.sweep(async { Ok(kept.clone()) }, hour).await.unwrap(), Sweep::default());
    }

    #[tokio::test]
    async fn the_tidy_puts_recorded_partials_in_place_and_removes_old_unrecorded_ones() {
        let dir = tempfile::tempdir().unwrap();
        let files = FileStore::local(dir.path().join("poe-files")).unwrap();
        let folder = files.dir().unwrap().to_owned();
        let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(2 * 3600);
        for name in ["F-RECORDED.partial", "F-CUTOFF.partial", "F-YOUNG.partial", "F-DONE"] {
            std::fs::write(folder.join(name), name).unwrap();
            if name != "F-YOUNG.partial" {
                std::fs::File::options()
                    .write(true)
                    .open(folder.join(name))
                    .unwrap()
                    .set_modified(two_hours_ago)
                    .unwrap();
            }
        }
        let kept: HashSet<String> = ["F-RECORDED", "F-DONE"].map(String::from).into();
        let hour = std::time::Duration::from_secs(3600);
        // A recorded upload whose rename failed is put in place, never
        // removed; only the old unrecorded one goes.
        assert_eq!(files.remove_stale_partials(hour, async { Ok(kept.clone()) }).await.unwrap(), 1);
        let mut left = files.list().await.unwrap();
        left.sort();
        assert_eq!(left, ["F-DONE", "F-RECORDED", "F-YOUNG.partial"]);
    }

    #[tokio::test]
    async fn an_upload_appears_whole_or_not_at_all() {
        use tokio::io::AsyncWriteExt;
        let dir = tempfile::tempdir().unwrap();
        let files = FileStore::local(dir.path().join("poe-files")).unwrap();
        let big = vec![7u8; 3 * LOCAL_WRITE_BYTES + 1000];
        let (mut out, mut partial) = files.create_partial("F-BIG");
        out.write_all(&big[..LOCAL_WRITE_BYTES / 2]).await.unwrap();
        out.write_all(&big[LOCAL_WRITE_BYTES / 2..]).await.unwrap();
        assert!(files.list().await.unwrap().is_empty(), "nothing shows before the upload ends");
        out.shutdown().await.unwrap();
        assert_eq!(files.list().await.unwrap(), ["F-BIG.partial"]);
        files.complete("F-BIG").await.unwrap();
        partial.keep();
        partial.settle().await;
        let contents: Vec<Bytes> = files.open("F-BIG").await.unwrap().try_collect().await.unwrap();
        assert_eq!(contents.concat(), big);
        // A refused upload leaves nothing once settled.
        let (mut out, partial) = files.create_partial("F-NO");
        out.write_all(b"%PDF-").await.unwrap();
        out.shutdown().await.unwrap();
        partial.settle().await;
        files.remove("F-BIG").await;
        assert!(files.list().await.unwrap().is_empty());
        files.clear().await.unwrap();
    }
}
