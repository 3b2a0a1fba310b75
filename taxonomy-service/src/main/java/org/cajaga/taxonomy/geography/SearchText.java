package org.cajaga.taxonomy.geography;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Brings a search term to the form the database keeps in {@code search_name}: lower case without
 * accents, so "juarez", "JUÁREZ" and "Juárez" meet.
 */
final class SearchText {

    private SearchText() {
    }

    static String plain(String query) {
        return Normalizer.normalize(query.trim(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
