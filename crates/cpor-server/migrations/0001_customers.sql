-- Partner organisations, their programs and users; customer tenants and the
-- domains that belong to them.

CREATE TABLE partner_organisations (
    id   TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL
) STRICT;

CREATE TABLE partner_programs (
    id              TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES partner_organisations (id),
    name            TEXT NOT NULL,
    country         TEXT NOT NULL,
    enrolled        INTEGER NOT NULL CHECK (enrolled IN (0, 1)),
    partner_type    TEXT NOT NULL
) STRICT;

CREATE INDEX partner_programs_by_organisation ON partner_programs (organisation_id);

CREATE TABLE users (
    id              TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT REFERENCES partner_organisations (id),
    display_name    TEXT NOT NULL,
    email           TEXT NOT NULL UNIQUE,
    role            TEXT NOT NULL
) STRICT;

CREATE TABLE customer_tenants (
    tenant_id TEXT PRIMARY KEY NOT NULL,
    name      TEXT NOT NULL
) STRICT;

CREATE TABLE tenant_domains (
    domain    TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT NOT NULL REFERENCES customer_tenants (tenant_id)
) STRICT;

CREATE INDEX tenant_domains_by_tenant ON tenant_domains (tenant_id);
