-- Similar practices in about half of V10's PostgreSQL CPU (issue 21; practices-service README, "Similar practices").
-- On a copy of the bench's 100,000 practices, V10's similar_practices spent its 4.2 ms per call (backend CPU, 1,000
-- random published practices) mostly on grouping each candidate's entries by nine columns and counting two filtered
-- kinds of them (1.7 ms), and on scoring expressions that computed every bit count three times and turned numeric
-- constants into floats through text for every candidate (1.3 ms). Now each entry carries what scoring needs of its
-- practice in one bigint and says in one integer whether its key is a target or a word: candidates are grouped by id
-- alone, with one max and one sum: 2.3 ms per call. The ranking and its answers are the same (compared on those 1,000
-- practices, limit 50).

-- What scoring needs of a practice, packed in one bigint (bit 0 is the lowest):
--   0-3    principle bits (cajaga_principle_bits)   4-13   lesson bits (cajaga_lesson_bits)
--   14-17  size-class bits (cajaga_size_bits)       18-24  state, its two-digit INEGI code as a number (127 if it is not one)
--   25-30  number of principles (at most 63)        31-36  number of lessons (at most 63)
--   37-44  number of SDG targets (at most 255)      45-62  number of words (at most 262,143)
-- The vocabularies have 4 principles, 10 lessons and 169 targets; the caps only bound what a field can hold.
CREATE FUNCTION cajaga_similarity_profile(principles varchar[], lessons varchar[], sdg_targets varchar[],
                                          aim_lexemes text[], state_code varchar, sizes varchar[]) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN cajaga_principle_bits(principles)::bigint
         | (cajaga_lesson_bits(lessons)::bigint << 4)
         | (cajaga_size_bits(sizes)::bigint << 14)
         | ((CASE WHEN state_code ~ '^[0-9]{2}$' THEN state_code::integer ELSE 127 END)::bigint << 18)
         | (least(cardinality(principles), 63)::bigint << 25)
         | (least(cardinality(lessons), 63)::bigint << 31)
         | (least(cardinality(sdg_targets), 255)::bigint << 37)
         | (least(cardinality(aim_lexemes), 262143)::bigint << 45);

DROP FUNCTION similar_practices(uuid, integer);
DROP FUNCTION practice_similarity_keys_of(practice, varchar[]);
DROP TABLE practice_similarity_key;

-- One row per SDG target ('t:6.1') and per word of problem and objectives ('w:agu') of each published practice, as in
-- V10, with its practice's profile (above) and its unit: 1 for a target, 65,536 for a word, so that the sum of a
-- candidate's units counts both the targets (low 16 bits) and the words (the rest) it shares.
CREATE TABLE practice_similarity_key (
    key         varchar(200) COLLATE "C" NOT NULL,
    practice_id uuid    NOT NULL REFERENCES practice (id) ON DELETE CASCADE,
    profile     bigint  NOT NULL,
    unit        integer NOT NULL
);
CREATE INDEX practice_similarity_key_lookup ON practice_similarity_key (key) INCLUDE (practice_id, profile, unit);
CREATE INDEX practice_similarity_key_practice ON practice_similarity_key (practice_id);

-- The rows of one practice; the triggers of V10 and V12 write them (they name this function and the table only).
CREATE FUNCTION practice_similarity_keys_of(p practice, sizes varchar[]) RETURNS SETOF practice_similarity_key
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT k.key, p.id,
           cajaga_similarity_profile(p.principles, p.lessons, p.sdg_targets, p.aim_lexemes, p.state_code, sizes), k.unit
      FROM (SELECT 't:' || t, 1 FROM unnest(p.sdg_targets) t
            UNION SELECT 'w:' || w, 65536 FROM unnest(p.aim_lexemes) w) k(key, unit)
$$;

INSERT INTO practice_similarity_key
SELECT k.* FROM published_size_classes(NULL) s JOIN practice p ON p.id = s.id, practice_similarity_keys_of(p, s.sizes) k;
ANALYZE practice_similarity_key;

