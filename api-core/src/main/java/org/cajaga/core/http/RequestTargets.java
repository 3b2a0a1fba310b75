package org.cajaga.core.http;

import java.net.URI;
import java.net.URISyntaxException;
import org.cajaga.core.i18n.Language;

/**
 * What can be wrong with a request target (path and query) as text, for the gateway and the services
 * alike: a broken {@code %} escape, a control character (NUL, line breaks...) raw or escaped, or
 * characters a URI cannot hold. Such a target is refused with a 400 before anything reads it.
 */
public final class RequestTargets {

    /** What is wrong with a target, if anything, and how to say it. */
    public enum Finding {
        FINE("", ""),
        BROKEN_ESCAPE("La dirección tiene una secuencia '%' mal formada.", "The address has a malformed '%' escape."),
        CONTROL_CHARACTER("La dirección contiene caracteres de control.", "The address contains control characters."),
        NOT_A_URI("La dirección tiene caracteres que deben ir escapados con '%'.",
                "The address has characters that must be '%'-escaped.");

        private final String es;
        private final String en;

        Finding(String es, String en) {
            this.es = es;
            this.en = en;
        }

        public String detail(Language language) {
            return language == Language.EN ? en : es;
        }
    }

    private RequestTargets() {
    }

    public static Finding inspect(String target) {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (isControl(c)) {
                return Finding.CONTROL_CHARACTER;
            }
            if (c != '%') {
                continue;
            }
            if (i + 2 >= target.length() || hex(target.charAt(i + 1)) < 0 || hex(target.charAt(i + 2)) < 0) {
                return Finding.BROKEN_ESCAPE;
            }
            if (isControl(hex(target.charAt(i + 1)) * 16 + hex(target.charAt(i + 2)))) {
                return Finding.CONTROL_CHARACTER;
            }
            i += 2;
        }
        try {
            new URI(target);
            return Finding.FINE;
        } catch (URISyntaxException invalid) {
            return Finding.NOT_A_URI;
        }
    }

    private static boolean isControl(int c) {
        return c < 0x20 || c == 0x7f;
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
