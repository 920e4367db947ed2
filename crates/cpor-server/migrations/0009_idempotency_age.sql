-- Recorded answers are forgotten by age (the scheduler, every period):
-- found from an index, not by reading the whole table.
CREATE INDEX idempotency_by_age ON idempotency (created_at);
