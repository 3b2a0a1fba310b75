package org.cajaga.support.http;

import java.net.URI;
import java.net.URISyntaxException;
import org.cajaga.core.i18n.Language;

/**
 * The request target (path and query) must decode to text the API can store and compare: a broken
 * {@code %} escape or an escaped control character (NUL, line breaks...) is refused before any resource
 * runs, and so is what {@link URI} refuses (Quarkus' own check of that, which answers an empty 400, is
 * switched off with {@code -Dvertx.disableURIValidation=true} wherever the services run).
 */
final class RequestTargetCheck {

    /** What is wrong with a target, if anything, and how to say it. */
    enum Finding {
        FINE("", ""),
        BROKEN_ESCAPE("La dirección tiene una secuencia '%' mal formada.", "The address has a malformed '%' escape."),
        CONTROL("La dirección contiene caracteres de control.", "The address contains control characters."),
        NOT_A_URI("La dirección no es una URI válida (RFC 3986).", "The address is not a valid URI (RFC 3986).");

        private final String es;
        private final String en;

        Finding(String es, String en) {
            this.es = es;
            this.en = en;
        }

        String detail(Language language) {
            return language == Language.EN ? en : es;
        }
    }

    private RequestTargetCheck() {
    }

    static Finding inspect(String target) {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (isControl(c)) {
                return Finding.CONTROL;
            }
            if (c != '%') {
                continue;
            }
            if (i + 2 >= target.length() || hex(target.charAt(i + 1)) < 0 || hex(target.charAt(i + 2)) < 0) {
                return Finding.BROKEN_ESCAPE;
            }
            if (isControl(hex(target.charAt(i + 1)) * 16 + hex(target.charAt(i + 2)))) {
                return Finding.CONTROL;
            }
            i += 2;
        }
        try {
            new URI(target);
        } catch (URISyntaxException invalid) {
            return Finding.NOT_A_URI;
        }
        return Finding.FINE;
    }

    private static boolean isControl(int c) {
        return c < 0x20 || c == 0x7f;
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
