-- Reflections join the commit-ordered change feed (V5): their own feed, GET /api/v1/practices/reflections,
-- which notifications-service follows for reflection.published. Each row carries the id of the transaction
-- that last wrote it, set by the same trigger function as practices and tombstones; existing rows take this
-- migration's id (a non-volatile default is evaluated once, so the table is not rewritten).
ALTER TABLE reflection ADD COLUMN change_xid xid8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE reflection ALTER COLUMN change_xid DROP DEFAULT;

CREATE TRIGGER reflection_change_xid BEFORE INSERT OR UPDATE ON reflection
    FOR EACH ROW EXECUTE FUNCTION set_change_xid();

CREATE INDEX reflection_change_position ON reflection (change_xid, id);
