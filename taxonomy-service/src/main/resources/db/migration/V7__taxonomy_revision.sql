-- One counter for the whole taxonomy: every statement that changes what the reads serve bumps it in its own
-- transaction, so each replica's in-memory snapshot (org.cajaga.taxonomy.snapshot) sees with one cheap query
-- whether it is still current, whoever made the change (this replica, another one, or plain SQL).
CREATE TABLE taxonomy_revision (
    id         boolean     PRIMARY KEY DEFAULT true CHECK (id),
    revision   bigint      NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO taxonomy_revision (revision) VALUES (1);

CREATE FUNCTION bump_taxonomy_revision() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE taxonomy_revision SET revision = revision + 1, changed_at = now();
    RETURN NULL;
END
$$;

-- One statement-level trigger per table the reads serve: a change of any number of rows bumps the revision once.
DO $$
DECLARE
    served text;
BEGIN
    FOREACH served IN ARRAY ARRAY['vocabulary_term', 'criteria_set', 'criteria_set_version', 'criterion', 'sdg_goal',
                                  'sdg_target', 'sdg_indicator', 'mx_state', 'mx_municipality', 'mx_municipality_change']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION bump_taxonomy_revision()', served || '_revision', served);
    END LOOP;
END
$$;
