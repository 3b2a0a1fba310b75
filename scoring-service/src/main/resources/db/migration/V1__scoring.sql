-- Evaluations of one practice against one pinned criteria-set version, by one evaluator.
CREATE TABLE evaluation (
    id                  uuid         PRIMARY KEY,
    practice_id         uuid         NOT NULL,
    criteria_set        varchar(60)  NOT NULL,
    criteria_set_version integer     NOT NULL CHECK (criteria_set_version > 0),
    evaluator           varchar(200) NOT NULL,
    kind                varchar(20)  NOT NULL CHECK (kind IN ('EXPERT_REVIEW', 'SELF_ASSESSMENT')),
    status              varchar(12)  NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'SUPERSEDED')),
    revision            integer      NOT NULL DEFAULT 1 CHECK (revision > 0),
    supersedes          uuid         REFERENCES evaluation (id),
    verdicts            jsonb        NOT NULL,
    version             bigint       NOT NULL DEFAULT 0,
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    submitted_at        timestamptz,
    CONSTRAINT evaluation_submitted CHECK ((status = 'DRAFT') = (submitted_at IS NULL))
);

-- One active evaluation per evaluator, practice, version and kind: at most one submitted and one
-- draft (the draft of the next revision) at a time.
CREATE UNIQUE INDEX evaluation_one_submitted ON evaluation (practice_id, criteria_set, criteria_set_version, evaluator, kind)
    WHERE status = 'SUBMITTED';
CREATE UNIQUE INDEX evaluation_one_draft ON evaluation (practice_id, criteria_set, criteria_set_version, evaluator, kind)
    WHERE status = 'DRAFT';
CREATE INDEX evaluation_practice ON evaluation (practice_id, criteria_set, criteria_set_version) WHERE status = 'SUBMITTED';
CREATE INDEX evaluation_evaluator ON evaluation (evaluator, id);

-- A deciding review: an admin settles a tied criterion.
CREATE TABLE criterion_decision (
    id                   uuid         PRIMARY KEY,
    practice_id          uuid         NOT NULL,
    criteria_set         varchar(60)  NOT NULL,
    criteria_set_version integer      NOT NULL,
    criterion            varchar(40)  NOT NULL,
    verdict              varchar(8)   NOT NULL CHECK (verdict IN ('MET', 'NOT_MET')),
    justification        text         NOT NULL,
    decided_by           varchar(200) NOT NULL,
    decided_at           timestamptz  NOT NULL,
    CONSTRAINT criterion_decision_one UNIQUE (practice_id, criteria_set, criteria_set_version, criterion)
);

-- What scoring-service last learnt about a practice from practices-service, for classification
-- (co-creation) and statistics (state, principles, SDG goals).
CREATE TABLE practice_snapshot (
    practice_id   uuid         PRIMARY KEY,
    status        varchar(12)  NOT NULL,
    cocreated     boolean      NOT NULL,
    state_code    varchar(2),
    principles    varchar(40)[] NOT NULL,
    sdg_goals     integer[]    NOT NULL,
    seen_at       timestamptz  NOT NULL
);

-- The consolidated result of a practice under one criteria-set version.
CREATE TABLE consolidation (
    id                   uuid         PRIMARY KEY,
    practice_id          uuid         NOT NULL,
    criteria_set         varchar(60)  NOT NULL,
    criteria_set_version integer      NOT NULL,
    classification       varchar(16)  NOT NULL CHECK (classification IN ('EMBLEMATIC', 'GOOD_PRACTICE', 'NOT_CLASSIFIED', 'PENDING')),
    criteria_count       integer      NOT NULL,
    criteria_met         integer      NOT NULL,
    percent_met          numeric(5,2) NOT NULL,
    needs_decision       boolean      NOT NULL,
    kappa                numeric(6,4),
    mean_agreement       numeric(5,2),
    cocreated            boolean      NOT NULL,
    detail               jsonb        NOT NULL,
    decided_at           timestamptz  NOT NULL,
    CONSTRAINT consolidation_one_per_version UNIQUE (practice_id, criteria_set, criteria_set_version)
);
CREATE INDEX consolidation_latest ON consolidation (practice_id, decided_at DESC);
CREATE INDEX consolidation_disputed ON consolidation (decided_at) WHERE needs_decision;

-- Classification changes waiting to reach practices-service; written in the consolidation's transaction.
CREATE TABLE classification_outbox (
    id                   bigserial    PRIMARY KEY,
    practice_id          uuid         NOT NULL,
    payload              jsonb        NOT NULL,
    created_at           timestamptz  NOT NULL,
    attempts             integer      NOT NULL DEFAULT 0,
    next_attempt_at      timestamptz  NOT NULL,
    delivered_at         timestamptz,
    failed_at            timestamptz,
    last_error           text
);
CREATE INDEX classification_outbox_due ON classification_outbox (next_attempt_at)
    WHERE delivered_at IS NULL AND failed_at IS NULL;
