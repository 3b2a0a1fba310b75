-- Suggestions for a municipality test "not yet present there" with bit arithmetic (issue 21). Under V10 each entry
-- of practice_by_size_class was compared with every published practice of the municipality (array containment and
-- overlap): with some 40 of them per municipality, as in the bench's catalogue, most entries are present, and a
-- request compared thousands of entries with each (96 ms of PostgreSQL per answer at 100,000 practices).
--
-- An entry with principles P and SDG goals G is present when a practice of the municipality has all of P and one of
-- G (all of P when G is empty). Over the 4 principles there are 16 sets P, so the municipality's practices reduce to
-- 16 masks, computed once per request (practices-service's PresenceMasks): mask(P) = the goals of its practices that
-- have all of P, plus bit 17 when there is one. Each entry carries presence_bits = its goals (bit g - 1), or bit 17
-- when it has none; it is present exactly when presence_bits & mask(principle_bits) <> 0. A principle outside the toolbox's four sets no bit, so such
-- a code is ignored by the test (V10 needed the municipality to share it too).

-- SDG goals 1 to 17 as bits 0 to 16.
CREATE FUNCTION cajaga_goal_bits(integer[]) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (SELECT coalesce(bit_or(1 << (g - 1)), 0) FROM unnest($1) g WHERE g BETWEEN 1 AND 17);

-- What a practice shows of itself to the presence test: its goals, or bit 17 when it has none.
CREATE FUNCTION cajaga_presence_bits(integer[]) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN cardinality($1) = 0 THEN 1 << 17 ELSE cajaga_goal_bits($1) END;

DROP INDEX practice_by_size_class_order;
ALTER TABLE practice_by_size_class
    ADD COLUMN principle_bits integer,
    ADD COLUMN presence_bits  integer,
    ADD COLUMN size_bits      integer;

CREATE OR REPLACE FUNCTION practice_by_size_class_of(p practice, sizes varchar[]) RETURNS SETOF practice_by_size_class
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT s, cajaga_classification_rank(p.classification), p.id, p.principles, p.sdg_goals, p.municipalities, sizes,
           cajaga_principle_bits(p.principles), cajaga_presence_bits(p.sdg_goals), cajaga_size_bits(sizes)
      FROM unnest(CASE WHEN sizes = '{}' THEN ARRAY[NULL]::varchar[] ELSE sizes END) s
$$;

UPDATE practice_by_size_class SET principle_bits = cajaga_principle_bits(principles),
    presence_bits = cajaga_presence_bits(sdg_goals), size_bits = cajaga_size_bits(size_classes);
ALTER TABLE practice_by_size_class
    ALTER COLUMN principle_bits SET NOT NULL,
    ALTER COLUMN presence_bits SET NOT NULL,
    ALTER COLUMN size_bits SET NOT NULL;

-- Read in order per size class, index-only, with what the presence test and the filters need.
CREATE INDEX practice_by_size_class_order ON practice_by_size_class (size_class, classification_rank, practice_id)
    INCLUDE (principle_bits, presence_bits, size_bits, principles, sdg_goals, size_classes);
ANALYZE practice_by_size_class;
