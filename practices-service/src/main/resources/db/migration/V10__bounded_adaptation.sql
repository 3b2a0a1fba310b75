-- Similar practices and suggestions for a municipality from indexes that bound their work (issue 21). Under V7
-- both statements read every published practice: with four principles, sharing one admitted most of the
-- catalogue as a similar candidate, and suggestions computed every practice's size-class distance before their
-- LIMIT. On a copy of the bench's 100,000 practices each ran past 30 s; now a few milliseconds (practices-service
-- README, "Adaptation").

-- Similar practices score thousands of candidates per request, so their scoring is integer and float arithmetic, not
-- array intersections and numeric division (about 5 µs a candidate, most of the statement's time): principles,
-- lessons and size classes are bit sets over their vocabularies (the toolbox's 4 principles and 10 lessons, seeded in
-- taxonomy-service; the 4 size classes), and the Jaccard index of two sets is computed from their sizes and the bits
-- they share. A code outside the vocabulary sets no bit (it still counts in the set's size).
-- Each code is one bit, in vocabulary order; written out so that the planner inlines them (no subquery).
CREATE FUNCTION cajaga_principle_bits(varchar[]) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (('TRANSPARENCY' = ANY ($1))::integer << 0) | (('ACCOUNTABILITY' = ANY ($1))::integer << 1)
         | (('PARTICIPATION' = ANY ($1))::integer << 2) | (('INNOVATION' = ANY ($1))::integer << 3);
CREATE FUNCTION cajaga_lesson_bits(varchar[]) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (('INTEGRAL' = ANY ($1))::integer << 0) | (('COCREATION' = ANY ($1))::integer << 1)
         | (('SOCIAL_INNOVATION' = ANY ($1))::integer << 2) | (('SINGLE_PLATFORM' = ANY ($1))::integer << 3)
         | (('SPECIFIC_PROBLEMS' = ANY ($1))::integer << 4) | (('DIRECT_INTERACTION' = ANY ($1))::integer << 5)
         | (('INFORMATION_EMPOWERS' = ANY ($1))::integer << 6) | (('CITIZENS_AT_CENTRE' = ANY ($1))::integer << 7)
         | (('STRATEGIC_ALLIANCES' = ANY ($1))::integer << 8) | (('AGENDA2030' = ANY ($1))::integer << 9);
CREATE FUNCTION cajaga_size_bits(varchar[]) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (('RURAL' = ANY ($1))::integer << 0) | (('SEMI_URBAN' = ANY ($1))::integer << 1)
         | (('URBAN' = ANY ($1))::integer << 2) | (('METROPOLITAN' = ANY ($1))::integer << 3);

-- The Jaccard index |A ∩ B| / |A ∪ B| from the shared count and both sizes; 0 when both are empty. It replaces V7's
-- cajaga_overlap (numeric, and STRICT, so called per row instead of inlined).
CREATE FUNCTION cajaga_jaccard(shared integer, size_a integer, size_b integer) RETURNS double precision
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN size_a + size_b - shared = 0 THEN 0 ELSE shared::double precision / (size_a + size_b - shared) END;
DROP FUNCTION cajaga_overlap(integer, integer);

-- How many bits two bit sets share.
CREATE FUNCTION cajaga_shared_bits(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN bit_count((a & b)::bit(32))::integer;

-- Classifications in the order suggestions list them.
CREATE FUNCTION cajaga_classification_rank(varchar) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN array_position(ARRAY['EMBLEMATIC', 'GOOD_PRACTICE', 'PENDING', 'NOT_CLASSIFIED']::varchar[], $1);

-- Suggestions: one row per published practice and size class of its municipalities (a practice whose places have
-- no class: one row with none), in the order suggestions list them (classification, then id), with what their
-- filters need. A statement reading the classes nearest a municipality first, in index order, stops at its LIMIT.
CREATE TABLE practice_by_size_class (
    size_class          varchar(12),
    classification_rank integer   NOT NULL,
    practice_id         uuid      NOT NULL REFERENCES practice (id) ON DELETE CASCADE,
    principles          varchar[] NOT NULL,
    sdg_goals           integer[] NOT NULL,
    municipalities      varchar[] NOT NULL,
    size_classes        varchar[] NOT NULL
);
CREATE INDEX practice_by_size_class_order ON practice_by_size_class (size_class, classification_rank, practice_id)
    INCLUDE (principles, sdg_goals, municipalities, size_classes);
CREATE INDEX practice_by_size_class_practice ON practice_by_size_class (practice_id);

CREATE FUNCTION practice_by_size_class_of(p practice, sizes varchar[]) RETURNS SETOF practice_by_size_class
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT s, cajaga_classification_rank(p.classification), p.id, p.principles, p.sdg_goals, p.municipalities, sizes
      FROM unnest(CASE WHEN sizes = '{}' THEN ARRAY[NULL]::varchar[] ELSE sizes END) s
$$;

-- Similar practices: one row per SDG target ('t:6.1') and per word of problem and objectives ('w:agu') of each
-- published practice, with what scoring needs of the practice, in one B-tree read index-only: the candidates of a
-- practice are the rows of its targets and words, scored without reading the practice rows. Principles and
-- lessons (4 and 10 codes) are not keys: sharing one of them alone admitted most of the catalogue.
CREATE TABLE practice_similarity_key (
    key            varchar(200) COLLATE "C" NOT NULL,
    practice_id    uuid         NOT NULL REFERENCES practice (id) ON DELETE CASCADE,
    principle_bits integer      NOT NULL,
    principles     integer      NOT NULL,
    lesson_bits    integer      NOT NULL,
    lessons        integer      NOT NULL,
    targets        integer      NOT NULL,
    words          integer      NOT NULL,
    state_code     varchar(2)   NOT NULL,
    size_bits      integer      NOT NULL
);
CREATE INDEX practice_similarity_key_lookup ON practice_similarity_key (key)
    INCLUDE (practice_id, principle_bits, principles, lesson_bits, lessons, targets, words, state_code, size_bits);
CREATE INDEX practice_similarity_key_practice ON practice_similarity_key (practice_id);

CREATE FUNCTION practice_similarity_keys_of(p practice, sizes varchar[]) RETURNS SETOF practice_similarity_key
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT k, p.id, cajaga_principle_bits(p.principles), cardinality(p.principles), cajaga_lesson_bits(p.lessons),
           cardinality(p.lessons), cardinality(p.sdg_targets), cardinality(p.aim_lexemes), p.state_code, cajaga_size_bits(sizes)
      FROM (SELECT 't:' || t FROM unnest(p.sdg_targets) t UNION SELECT 'w:' || w FROM unnest(p.aim_lexemes) w) keys(k)
$$;

-- Similar practices of one practice, best first (SimilarPractices, the README's "Similar practices"): the entries of
-- its own targets and words, read index-only and grouped per candidate; every candidate scored in integer and float
-- arithmetic; the practice rows read for the answered ones only. A PL/pgSQL function so that its plan is made once
-- per connection: planning the statement cost a third of its time.
CREATE FUNCTION similar_practices(source_id uuid, max_rows integer) RETURNS SETOF text
    LANGUAGE plpgsql STABLE SET plan_cache_mode = force_generic_plan AS $$
BEGIN
    RETURN QUERY
    with source as (
        select p.id, p.principles, p.lessons, p.sdg_targets, p.aim_lexemes, p.state_code,
               cajaga_principle_bits(p.principles) as principle_bits, cajaga_lesson_bits(p.lessons) as lesson_bits,
               cajaga_size_bits(array(select mp.size_class from municipality_profile mp
                                       where mp.cvegeo = any (p.municipalities))) as size_bits
          from practice p where p.id = source_id),
    candidate as (
        select k.practice_id as id, k.principle_bits, k.principles, k.lesson_bits, k.lessons, k.targets, k.words,
               k.state_code, k.size_bits,
               cast(count(*) filter (where k.key like 't:%') as integer) as shared_targets,
               cast(count(*) filter (where k.key like 'w:%') as integer) as shared_words
          from practice_similarity_key k
         where k.key = any (array(select 't:' || t from source, unnest(source.sdg_targets) t
                                  union all select 'w:' || w from source, unnest(source.aim_lexemes) w))
           and k.practice_id <> source_id
         group by k.practice_id, k.principle_bits, k.principles, k.lesson_bits, k.lessons, k.targets, k.words,
                  k.state_code, k.size_bits),
    ranked as (
        select c.id, round(1000 * (
                 0.25 * cajaga_jaccard(cajaga_shared_bits(c.principle_bits, s.principle_bits), c.principles,
                                       cardinality(s.principles))
               + 0.20 * cajaga_jaccard(cajaga_shared_bits(c.lesson_bits, s.lesson_bits), c.lessons,
                                       cardinality(s.lessons))
               + 0.20 * cajaga_jaccard(c.shared_targets, c.targets, cardinality(s.sdg_targets))
               + 0.20 * cajaga_jaccard(c.shared_words, c.words, cardinality(s.aim_lexemes))
               + case when c.size_bits & s.size_bits <> 0 then 0.10 else 0 end
               + case when c.state_code = s.state_code then 0.05 else 0 end)) / 1000 as score,
               c.size_bits & s.size_bits <> 0 as same_size, c.state_code = s.state_code as same_state
          from candidate c cross join source s
         order by score desc, c.id
         limit max_rows)
    select cast(json_build_object('id', p.id, 'title', p.title, 'classification', p.classification,
               'municipalities', p.municipalities, 'state', p.state_code, 'score', r.score,
               'reasons', json_build_object(
                   'sharedPrinciples', array(select unnest(p.principles) intersect select unnest(s.principles) order by 1),
                   'sharedLessons', array(select unnest(p.lessons) intersect select unnest(s.lessons) order by 1),
                   'sharedTargets', array(select unnest(p.sdg_targets) intersect select unnest(s.sdg_targets) order by 1),
                   'sharedWords', array(select unnest(p.aim_lexemes) intersect select unnest(s.aim_lexemes) order by 1),
                   'sameSizeClass', r.same_size, 'sameState', r.same_state)) as text)
      from ranked r join practice p on p.id = r.id cross join source s
     order by r.score desc, r.id;
END $$;

-- Both tables follow each published practice: its rows are written again when it is published, changed in what
-- they hold, or leaves publication (then removed), and, for the practices of a municipality whose profile
-- taxonomy-service changed, when the profiles change (rare: the first copy, a new census).
-- Its statements are planned once per session (as V6's search fields): the service's connections plan every
-- statement anew, which would cost more than the writes themselves.
CREATE FUNCTION practice_adaptation_rows() RETURNS trigger
    LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $$
DECLARE
    sizes varchar[];
BEGIN
    IF TG_OP = 'UPDATE' THEN
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

CREATE TRIGGER practice_adaptation_rows_inserted AFTER INSERT ON practice
    FOR EACH ROW WHEN (NEW.status = 'PUBLISHED') EXECUTE FUNCTION practice_adaptation_rows();
CREATE TRIGGER practice_adaptation_rows_updated AFTER UPDATE ON practice
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.classification IS DISTINCT FROM NEW.classification
        OR OLD.principles IS DISTINCT FROM NEW.principles OR OLD.lessons IS DISTINCT FROM NEW.lessons
        OR OLD.sdg_targets IS DISTINCT FROM NEW.sdg_targets OR OLD.sdg_goals IS DISTINCT FROM NEW.sdg_goals
        OR OLD.aim_lexemes IS DISTINCT FROM NEW.aim_lexemes OR OLD.state_code IS DISTINCT FROM NEW.state_code
        OR OLD.municipalities IS DISTINCT FROM NEW.municipalities)
    EXECUTE FUNCTION practice_adaptation_rows();

-- The size classes of published practices in the given municipalities (all of them when null), in one join.
CREATE FUNCTION published_size_classes(cvegeos varchar[]) RETURNS TABLE (id uuid, sizes varchar[])
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT p.id, coalesce(array_agg(DISTINCT mp.size_class ORDER BY mp.size_class)
                              FILTER (WHERE mp.size_class IS NOT NULL), '{}')::varchar[]
      FROM practice p
      LEFT JOIN LATERAL unnest(p.municipalities) m(cvegeo) ON true
      LEFT JOIN municipality_profile mp ON mp.cvegeo = m.cvegeo
     WHERE p.status = 'PUBLISHED' AND (cvegeos IS NULL OR p.municipalities && cvegeos)
     GROUP BY p.id
$$;

-- Writes the rows of the published practices in these municipalities (all of them when null) again.
CREATE FUNCTION practice_adaptation_rows_in(cvegeos varchar[]) RETURNS void
    LANGUAGE sql AS $$
    DELETE FROM practice_similarity_key k USING practice p WHERE p.id = k.practice_id AND p.municipalities && cvegeos;
    DELETE FROM practice_by_size_class b USING practice p WHERE p.id = b.practice_id AND p.municipalities && cvegeos;
    INSERT INTO practice_similarity_key SELECT k.* FROM published_size_classes(cvegeos) s
        JOIN practice p ON p.id = s.id, practice_similarity_keys_of(p, s.sizes) k;
    INSERT INTO practice_by_size_class SELECT b.* FROM published_size_classes(cvegeos) s
        JOIN practice p ON p.id = s.id, practice_by_size_class_of(p, s.sizes) b;
$$;

CREATE FUNCTION practice_adaptation_profiles_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM practice_adaptation_rows_in(ARRAY(SELECT cvegeo FROM changed_profile)::varchar[]);
    RETURN NULL;
END $$;

CREATE TRIGGER municipality_profile_inserted AFTER INSERT ON municipality_profile
    REFERENCING NEW TABLE AS changed_profile FOR EACH STATEMENT EXECUTE FUNCTION practice_adaptation_profiles_changed();
CREATE TRIGGER municipality_profile_updated AFTER UPDATE ON municipality_profile
    REFERENCING NEW TABLE AS changed_profile FOR EACH STATEMENT EXECUTE FUNCTION practice_adaptation_profiles_changed();
CREATE TRIGGER municipality_profile_deleted AFTER DELETE ON municipality_profile
    REFERENCING OLD TABLE AS changed_profile FOR EACH STATEMENT EXECUTE FUNCTION practice_adaptation_profiles_changed();

SELECT practice_adaptation_rows_in(NULL);
ANALYZE practice_similarity_key;
ANALYZE practice_by_size_class;
