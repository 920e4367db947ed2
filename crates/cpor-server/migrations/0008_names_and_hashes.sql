-- What the pages need to tell the whole story, and what makes writes safe
-- to replay:
-- - each claim's customer tenant in its canonical form (the answer as typed
--   stays in `tenant_id`), so lists show the customer's name;
-- - each history line's actor by name, as it was when they acted;
-- - each file's content hash (SHA-256), so an upload replayed with the same
--   Idempotency-Key is recognised by what it carries.
ALTER TABLE claims ADD COLUMN customer_tenant_id TEXT;
UPDATE claims SET customer_tenant_id = (
    SELECT t.tenant_id FROM customer_tenants t WHERE t.tenant_id = lower(trim(claims.tenant_id, '{} '))
);
CREATE INDEX claims_by_customer ON claims (customer_tenant_id);

ALTER TABLE claim_history ADD COLUMN actor_name TEXT NOT NULL DEFAULT '';
UPDATE claim_history SET actor_name = COALESCE(
    (SELECT u.display_name FROM users u WHERE u.id = claim_history.actor_id),
    CASE actor_id WHEN 'clock' THEN 'Claim clock' WHEN 'customer' THEN 'Customer' ELSE actor_id END
);

ALTER TABLE claim_files ADD COLUMN sha256 TEXT;
