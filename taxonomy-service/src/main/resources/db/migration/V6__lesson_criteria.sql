-- The criteria each lesson learned helps meet: the project's own reading of the "Caja de Herramientas de
-- Gobierno Abierto Municipal" (the toolbox draws no such table). Curators edit the links through the API.
-- Only lessons carry links; codes are criterion codes of the criteria-set versions. A linked lesson's
-- representation changes, so it gets a new version (and ETag).

ALTER TABLE vocabulary_term
    ADD COLUMN related_criteria varchar(40)[] NOT NULL DEFAULT '{}',
    ADD CONSTRAINT vocabulary_term_criteria_of_lessons_only CHECK (kind = 'LESSON' OR related_criteria = '{}');

UPDATE vocabulary_term AS t SET related_criteria = l.criteria, version = t.version + 1
FROM (VALUES
    ('INTEGRAL', ARRAY['INTEGRALITY']),
    ('COCREATION', ARRAY['RECOGNITION', 'PARTICIPATION']),
    ('SOCIAL_INNOVATION', ARRAY['INNOVATION']),
    ('SINGLE_PLATFORM', ARRAY['TRANSPARENCY', 'INNOVATION']),
    ('SPECIFIC_PROBLEMS', ARRAY['RESULTS', 'RELEVANCE']),
    ('DIRECT_INTERACTION', ARRAY['PARTICIPATION']),
    ('INFORMATION_EMPOWERS', ARRAY['TRANSPARENCY', 'ACCOUNTABILITY']),
    ('CITIZENS_AT_CENTRE', ARRAY['PARTICIPATION', 'RESULTS']),
    ('STRATEGIC_ALLIANCES', ARRAY['SUSTAINABILITY', 'REPLICABILITY', 'EVIDENCE']),
    ('AGENDA2030', ARRAY['AGENDA2030'])
) AS l(code, criteria)
WHERE t.kind = 'LESSON' AND t.code = l.code;
