package org.cajaga.practices.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A query as the trigram comparison takes it: the words only (quotes, parentheses and the {@code -}
 * of excluded words dropped), lower case and without accents, like the records' {@code search_words}.
 */
final class FuzzyText {

    private FuzzyText() {
    }

    static String of(String q) {
        return folded(q.replaceAll("[\"()]|(?<![\\p{L}\\p{N}])-", " "));
    }

    /** Lower case without accents and with single spaces, as {@code cajaga_unaccent} folds stored texts. */
    static String folded(String text) {
        String unaccented = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return unaccented.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }
}
