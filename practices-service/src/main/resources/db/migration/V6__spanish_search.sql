-- Spanish search as readers type it: without accents, singular or plural, masculine or feminine, the
-- "-ción/-ciones/-tivo" family, with typos; over every text a person would search, including the
-- taxonomy labels of a practice (kept here, refreshed from taxonomy-service); and type-ahead.
-- Stock PostgreSQL only: unaccent, pg_trgm, spanish_stem, SQL functions.

-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Lower case without accents (ñ → n), as an immutable function so that indexes may use it.
CREATE FUNCTION cajaga_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN lower(public.unaccent('public.unaccent'::regdictionary, $1));

-- What the stemmer gets, the same for documents and queries. Accents are folded first, so a word
-- written with or without them is the same word. Plurals become singular (participaciones →
-- participacion, mujeres → mujer, obras → obra), which spanish_stem does not always do on its own.
-- Then the accents that spanish_stem needs on unambiguous endings come back (-cion → -ción, -ia → -ía
-- except -cia, whose words mostly end in -ncia, without accent):
-- it only strips accented suffixes, and without this "participacion" stayed "participacion" while
-- "participativo" became "particip". The stemmer drops accents again in its last step.
CREATE FUNCTION cajaga_fold(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
        cajaga_unaccent($1),
        'iones\M', 'ion', 'g'),
        '(\w{2,}[lrndjy])es\M', '\1', 'g'),
        '(\w{2,}[aeiou])s\M', '\1', 'g'),
        'cion\M', 'ción', 'g'),
        '([^c])ia\M', '\1ía', 'g');

-- The text-search configuration now only stems: folding happens in cajaga_fold, before.
ALTER TEXT SEARCH CONFIGURATION cajaga_es
    ALTER MAPPING FOR hword, hword_part, word WITH spanish_stem;

