-- The adaptation rows of a practice (V10) are written by a trigger whose statements were planned once per session
-- (force_generic_plan). A session that first ran it while practice_similarity_key and practice_by_size_class were
-- nearly empty kept a sequential scan for its DELETEs, which then read the whole table for every practice written:
-- publishing the bench's 100,000 practices in one statement ran for more than 15 minutes. The statements now follow
-- the session's setting (practices-service plans each statement for its actual values, see application.properties),
-- so they are planned on the tables as they are; and a practice that was not published has no rows to delete.
CREATE OR REPLACE FUNCTION practice_adaptation_rows() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    sizes varchar[];
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.status = 'PUBLISHED' THEN
        DELETE FROM practice_similarity_key WHERE practice_id = OLD.id;
        DELETE FROM practice_by_size_class WHERE practice_id = OLD.id;
    END IF;
    IF NEW.status = 'PUBLISHED' THEN
        sizes := practice_size_classes(NEW.municipalities);
        INSERT INTO practice_similarity_key SELECT * FROM practice_similarity_keys_of(NEW, sizes);
        INSERT INTO practice_by_size_class SELECT * FROM practice_by_size_class_of(NEW, sizes);
    END IF;
    RETURN NULL;
END $$;
