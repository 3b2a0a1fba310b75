-- Ranking reads a small vector, matching the whole document. Since V6 the search document holds every
-- text of a practice and the es and en names of all its codes (SDG targets are long sentences): at a few
-- kilobytes it is compressed and stored out of line (TOAST), and ts_rank_cd read and decompressed it
-- whole for every match, most of a search's cost when many records match. The ranking weights the
-- title 1 and the summary 0.2 against 0.05 and 0.01 for the rest, so ranking over the title and the
-- summary alone keeps the order that matters (a title match above a summary match above the rest);
-- matches only in the other texts or in labels rank 0 and come newest first (by id).
-- ts_filter keeps the title's (A) and the summary's (B) positions of the document the trigger of V6
-- computes, so both always agree.
ALTER TABLE practice ADD COLUMN rank_vector tsvector GENERATED ALWAYS AS (ts_filter(search_vector, '{a,b}')) STORED;
