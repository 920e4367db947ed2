-- The order in which a claim's files were uploaded (SQLite's 0011).
ALTER TABLE claim_files ADD COLUMN position BIGINT NOT NULL DEFAULT 0;
CREATE INDEX claim_files_by_position ON claim_files (claim_id, position);
