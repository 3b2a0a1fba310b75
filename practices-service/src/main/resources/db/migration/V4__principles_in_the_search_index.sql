-- A search with text, a state and a principle (a portal's usual search page) fetched every row matching
-- text and state, then dropped those without the principle: for a common term in Oaxaca 1,474 rows read to
-- keep 698. With the principles in the same GIN index the index returns only rows matching all three;
-- searches without a principle or without a state still use it (GIN serves any subset of its columns).
-- bench/README.md: the search statement 1.73 → 1.51 ms on average, 9.3 → 6.6 ms for that Oaxaca search.
CREATE INDEX practice_search_filters ON practice USING gin (state_code, search_vector, principles);
DROP INDEX practice_state_search;
