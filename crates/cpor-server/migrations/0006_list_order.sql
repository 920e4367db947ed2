-- The associations list's default order (due date, undated last, then the
-- latest change) read from an index, so a large organisation's first page
-- needs no sort of all its claims.
CREATE INDEX claims_by_organisation_due ON claims (organisation_id, due_on IS NULL, due_on, updated_at DESC, id);
CREATE INDEX claims_by_organisation_updated ON claims (organisation_id, updated_at DESC, id);
