-- Who created the practice, as practices-service last said. With the status it tells, by practices-service's own
-- rule, who may see the practice while practices-service cannot be asked (PracticeVisibility). Unknown (null) for
-- snapshots kept before.
ALTER TABLE practice_snapshot ADD COLUMN created_by varchar(200);
