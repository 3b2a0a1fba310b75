-- The title of a practice as scoring last read it, so a gap report can name the example practices it suggests.
-- Rows read before it have none until scoring reads the practice again.
ALTER TABLE practice_snapshot ADD COLUMN title varchar(300);
