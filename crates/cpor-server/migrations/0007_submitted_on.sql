-- The day a claim was first submitted, by the server's clock (which the
-- demo can move forward), for the reviewers' view of competing claims.
-- Claims submitted before this column existed take it from their history.
ALTER TABLE claims ADD COLUMN submitted_on TEXT;
UPDATE claims SET submitted_on = (
    SELECT date(MIN(h.at), 'unixepoch') FROM claim_history h WHERE h.claim_id = claims.id AND h.action = 'submitted'
);
