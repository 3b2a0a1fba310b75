package org.cajaga.gateway.problem;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * What can be wrong with a request target (path and query) as text: a broken {@code %} escape, a
 * control character (NUL, line breaks...), raw or escaped, or characters a URI cannot hold. Services
 * refuse the same targets.
 */
public final class RequestTargets {

    /** What is wrong with a target. */
    public enum Problem {
        BROKEN_ESCAPE, CONTROL_CHARACTER, NOT_A_URI
    }

    private RequestTargets() {
    }

    /** The first problem of {@code target}, or null when it is fine. */
    public static Problem firstProblem(String target) {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (isControl(c)) {
                return Problem.CONTROL_CHARACTER;
            }
            if (c != '%') {
                continue;
            }
            if (i + 2 >= target.length() || hex(target.charAt(i + 1)) < 0 || hex(target.charAt(i + 2)) < 0) {
                return Problem.BROKEN_ESCAPE;
            }
            if (isControl(hex(target.charAt(i + 1)) * 16 + hex(target.charAt(i + 2)))) {
                return Problem.CONTROL_CHARACTER;
            }
            i += 2;
        }
        try {
            new URI(target);
            return null;
        } catch (URISyntaxException invalid) {
            return Problem.NOT_A_URI;
        }
    }

    private static boolean isControl(int c) {
        return c < 0x20 || c == 0x7f;
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
