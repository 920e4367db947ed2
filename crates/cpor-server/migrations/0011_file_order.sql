-- The order in which a claim's files were uploaded, as a column of its own
-- (the same on every engine) rather than SQLite's rowid.
ALTER TABLE claim_files ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
UPDATE claim_files SET position = rowid;
CREATE INDEX claim_files_by_position ON claim_files (claim_id, position);