-- A query from what a person typed (web-search syntax: quotes, OR, -word), through cajaga_fold as
-- documents are.
CREATE FUNCTION cajaga_query(text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN websearch_to_tsquery('cajaga_es', cajaga_fold($1));

-- The search document was a generated column; it now also holds labels from another table, so a
-- trigger computes it (the Java write path does not know about it).
DROP INDEX practice_search_filters;
ALTER TABLE practice DROP COLUMN search_vector;
ALTER TABLE practice ADD COLUMN search_vector tsvector, ADD COLUMN search_words text, ADD COLUMN search_title text;

-- Names of the taxonomy terms practices refer to, in Spanish and English, copied from taxonomy-service
-- (which owns them) by the service at start-up and periodically. Kinds: principle, lesson, sdgGoal,
-- sdgTarget, state, municipality. Each keeps its part of a search document ready, so a practice's
-- document adds its labels' parts instead of analysing the same label texts again for every record.
CREATE TABLE taxonomy_label (
    kind     varchar(20)   NOT NULL,
    code     varchar(40)   NOT NULL,
    es       varchar(4000) NOT NULL,
    en       varchar(4000) NOT NULL,
    document tsvector GENERATED ALWAYS AS (setweight(to_tsvector('cajaga_es', cajaga_fold(es || ' ' || en)), 'D')) STORED,
    -- both names accent-free, for type-ahead
    folded   text GENERATED ALWAYS AS (cajaga_unaccent(es || ' ' || en)) STORED,
    PRIMARY KEY (kind, code)
);
-- Type-ahead over municipality, state, principle and goal names, accent-free, anywhere in the name.
CREATE INDEX taxonomy_label_suggest ON taxonomy_label USING gin (folded gin_trgm_ops)
    WHERE kind IN ('municipality', 'state', 'principle', 'sdgGoal');

CREATE AGGREGATE cajaga_tsvector_agg(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '');

-- Texts inside the details document: actors' and organisations' names, co-creation, evidence publishers.
CREATE FUNCTION practice_details_text(details jsonb) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (SELECT string_agg(v #>> '{}', ' ')
            FROM (SELECT jsonb_path_query(details, 'lax $.actors[*].name') AS v
                  UNION ALL SELECT jsonb_path_query(details, 'lax $.responsibleOrganisations[*]')
                  UNION ALL SELECT jsonb_path_query(details, 'lax $.coCreationHow')
                  UNION ALL SELECT jsonb_path_query(details, 'lax $.evidence[*].publisher')) texts);

-- A practice's search document: title (A), summary (B), description, problem and objectives (C), and
-- names of actors, results, co-creation, evidence, tags and the es and en labels of every code (D).
-- Also, accent-free, the title (type-ahead) and the short text near matches (typos) are looked for in:
-- title, tags and the Spanish names of principles, lessons, state and municipalities (the summary made
-- the trigram comparisons five times slower for few more matches).
-- The record's texts are folded in one call (a call costs more than the folding itself), and the
-- labels are read through the primary key with a plan kept for the session (the service's connections
-- plan every statement anew, which cost more than the rest of the document).
CREATE FUNCTION practice_search_fields(p practice, OUT vector tsvector, OUT words text, OUT title text)
    LANGUAGE plpgsql STABLE PARALLEL SAFE SET plan_cache_mode = force_generic_plan AS $$
DECLARE
    labels tsvector;
    names  text;
    parts  text[];
BEGIN
    SELECT cajaga_tsvector_agg(l.document ORDER BY l.kind, l.code),
           string_agg(l.es, ' ' ORDER BY l.kind, l.code) FILTER (WHERE l.kind IN ('principle', 'lesson', 'state', 'municipality'))
      INTO labels, names
      FROM taxonomy_label l
     WHERE (l.kind = 'principle' AND l.code = ANY (p.principles))
        OR (l.kind = 'lesson' AND l.code = ANY (p.lessons))
        OR (l.kind = 'sdgGoal' AND l.code = ANY (p.sdg_goals::varchar[]))
        OR (l.kind = 'sdgTarget' AND l.code = ANY (p.sdg_targets))
        OR (l.kind = 'state' AND l.code = p.state_code)
        OR (l.kind = 'municipality' AND l.code = ANY (p.municipalities));
    parts := string_to_array(cajaga_unaccent(concat_ws(E'\x1f', p.title, array_to_string(p.tags, ' '), names)), E'\x1f');
    title := parts[1];
    words := array_to_string(parts, ' ');
    parts := string_to_array(cajaga_fold(concat_ws(E'\x1f', p.title, p.summary,
        concat_ws(' ', p.description, p.problem, p.objectives),
        concat_ws(' ', practice_details_text(p.details), p.results_text, array_to_string(p.tags, ' ')))), E'\x1f');
    vector := setweight(to_tsvector('cajaga_es', parts[1]), 'A')
        || setweight(to_tsvector('cajaga_es', parts[2]), 'B')
        || setweight(to_tsvector('cajaga_es', parts[3]), 'C')
        || setweight(to_tsvector('cajaga_es', parts[4]), 'D')
        || coalesce(labels, '');
END $$;

CREATE FUNCTION practice_search_document() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    SELECT f.vector, f.words, f.title INTO NEW.search_vector, NEW.search_words, NEW.search_title
      FROM practice_search_fields(NEW) f;
    RETURN NEW;
END $$;

CREATE TRIGGER practice_search_document
    BEFORE INSERT OR UPDATE OF title, summary, description, problem, objectives, details, results_text, tags,
        principles, lessons, sdg_goals, sdg_targets, state_code, municipalities
    ON practice FOR EACH ROW EXECUTE FUNCTION practice_search_document();

UPDATE practice p SET (search_vector, search_words, search_title) = (SELECT f.vector, f.words, f.title FROM practice_search_fields(p) f);

-- When taxonomy-service renames something (or labels arrive for the first time), the documents of the
-- practices that refer to it are computed again, in one statement per label refresh.
CREATE FUNCTION practice_labels_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM changed_label) THEN
        RETURN NULL;
    END IF;
    UPDATE practice p SET (search_vector, search_words, search_title) = (SELECT f.vector, f.words, f.title FROM practice_search_fields(p) f)
    WHERE p.principles && ARRAY(SELECT code FROM changed_label WHERE kind = 'principle')
       OR p.lessons && ARRAY(SELECT code FROM changed_label WHERE kind = 'lesson')
       OR p.sdg_goals && ARRAY(SELECT code::integer FROM changed_label WHERE kind = 'sdgGoal')
       OR p.sdg_targets && ARRAY(SELECT code FROM changed_label WHERE kind = 'sdgTarget')
       OR p.state_code = ANY (ARRAY(SELECT code FROM changed_label WHERE kind = 'state'))
       OR p.municipalities && ARRAY(SELECT code FROM changed_label WHERE kind = 'municipality');
    RETURN NULL;
END $$;

CREATE TRIGGER taxonomy_label_inserted AFTER INSERT ON taxonomy_label
    REFERENCING NEW TABLE AS changed_label FOR EACH STATEMENT EXECUTE FUNCTION practice_labels_changed();
CREATE TRIGGER taxonomy_label_updated AFTER UPDATE ON taxonomy_label
    REFERENCING NEW TABLE AS changed_label FOR EACH STATEMENT EXECUTE FUNCTION practice_labels_changed();

-- Text, state and principle in one index, as before (V4).
CREATE INDEX practice_search_filters ON practice USING gin (state_code, search_vector, principles);
-- Near matches when full text finds nothing: trigram word similarity over the short text.
CREATE INDEX practice_search_words ON practice USING gin (search_words gin_trgm_ops);
-- Type-ahead over published titles, accent-free, anywhere in the title.
CREATE INDEX practice_suggest_title ON practice USING gin (search_title gin_trgm_ops)
    WHERE status = 'PUBLISHED';
