-- Help a municipality find practices it can adapt: profiles of the places, the words of each practice's
-- problem and objectives, and the adaptation elements reflections name.

-- cvegeo, state and size class of every municipality, copied from taxonomy-service (which owns them) with the
-- label refresh. size_class is absent for municipalities without a 2020 census population.
CREATE TABLE municipality_profile (
    cvegeo     varchar(5)  PRIMARY KEY,
    state_code varchar(2)  NOT NULL,
    size_class varchar(12) CHECK (size_class IN ('RURAL', 'SEMI_URBAN', 'URBAN', 'METROPOLITAN'))
);
CREATE INDEX municipality_profile_size ON municipality_profile (size_class, cvegeo);

-- The size classes in size order, 1 to 4 (null for none), so that "the nearest class" is arithmetic.
CREATE FUNCTION cajaga_size_rank(varchar) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN array_position(ARRAY['RURAL', 'SEMI_URBAN', 'URBAN', 'METROPOLITAN']::varchar[], $1);

-- The size classes of a practice's municipalities.
CREATE FUNCTION practice_size_classes(municipalities varchar[]) RETURNS varchar[]
    LANGUAGE sql STABLE PARALLEL SAFE
    RETURN ARRAY(SELECT DISTINCT mp.size_class FROM municipality_profile mp
                  WHERE mp.cvegeo = ANY (municipalities) AND mp.size_class IS NOT NULL ORDER BY 1);

-- The distinct Spanish lexemes (folded and stemmed as search does, stop words dropped) of problem and
-- objectives: what similar practices compare.
ALTER TABLE practice ADD COLUMN aim_lexemes text[] GENERATED ALWAYS AS (
    tsvector_to_array(to_tsvector('cajaga_es', cajaga_fold(coalesce(problem, '') || ' ' || coalesce(objectives, ''))))) STORED;
CREATE INDEX practice_aim_lexemes ON practice USING gin (aim_lexemes) WHERE status = 'PUBLISHED';

-- The elements of a text for adapting: split at commas, semicolons and line breaks, spaces collapsed.
CREATE FUNCTION adaptation_elements(elements text) RETURNS SETOF text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
    SELECT btrim(regexp_replace(part, '\s+', ' ', 'g'))
      FROM regexp_split_to_table(elements, '[,;\n\r]+') part
     WHERE btrim(part) <> ''
$$;

-- The adaptation elements that the visible (not hidden by moderation) reflections on a practice name: one row
-- per element with how many reflections name it and its most common spelling (on a tie, the first in order).
-- Case, accents and spacing do not matter for the count ("Asambleas  por colonia" = "asambleas por colonia").
CREATE FUNCTION practice_adaptation_elements(practice uuid) RETURNS TABLE (element text, reflections bigint)
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT mode() WITHIN GROUP (ORDER BY e.spelling), count(DISTINCT e.reflection)
      FROM (SELECT r.id AS reflection, adaptation_elements(r.adapt_elements) AS spelling
              FROM reflection r
             WHERE r.practice_id = practice AND NOT r.hidden AND r.adapt_elements IS NOT NULL) e
     GROUP BY cajaga_unaccent(e.spelling)
     ORDER BY 2 DESC, 1
$$;
CREATE INDEX reflection_adaptations ON reflection (practice_id) WHERE NOT hidden AND adapt_elements IS NOT NULL;

-- How much two code lists (or word lists, each without repeated entries) share: the Jaccard index
-- |A ∩ B| / |A ∪ B| from the shared count and the sum of both sizes; 0 when both are empty.
CREATE FUNCTION cajaga_overlap(shared integer, both_sizes integer) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN CASE WHEN both_sizes - shared = 0 THEN 0 ELSE shared::numeric / (both_sizes - shared) END;
