-- Measured at 100,000 practices (bench/practices.sh): GIN indexes on arrays with a handful of
-- values (4 principles, 10 lessons, 6 sectors, 17 goals) match a quarter of the table or more,
-- and the planner's BitmapAnd with them cost more than filtering the rows other indexes found.
-- Selective arrays (municipalities, SDG targets) and full-text search keep theirs.
DROP INDEX practice_principles;
DROP INDEX practice_lessons;
DROP INDEX practice_sectors;
DROP INDEX practice_sdg_goals;
