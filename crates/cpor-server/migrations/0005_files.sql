-- Proof-of-execution files: stored on disk under a server-generated name,
-- outside any served folder; the database keeps the safe display name.

CREATE TABLE claim_files (
    id          TEXT PRIMARY KEY NOT NULL,
    claim_id    TEXT NOT NULL REFERENCES claims (id),
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    bytes       INTEGER NOT NULL,
    uploaded_on TEXT NOT NULL,
    uploaded_by TEXT NOT NULL,
    removed     INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1))
) STRICT;

CREATE INDEX claim_files_by_claim ON claim_files (claim_id, removed);