-- The page of similar practices of one practice, best first, as the API answers it ({"items": [...]}, SimilarPage);
-- null when there is no such practice or `reader` may not see it: null reads as staff (every practice), otherwise
-- published practices and those `reader` owns ('' for anonymous callers, who own none), as PracticeAccess decides.
-- Candidates are the entries of the practice's own targets and words, read index-only and grouped by id; each is scored
-- from its profile with the parts of the score computed once per candidate and float constants; the practice rows are
-- read for the answered ones only (titles and the shared codes of the reasons). PL/pgSQL so that its plan is made once
-- per connection.
CREATE FUNCTION similar_practices(source_id uuid, max_rows integer, reader varchar) RETURNS text
    LANGUAGE plpgsql STABLE SET plan_cache_mode = force_generic_plan AS $$
DECLARE
    s record;
    principle_bits integer;
    lesson_bits integer;
    size_bits bigint;
    state bigint;
    page text;
BEGIN
    SELECT p.principles, p.lessons, p.sdg_targets, p.aim_lexemes,
           cardinality(p.principles) as principle_count, cardinality(p.lessons) as lesson_count,
           cardinality(p.sdg_targets) as target_count, cardinality(p.aim_lexemes) as word_count,
           cajaga_similarity_profile(p.principles, p.lessons, p.sdg_targets, p.aim_lexemes, p.state_code,
               array(select mp.size_class from municipality_profile mp where mp.cvegeo = any (p.municipalities))) as profile,
           array(select 't:' || t from unnest(p.sdg_targets) t union all select 'w:' || w from unnest(p.aim_lexemes) w) as keys
      INTO s
      FROM practice p
     WHERE p.id = source_id AND (reader IS NULL OR p.status = 'PUBLISHED' OR p.owner = reader);
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    principle_bits := s.profile & 15;
    lesson_bits := (s.profile >> 4) & 1023;
    size_bits := (s.profile >> 14) & 15;
    state := CASE WHEN (s.profile >> 18) & 127 = 127 THEN -1 ELSE (s.profile >> 18) & 127 END;
    WITH candidate AS (
        select k.practice_id as id, max(k.profile) as profile, sum(k.unit) as units
          from practice_similarity_key k
         where k.key = any (s.keys) and k.practice_id <> source_id
         group by k.practice_id),
    shares AS (
        select c.id, cajaga_shared_bits((c.profile & 15)::integer, principle_bits) as shared_principles,
               ((c.profile >> 25) & 63)::integer as principles,
               cajaga_shared_bits(((c.profile >> 4) & 1023)::integer, lesson_bits) as shared_lessons,
               ((c.profile >> 31) & 63)::integer as lessons,
               (c.units & 65535)::integer as shared_targets, ((c.profile >> 37) & 255)::integer as targets,
               (c.units >> 16)::integer as shared_words, (c.profile >> 45)::integer as words,
               ((c.profile >> 14) & size_bits) <> 0 as same_size, ((c.profile >> 18) & 127) = state as same_state
          from candidate c
        offset 0),
    ranked AS (
        select x.id, x.same_size, x.same_state, round(1000 * (
                 0.25 * cajaga_jaccard(x.shared_principles, x.principles, s.principle_count)
               + 0.20 * cajaga_jaccard(x.shared_lessons, x.lessons, s.lesson_count)
               + 0.20 * cajaga_jaccard(x.shared_targets, x.targets, s.target_count)
               + 0.20 * cajaga_jaccard(x.shared_words, x.words, s.word_count)
               + CASE WHEN x.same_size THEN 0.10::double precision ELSE 0 END
               + CASE WHEN x.same_state THEN 0.05::double precision ELSE 0 END)) / 1000 as score
          from shares x
         order by score desc, x.id
         limit max_rows)
    SELECT json_strip_nulls(json_build_object('items', coalesce(json_agg(json_build_object(
               'id', p.id, 'title', p.title, 'classification', p.classification, 'municipalities', p.municipalities,
               'state', p.state_code, 'score', r.score,
               'reasons', json_build_object(
                   'sharedPrinciples', array(select unnest(p.principles) intersect select unnest(s.principles) order by 1),
                   'sharedLessons', array(select unnest(p.lessons) intersect select unnest(s.lessons) order by 1),
                   'sharedTargets', array(select unnest(p.sdg_targets) intersect select unnest(s.sdg_targets) order by 1),
                   'sharedWords', array(select unnest(p.aim_lexemes) intersect select unnest(s.aim_lexemes) order by 1),
                   'sameSizeClass', r.same_size, 'sameState', r.same_state)) ORDER BY r.score desc, r.id), '[]')))::text
      INTO page
      FROM ranked r JOIN practice p ON p.id = r.id;
    RETURN page;
END $$;
