-- practices-service schema: practice records, their history, reflections.

CREATE EXTENSION IF NOT EXISTS unaccent;

-- Spanish full-text search that ignores accents: "participacion" matches "Participación".
CREATE TEXT SEARCH CONFIGURATION cajaga_es (COPY = pg_catalog.spanish);
ALTER TEXT SEARCH CONFIGURATION cajaga_es
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;

CREATE TABLE practice (
    id                           uuid          PRIMARY KEY,
    title                        varchar(300)  NOT NULL,
    summary                      varchar(4000) NOT NULL,
    description                  text          NOT NULL,
    problem                      text,
    objectives                   text,
    target_population            text,
    language                     varchar(2)    NOT NULL CHECK (language IN ('es', 'en')),
    state_code                   varchar(2)    NOT NULL,
    municipalities               varchar[]     NOT NULL,
    period_start                 date,
    period_end                   date,
    cocreated                    boolean       NOT NULL,
    principles                   varchar[]     NOT NULL,
    lessons                      varchar[]     NOT NULL,
    sdg_targets                  varchar[]     NOT NULL,
    sdg_goals                    integer[]     NOT NULL,
    sectors                      varchar[]     NOT NULL,
    tags                         varchar[]     NOT NULL,
    -- organisations, actors, co-creation, results, evidence, contact: read and written whole
    details                      jsonb         NOT NULL,
    results_text                 text          NOT NULL,
    status                       varchar(12)   NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'ARCHIVED')),
    classification               varchar(16)   NOT NULL DEFAULT 'PENDING'
        CHECK (classification IN ('EMBLEMATIC', 'GOOD_PRACTICE', 'NOT_CLASSIFIED', 'PENDING')),
    classification_set           varchar(60),
    classification_set_version   integer,
    classification_evaluation_id uuid,
    classified_at                timestamptz,
    source_system                varchar(100),
    external_id                  varchar(200),
    owner                        varchar(200)  NOT NULL,
    version                      bigint        NOT NULL,
    created_at                   timestamptz   NOT NULL,
    created_by                   varchar(200)  NOT NULL,
    updated_at                   timestamptz   NOT NULL,
    updated_by                   varchar(200)  NOT NULL,
    published_at                 timestamptz,
    search_vector                tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('cajaga_es', title), 'A')
        || setweight(to_tsvector('cajaga_es', summary), 'B')
        || setweight(to_tsvector('cajaga_es', description || ' ' || results_text), 'C')) STORED,
    CONSTRAINT practice_source UNIQUE (source_system, external_id),
    CONSTRAINT practice_source_pair CHECK ((source_system IS NULL) = (external_id IS NULL)),
    CONSTRAINT practice_period CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start)
);

CREATE INDEX practice_search ON practice USING gin (search_vector);
CREATE INDEX practice_principles ON practice USING gin (principles);
CREATE INDEX practice_lessons ON practice USING gin (lessons);
CREATE INDEX practice_sdg_goals ON practice USING gin (sdg_goals);
CREATE INDEX practice_sdg_targets ON practice USING gin (sdg_targets);
CREATE INDEX practice_municipalities ON practice USING gin (municipalities);
CREATE INDEX practice_sectors ON practice USING gin (sectors);
CREATE INDEX practice_status_updated ON practice (status, updated_at DESC, id DESC);
CREATE INDEX practice_state ON practice (state_code);
CREATE INDEX practice_updated ON practice (updated_at, id);
CREATE INDEX practice_title ON practice (title, id);

-- Every change to a practice: who, when, what, and each field's old and new value.
CREATE TABLE practice_change (
    id          uuid         PRIMARY KEY,
    practice_id uuid         NOT NULL,
    action      varchar(30)  NOT NULL,
    changed_by  varchar(200) NOT NULL,
    changed_at  timestamptz  NOT NULL,
    changes     jsonb        NOT NULL
);
CREATE INDEX practice_change_practice ON practice_change (practice_id, changed_at, id);

-- A practice that stopped being public (archived, sent back to draft, deleted): the change feed
-- reports it so portals can drop it.
CREATE TABLE publication_tombstone (
    id          uuid         PRIMARY KEY,
    practice_id uuid         NOT NULL,
    reason      varchar(20)  NOT NULL CHECK (reason IN ('ARCHIVED', 'WITHDRAWN', 'DELETED')),
    removed_at  timestamptz  NOT NULL
);
CREATE INDEX publication_tombstone_time ON publication_tombstone (removed_at, id);

CREATE TABLE reflection (
    id                 uuid          PRIMARY KEY,
    practice_id        uuid          NOT NULL REFERENCES practice (id) ON DELETE CASCADE,
    author             varchar(200)  NOT NULL,
    author_name        varchar(200)  NOT NULL,
    sector             varchar(40)   NOT NULL,
    text               varchar(5000) NOT NULL,
    adapt_municipality varchar(5),
    adapt_elements     varchar(2000),
    adapt_reason       varchar(2000),
    hidden             boolean       NOT NULL DEFAULT false,
    hidden_by          varchar(200),
    hidden_reason      varchar(1000),
    version            bigint        NOT NULL,
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL
);
CREATE INDEX reflection_practice ON reflection (practice_id, created_at, id);
