-- The PostgreSQL form of the SQLite migrations 0001–0010 (../migrations):
-- the schema those leave behind, in one file, with the same tables, columns
-- (in the same order), defaults, checks, references, keys and index names.
-- Every SQLite INTEGER is a BIGINT (0/1 flags included, with the same
-- CHECK), so the same Rust code decodes i64 on both engines; dates stay
-- 'YYYY-MM-DD' TEXT. A change to the schema gets a new numbered file in both
-- folders.

-- 0001: partner organisations, their programs and users; customer tenants
-- and the domains that belong to them. (0010: organisations' Entra tenant.)
CREATE TABLE partner_organisations (
    id        TEXT PRIMARY KEY NOT NULL,
    name      TEXT NOT NULL,
    tenant_id TEXT
);

CREATE UNIQUE INDEX partner_organisations_by_tenant ON partner_organisations (tenant_id) WHERE tenant_id IS NOT NULL;

CREATE TABLE partner_programs (
    id              TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES partner_organisations (id),
    name            TEXT NOT NULL,
    country         TEXT NOT NULL,
    enrolled        BIGINT NOT NULL CHECK (enrolled IN (0, 1)),
    partner_type    TEXT NOT NULL
);

CREATE INDEX partner_programs_by_organisation ON partner_programs (organisation_id);

-- As rebuilt by 0010: each user is the subject of an issuer; email need not
-- be unique.
CREATE TABLE users (
    id              TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT REFERENCES partner_organisations (id),
    display_name    TEXT NOT NULL,
    email           TEXT NOT NULL,
    role            TEXT NOT NULL,
    -- The configured issuer's name (`demo` for the demo issuer) and the
    -- token's `sub`.
    issuer          TEXT NOT NULL,
    subject         TEXT NOT NULL
);

CREATE UNIQUE INDEX users_by_identity ON users (issuer, subject);

CREATE TABLE customer_tenants (
    tenant_id TEXT PRIMARY KEY NOT NULL,
    name      TEXT NOT NULL
);

CREATE TABLE tenant_domains (
    domain    TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT NOT NULL REFERENCES customer_tenants (tenant_id)
);

CREATE INDEX tenant_domains_by_tenant ON tenant_domains (tenant_id);

-- 0002: the product catalog and the subscriptions customers hold.
CREATE TABLE products (
    id            TEXT PRIMARY KEY NOT NULL,
    name          TEXT NOT NULL,
    solution_area TEXT NOT NULL CHECK (solution_area IN ('business_applications', 'modern_work_and_security')),
    family        TEXT NOT NULL CHECK (family IN ('dynamics365', 'modern_work'))
);

CREATE TABLE tenant_subscriptions (
    id             TEXT PRIMARY KEY NOT NULL,
    tenant_id      TEXT NOT NULL REFERENCES customer_tenants (tenant_id),
    product_id     TEXT NOT NULL REFERENCES products (id),
    channel        TEXT NOT NULL CHECK (channel IN ('csp', 'volume_licensing', 'web_direct')),
    status         TEXT NOT NULL CHECK (status IN ('pending_provisioning', 'active', 'grace', 'expired', 'suspended')),
    provisioned_on TEXT,
    renewed_as     TEXT REFERENCES tenant_subscriptions (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE INDEX tenant_subscriptions_by_tenant ON tenant_subscriptions (tenant_id, product_id);

-- 0003: claims, their exclusivity keys, arbitrations, history, and the
-- stored answers of idempotent requests. (0004, 0007, 0008 add columns.)
CREATE TABLE claims (
    id                  TEXT PRIMARY KEY NOT NULL,
    organisation_id     TEXT NOT NULL REFERENCES partner_organisations (id),
    created_by          TEXT NOT NULL REFERENCES users (id),
    status              TEXT NOT NULL,
    status_since        TEXT NOT NULL,
    due_on              TEXT,
    rejection           TEXT,
    -- What the partner entered, as typed (JSON of cpor-core's ClaimInput).
    input               TEXT NOT NULL,
    -- Copies of input fields for filtering, searching and sorting.
    claim_name          TEXT NOT NULL DEFAULT '',
    tenant_id           TEXT NOT NULL DEFAULT '',
    domain              TEXT NOT NULL DEFAULT '',
    solution_area       TEXT,
    partner_role        TEXT,
    in_arbitration      BIGINT NOT NULL DEFAULT 0 CHECK (in_arbitration IN (0, 1)),
    version             BIGINT NOT NULL DEFAULT 1,
    created_at          BIGINT NOT NULL,
    updated_at          BIGINT NOT NULL,
    -- 0004: the reviewer's latest request and the customer's opt-out link.
    information_request TEXT,
    opt_out_token       TEXT,
    -- 0007: the day the claim was first submitted, by the server's clock.
    submitted_on        TEXT,
    -- 0008: the customer tenant in its canonical form (the answer as typed
    -- stays in `tenant_id`).
    customer_tenant_id  TEXT
);

CREATE INDEX claims_by_organisation ON claims (organisation_id, status, due_on);
CREATE UNIQUE INDEX claims_by_opt_out_token ON claims (opt_out_token) WHERE opt_out_token IS NOT NULL;
CREATE INDEX claims_by_status_due ON claims (status, due_on);
-- 0006: the associations list's default order (due date, undated last, then
-- the latest change) read from an index.
CREATE INDEX claims_by_organisation_due ON claims (organisation_id, (due_on IS NULL), due_on, updated_at DESC, id);
CREATE INDEX claims_by_organisation_updated ON claims (organisation_id, updated_at DESC, id);
CREATE INDEX claims_by_customer ON claims (customer_tenant_id);

-- One row per product/subscription a live claim holds or contests. An
-- organisation holds a key at most once (the partial unique index); several
-- organisations on one key means arbitration.
CREATE TABLE claim_keys (
    claim_id        TEXT NOT NULL REFERENCES claims (id),
    claim_key       TEXT NOT NULL,
    organisation_id TEXT NOT NULL,
    live            BIGINT NOT NULL CHECK (live IN (0, 1)),
    PRIMARY KEY (claim_id, claim_key)
);

CREATE UNIQUE INDEX claim_keys_one_live_claim_per_organisation
    ON claim_keys (claim_key, organisation_id) WHERE live = 1;

-- At most one arbitration per contested key.
CREATE TABLE arbitrations (
    claim_key TEXT PRIMARY KEY NOT NULL,
    opened_on TEXT NOT NULL,
    decided   BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE claim_history (
    id         BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    claim_id   TEXT NOT NULL REFERENCES claims (id),
    at         BIGINT NOT NULL,
    actor_id   TEXT NOT NULL,
    actor_role TEXT NOT NULL,
    action     TEXT NOT NULL,
    field      TEXT,
    old_value  TEXT,
    new_value  TEXT,
    -- 0008: the actor by name, as it was when they acted.
    actor_name TEXT NOT NULL DEFAULT ''
);

CREATE INDEX claim_history_by_claim ON claim_history (claim_id, id);

CREATE TABLE idempotency (
    user_id      TEXT NOT NULL,
    key          TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status       BIGINT,
    response     TEXT,
    etag         TEXT,
    location     TEXT,
    created_at   BIGINT NOT NULL,
    PRIMARY KEY (user_id, key)
);

-- 0009: recorded answers are forgotten by age, found from an index.
CREATE INDEX idempotency_by_age ON idempotency (created_at);

-- 0004: the comment thread.
CREATE TABLE claim_comments (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    claim_id    TEXT NOT NULL REFERENCES claims (id),
    at          BIGINT NOT NULL,
    author_id   TEXT NOT NULL,
    author_name TEXT NOT NULL,
    side        TEXT NOT NULL CHECK (side IN ('partner', 'reviewer', 'system')),
    reply_to    BIGINT REFERENCES claim_comments (id),
    body        TEXT NOT NULL
);

CREATE INDEX claim_comments_by_claim ON claim_comments (claim_id, id);

-- 0005: proof-of-execution files (0008: their content hash, SHA-256).
CREATE TABLE claim_files (
    id          TEXT PRIMARY KEY NOT NULL,
    claim_id    TEXT NOT NULL REFERENCES claims (id),
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    bytes       BIGINT NOT NULL,
    uploaded_on TEXT NOT NULL,
    uploaded_by TEXT NOT NULL,
    removed     BIGINT NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
    sha256      TEXT
);

CREATE INDEX claim_files_by_claim ON claim_files (claim_id, removed);
