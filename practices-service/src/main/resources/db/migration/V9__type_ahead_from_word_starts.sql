-- Type-ahead served by B-trees that give rows in order, so LIMIT stops the scan: a title that starts with
-- what was typed, then a title with a word that starts with it, for any length of the typed text. The
-- trigram index (V6) only serves three letters or more, and every match had to be sorted before the limit.
-- "C" collation: a B-tree then serves LIKE 'prefix%' whatever the database's collation.

-- Titles that start with the typed text, in order.
CREATE INDEX practice_suggest_title_start ON practice (search_title COLLATE "C") WHERE status = 'PUBLISHED';

-- The title of each published practice from each of its words on but the first (at most 100 characters,
-- the longest type-ahead text), accent-free: "presupuesto participativo en colonias" gives
-- "participativo en colonias", "en colonias", "colonias". A typed text of several words is one prefix.
CREATE TABLE practice_title_word (
    practice_id uuid         NOT NULL REFERENCES practice (id) ON DELETE CASCADE,
    tail        varchar(100) COLLATE "C" NOT NULL
);
CREATE INDEX practice_title_word_tail ON practice_title_word (tail);
CREATE INDEX practice_title_word_practice ON practice_title_word (practice_id);

-- The text from each word start on but the first, a word start being a letter or digit after anything
-- else: "¿como" gives "como". The text is cut before each word start, and each tail joins the pieces
-- from one on.
CREATE FUNCTION cajaga_word_tails(text) RETURNS SETOF text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
    SELECT left(array_to_string(parts[i:], ''), 100)
    FROM regexp_split_to_array($1, '(?<=[^[:alnum:]])(?=[[:alnum:]])') parts, generate_series(2, cardinality(parts)) i
$$;

CREATE FUNCTION practice_title_words() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM practice_title_word WHERE practice_id = OLD.id;
    END IF;
    IF NEW.status = 'PUBLISHED' THEN
        INSERT INTO practice_title_word (practice_id, tail) SELECT NEW.id, t FROM cajaga_word_tails(NEW.search_title) t;
    END IF;
    RETURN NULL;
END $$;

-- search_title is set by a BEFORE trigger (V6), so the update trigger compares rows instead of naming columns.
CREATE TRIGGER practice_title_words_inserted AFTER INSERT ON practice
    FOR EACH ROW WHEN (NEW.status = 'PUBLISHED') EXECUTE FUNCTION practice_title_words();
CREATE TRIGGER practice_title_words_updated AFTER UPDATE ON practice
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.search_title IS DISTINCT FROM NEW.search_title)
    EXECUTE FUNCTION practice_title_words();

INSERT INTO practice_title_word (practice_id, tail)
SELECT p.id, t FROM practice p, cajaga_word_tails(p.search_title) t WHERE p.status = 'PUBLISHED';

-- Whether published practices are in a municipality or state (other labels: always), for type-ahead, which
-- asks it label after label until its limit. Through the indexes (V1), never a table scan: with the code
-- unknown when planning, a scan looked cheaper, expecting a match in the first rows, and read the whole
-- table for a place without published practices.
CREATE FUNCTION cajaga_has_published(kind text, code text) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE SET enable_seqscan = off AS $$
    SELECT CASE kind
        WHEN 'municipality' THEN EXISTS (SELECT 1 FROM practice p
                                         WHERE p.status = 'PUBLISHED' AND p.municipalities @> ARRAY[code]::varchar[])
        WHEN 'state' THEN EXISTS (SELECT 1 FROM practice p WHERE p.status = 'PUBLISHED' AND p.state_code = code)
        ELSE true END
$$;
