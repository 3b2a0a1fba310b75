-- The change feed was keyed on updated_at, which a write sets before its transaction commits: a bulk chunk
-- (500 records, one transaction) that committed after a reader had passed its timestamps was never reported.
-- Now every practice and tombstone row carries the id of the transaction that last wrote it (xid8, which never
-- wraps around), set by a trigger so that no write path has to remember it. The feed serves rows in
-- (change_xid, id) order and only below a bound under which every transaction has ended (ChangeFeed), so
-- nothing below a reader's cursor can still commit.
--
-- Existing rows take this migration's transaction id: a non-volatile default is evaluated once and kept in the
-- catalogue, so the table is not rewritten. Dropping the default afterwards leaves those rows' value in place.
ALTER TABLE practice ADD COLUMN change_xid xid8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE practice ALTER COLUMN change_xid DROP DEFAULT;
ALTER TABLE publication_tombstone ADD COLUMN change_xid xid8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE publication_tombstone ALTER COLUMN change_xid DROP DEFAULT;

-- pg_current_xact_id() is the top-level transaction's id, also inside a savepoint.
CREATE FUNCTION set_change_xid() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.change_xid := pg_current_xact_id();
    RETURN NEW;
END
$$;

CREATE TRIGGER practice_change_xid BEFORE INSERT OR UPDATE ON practice
    FOR EACH ROW EXECUTE FUNCTION set_change_xid();
CREATE TRIGGER publication_tombstone_change_xid BEFORE INSERT OR UPDATE ON publication_tombstone
    FOR EACH ROW EXECUTE FUNCTION set_change_xid();

CREATE INDEX practice_change_position ON practice (change_xid, id);
CREATE INDEX publication_tombstone_position ON publication_tombstone (change_xid, id);
