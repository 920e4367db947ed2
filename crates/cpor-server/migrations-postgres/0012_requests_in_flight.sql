-- Idempotency-Keys whose first request a server is running, so that
-- another server answers 409 instead of running it a second time. `server`
-- is the number of the running server's presence lock
-- (pg_advisory_lock(17232, server)); a row whose lock nobody holds was left
-- by a server that stopped, and is taken over.
CREATE TABLE requests_in_flight (
    user_id TEXT NOT NULL,
    key TEXT NOT NULL,
    server BIGINT NOT NULL,
    started_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, key)
);
