package org.cajaga.core.i18n;

import java.util.List;
import java.util.Locale;

/** The languages the API answers in. Spanish is the default: the catalogue is Mexican. */
public enum Language {
    ES("es"),
    EN("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    /**
     * Picks the best supported language from an {@code Accept-Language} header (RFC 9110 quality
     * values honoured); falls back to Spanish when the header is absent, malformed or names neither.
     */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ES;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            String best = Locale.lookupTag(ranges, List.of("es", "en"));
            return "en".equals(best) ? EN : ES;
        } catch (IllegalArgumentException malformed) {
            return ES;
        }
    }
}
