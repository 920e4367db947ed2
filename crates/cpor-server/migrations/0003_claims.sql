-- Claims, their exclusivity keys, arbitrations, history, and the stored
-- answers of idempotent requests.

CREATE TABLE claims (
    id              TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES partner_organisations (id),
    created_by      TEXT NOT NULL REFERENCES users (id),
    status          TEXT NOT NULL,
    status_since    TEXT NOT NULL,
    due_on          TEXT,
    rejection       TEXT,
    -- What the partner entered, as typed (JSON of cpor-core's ClaimInput).
    input           TEXT NOT NULL,
    -- Copies of input fields for filtering, searching and sorting.
    claim_name      TEXT NOT NULL DEFAULT '',
    tenant_id       TEXT NOT NULL DEFAULT '',
    domain          TEXT NOT NULL DEFAULT '',
    solution_area   TEXT,
    partner_role    TEXT,
    in_arbitration  INTEGER NOT NULL DEFAULT 0 CHECK (in_arbitration IN (0, 1)),
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
) STRICT;

CREATE INDEX claims_by_organisation ON claims (organisation_id, status, due_on);

-- One row per product/subscription a live claim holds or contests. An
-- organisation holds a key at most once (the partial unique index); several
-- organisations on one key means arbitration.
CREATE TABLE claim_keys (
    claim_id        TEXT NOT NULL REFERENCES claims (id),
    claim_key       TEXT NOT NULL,
    organisation_id TEXT NOT NULL,
    live            INTEGER NOT NULL CHECK (live IN (0, 1)),
    PRIMARY KEY (claim_id, claim_key)
) STRICT;

CREATE UNIQUE INDEX claim_keys_one_live_claim_per_organisation
    ON claim_keys (claim_key, organisation_id) WHERE live = 1;

-- At most one arbitration per contested key.
CREATE TABLE arbitrations (
    claim_key TEXT PRIMARY KEY NOT NULL,
    opened_on TEXT NOT NULL,
    decided   INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE claim_history (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    claim_id   TEXT NOT NULL REFERENCES claims (id),
    at         INTEGER NOT NULL,
    actor_id   TEXT NOT NULL,
    actor_role TEXT NOT NULL,
    action     TEXT NOT NULL,
    field      TEXT,
    old_value  TEXT,
    new_value  TEXT
) STRICT;

CREATE INDEX claim_history_by_claim ON claim_history (claim_id, id);

CREATE TABLE idempotency (
    user_id      TEXT NOT NULL,
    key          TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status       INTEGER,
    response     TEXT,
    etag         TEXT,
    location     TEXT,
    created_at   INTEGER NOT NULL,
    PRIMARY KEY (user_id, key)
) STRICT;
