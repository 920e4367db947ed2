-- Who signs in, as their identity provider names them: each user is the
-- subject of an issuer (the demo issuer's subjects are the seeded ids), and
-- each partner organisation is a tenant of Microsoft Entra ID. Email
-- addresses need not be unique any more (one person may sign in through
-- two issuers). The users table is rebuilt; the claims' references to it
-- are checked when the migration commits, once the new table holds every
-- user again.
PRAGMA defer_foreign_keys = ON;

CREATE TABLE users_new (
    id              TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT REFERENCES partner_organisations (id),
    display_name    TEXT NOT NULL,
    email           TEXT NOT NULL,
    role            TEXT NOT NULL,
    -- The configured issuer's name (`demo` for the demo issuer) and the
    -- token's `sub`.
    issuer          TEXT NOT NULL,
    subject         TEXT NOT NULL
) STRICT;
INSERT INTO users_new (id, organisation_id, display_name, email, role, issuer, subject)
    SELECT id, organisation_id, display_name, email, role, 'demo', id FROM users;
DROP TABLE users;
ALTER TABLE users_new RENAME TO users;
CREATE UNIQUE INDEX users_by_identity ON users (issuer, subject);

ALTER TABLE partner_organisations ADD COLUMN tenant_id TEXT;
CREATE UNIQUE INDEX partner_organisations_by_tenant ON partner_organisations (tenant_id) WHERE tenant_id IS NOT NULL;
