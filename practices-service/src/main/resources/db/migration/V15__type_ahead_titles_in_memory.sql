-- Type-ahead reads the published titles' starts and word starts, and which places have published practices,
-- from memory (PublishedTitles, kept up from the change feed's positions of V5): the word-start table, its
-- triggers, the title-start B-tree and the places' function of V9 are no longer read. The trigram index on
-- search_title (V6) stays: titles with the typed text inside a word are still looked for in the database.
DROP TRIGGER practice_title_words_inserted ON practice;
DROP TRIGGER practice_title_words_updated ON practice;
DROP FUNCTION practice_title_words();
DROP TABLE practice_title_word;
DROP FUNCTION cajaga_word_tails(text);
DROP INDEX practice_suggest_title_start;
DROP FUNCTION cajaga_has_published(text, text);
