-- What the review lifecycle needs: the reviewer's latest request, the
-- customer's opt-out link, and the comment thread.

ALTER TABLE claims ADD COLUMN information_request TEXT;
ALTER TABLE claims ADD COLUMN opt_out_token TEXT;

CREATE UNIQUE INDEX claims_by_opt_out_token ON claims (opt_out_token) WHERE opt_out_token IS NOT NULL;
CREATE INDEX claims_by_status_due ON claims (status, due_on);

CREATE TABLE claim_comments (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    claim_id    TEXT NOT NULL REFERENCES claims (id),
    at          INTEGER NOT NULL,
    author_id   TEXT NOT NULL,
    author_name TEXT NOT NULL,
    side        TEXT NOT NULL CHECK (side IN ('partner', 'reviewer', 'system')),
    reply_to    INTEGER REFERENCES claim_comments (id),
    body        TEXT NOT NULL
) STRICT;

CREATE INDEX claim_comments_by_claim ON claim_comments (claim_id, id);
