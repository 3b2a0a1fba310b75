-- A replica claims due rows for a lease and sends them outside any transaction; a replica that stops before recording
-- a result leaves its claim, which returns when claimed_until has passed.
ALTER TABLE classification_outbox ADD COLUMN claimed_until timestamptz;
