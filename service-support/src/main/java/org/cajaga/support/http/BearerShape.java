package org.cajaga.support.http;

import java.util.regex.Pattern;

/**
 * Whether an {@code Authorization} header is one the token verifier can be given: no header, another
 * scheme (left to the security layer), or {@code Bearer} with something shaped like a JWT.
 */
final class BearerShape {

    private static final Pattern JWT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final String BEARER = "bearer";

    private BearerShape() {
    }

    static boolean acceptable(String authorization) {
        if (authorization == null) {
            return true;
        }
        String header = authorization.strip();
        int space = header.indexOf(' ');
        String scheme = space < 0 ? header : header.substring(0, space);
        if (!scheme.equalsIgnoreCase(BEARER)) {
            return true;
        }
        return space >= 0 && JWT.matcher(header.substring(space + 1).strip()).matches();
    }
}
