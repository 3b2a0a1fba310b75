-- taxonomy-service schema: the vocabulary every other cajaga service refers to by code.

CREATE EXTENSION IF NOT EXISTS unaccent;

-- Lower-case, accent-free form of a name, for accent- and case-insensitive search ("juarez" finds "Juárez").
CREATE FUNCTION search_normalize(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

-- Principles, lessons learned and sectors: small curated lists of bilingual terms.
CREATE TABLE vocabulary_term (
    id             uuid         PRIMARY KEY,
    kind           varchar(20)  NOT NULL CHECK (kind IN ('PRINCIPLE', 'LESSON', 'SECTOR')),
    code           varchar(40)  NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
    name_es        varchar(200) NOT NULL,
    name_en        varchar(200) NOT NULL,
    description_es text         NOT NULL,
    description_en text         NOT NULL,
    position       integer      NOT NULL,
    version        bigint       NOT NULL DEFAULT 0,
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    updated_by     varchar(200) NOT NULL DEFAULT 'system',
    CONSTRAINT vocabulary_term_kind_code UNIQUE (kind, code)
);

-- Criteria sets are versioned; a published version never changes, so scores made under it stay explainable.
CREATE TABLE criteria_set (
    id             uuid         PRIMARY KEY,
    code           varchar(60)  NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9-]*$'),
    name_es        varchar(200) NOT NULL,
    name_en        varchar(200) NOT NULL,
    description_es text         NOT NULL,
    description_en text         NOT NULL,
    version        bigint       NOT NULL DEFAULT 0,
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    updated_by     varchar(200) NOT NULL DEFAULT 'system'
);

CREATE TABLE criteria_set_version (
    id                             uuid         PRIMARY KEY,
    criteria_set_id                uuid         NOT NULL REFERENCES criteria_set (id),
    number                         integer      NOT NULL CHECK (number > 0),
    status                         varchar(12)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    emblematic_min_percent         numeric(5,2) NOT NULL CHECK (emblematic_min_percent > 0 AND emblematic_min_percent <= 100),
    emblematic_requires_cocreation boolean      NOT NULL,
    good_practice_min_percent      numeric(5,2) NOT NULL CHECK (good_practice_min_percent > 0 AND good_practice_min_percent <= 100),
    published_at                   timestamptz,
    version                        bigint       NOT NULL DEFAULT 0,
    updated_at                     timestamptz  NOT NULL DEFAULT now(),
    updated_by                     varchar(200) NOT NULL DEFAULT 'system',
    CONSTRAINT criteria_set_version_number UNIQUE (criteria_set_id, number),
    CONSTRAINT criteria_set_version_thresholds CHECK (good_practice_min_percent <= emblematic_min_percent),
    CONSTRAINT criteria_set_version_published CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
);

-- At most one draft per set: a new version is drafted, edited, published, then the next one.
CREATE UNIQUE INDEX criteria_set_one_draft ON criteria_set_version (criteria_set_id) WHERE status = 'DRAFT';

CREATE TABLE criterion (
    version_id     uuid         NOT NULL REFERENCES criteria_set_version (id) ON DELETE CASCADE,
    position       integer      NOT NULL,
    code           varchar(40)  NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
    name_es        varchar(200) NOT NULL,
    name_en        varchar(200) NOT NULL,
    description_es text         NOT NULL,
    description_en text         NOT NULL,
    PRIMARY KEY (version_id, position),
    CONSTRAINT criterion_code_per_version UNIQUE (version_id, code)
);

-- UN Sustainable Development Goals (read-only reference data).
CREATE TABLE sdg_goal (
    number   integer      PRIMARY KEY CHECK (number BETWEEN 1 AND 17),
    title_es text         NOT NULL,
    title_en text         NOT NULL,
    short_es varchar(200) NOT NULL,
    short_en varchar(200) NOT NULL
);

CREATE TABLE sdg_target (
    code        varchar(8) PRIMARY KEY,
    goal_number integer    NOT NULL REFERENCES sdg_goal (number),
    position    integer    NOT NULL UNIQUE,
    title_es    text       NOT NULL,
    title_en    text       NOT NULL
);
CREATE INDEX sdg_target_goal ON sdg_target (goal_number, position);

CREATE TABLE sdg_indicator (
    code        varchar(12) PRIMARY KEY,
    target_code varchar(8)  NOT NULL REFERENCES sdg_target (code),
    position    integer     NOT NULL UNIQUE,
    title_es    text        NOT NULL,
    title_en    text        NOT NULL
);
CREATE INDEX sdg_indicator_target ON sdg_indicator (target_code, position);

-- Mexican states and municipalities with INEGI codes (CVE_ENT, CVEGEO).
CREATE TABLE mx_state (
    code varchar(2)      PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
    name varchar(100) NOT NULL
);

CREATE TABLE mx_municipality (
    cvegeo            varchar(5)      PRIMARY KEY CHECK (cvegeo ~ '^[0-9]{5}$'),
    state_code        varchar(2)      NOT NULL REFERENCES mx_state (code),
    municipality_code varchar(3)      NOT NULL,
    name              varchar(200) NOT NULL,
    search_name       text         GENERATED ALWAYS AS (search_normalize(name)) STORED,
    version           bigint       NOT NULL DEFAULT 0,
    updated_at        timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT mx_municipality_code_parts CHECK (cvegeo = state_code || municipality_code)
);
CREATE INDEX mx_municipality_state ON mx_municipality (state_code, cvegeo);

-- Every curator change to the municipal catalogue, so it can follow INEGI without a release.
CREATE TABLE mx_municipality_change (
    id         uuid         PRIMARY KEY,
    cvegeo     varchar(5)      NOT NULL REFERENCES mx_municipality (cvegeo),
    change     varchar(10)  NOT NULL CHECK (change IN ('CREATED', 'RENAMED')),
    old_name   varchar(200),
    new_name   varchar(200) NOT NULL,
    reason     text         NOT NULL,
    changed_by varchar(200) NOT NULL,
    changed_at timestamptz  NOT NULL
);
CREATE INDEX mx_municipality_change_cvegeo ON mx_municipality_change (cvegeo, changed_at);
