-- The keys being run are coordination between live servers, not data:
-- a row means something only while its server's presence lock is held,
-- and every such lock goes when PostgreSQL stops. So the table skips
-- the WAL (a crash of PostgreSQL empties it, which is what every row
-- would be worth then): taking and releasing a key no longer waits for
-- a WAL flush of its own.
ALTER TABLE requests_in_flight SET UNLOGGED;
