-- The last day the customer may decline an approved claim, kept when the
-- claim is approved: the status date moves on (Eligible, a later
-- decision), and the window must still be told from the approval's day.
ALTER TABLE claims ADD COLUMN opt_out_until TEXT;
