-- The product catalog and the subscriptions customers hold.

CREATE TABLE products (
    id            TEXT PRIMARY KEY NOT NULL,
    name          TEXT NOT NULL,
    solution_area TEXT NOT NULL CHECK (solution_area IN ('business_applications', 'modern_work_and_security')),
    family        TEXT NOT NULL CHECK (family IN ('dynamics365', 'modern_work'))
) STRICT;

CREATE TABLE tenant_subscriptions (
    id             TEXT PRIMARY KEY NOT NULL,
    tenant_id      TEXT NOT NULL REFERENCES customer_tenants (tenant_id),
    product_id     TEXT NOT NULL REFERENCES products (id),
    channel        TEXT NOT NULL CHECK (channel IN ('csp', 'volume_licensing', 'web_direct')),
    status         TEXT NOT NULL CHECK (status IN ('pending_provisioning', 'active', 'grace', 'expired', 'suspended')),
    provisioned_on TEXT,
    renewed_as     TEXT REFERENCES tenant_subscriptions (id) DEFERRABLE INITIALLY DEFERRED
) STRICT;

CREATE INDEX tenant_subscriptions_by_tenant ON tenant_subscriptions (tenant_id, product_id);
