-- Suggestions stopped reading practice_by_size_class.municipalities in V13 (a municipality's own practices are
-- present by the bit test, so they need no exclusion of their own), yet every publication still copied the array
-- into each of the practice's rows. The column goes; the rows are written without it.
ALTER TABLE practice_by_size_class DROP COLUMN municipalities;

CREATE OR REPLACE FUNCTION practice_by_size_class_of(p practice, sizes varchar[]) RETURNS SETOF practice_by_size_class
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT s, cajaga_classification_rank(p.classification), p.id, p.principles, p.sdg_goals, sizes,
           cajaga_principle_bits(p.principles), cajaga_presence_bits(p.sdg_goals), cajaga_size_bits(sizes)
      FROM unnest(CASE WHEN sizes = '{}' THEN ARRAY[NULL]::varchar[] ELSE sizes END) s
$$;
