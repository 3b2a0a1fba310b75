package org.cajaga.core.http;

import java.util.regex.Pattern;

/**
 * The shape of a bearer token the API can be given: {@code Bearer} and three base64url parts separated
 * by dots, as a signed JWT is. Anything else is refused with a 401 before token verification runs, which
 * fails on such input with a server error (Quarkus OIDC on {@code Bearer ..}).
 */
public final class BearerTokens {

    private static final String SCHEME = "bearer";
    private static final Pattern JWT = Pattern.compile("([A-Za-z0-9_-]+)\\.([A-Za-z0-9_-]+)\\.([A-Za-z0-9_-]+)");

    private BearerTokens() {
    }

    /** Whether the {@code Authorization} header uses the bearer scheme, whatever follows. */
    public static boolean isBearer(String authorization) {
        String header = authorization.strip();
        return header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                && (header.length() == SCHEME.length() || header.charAt(SCHEME.length()) == ' ');
    }

    /** The token's three parts when the header is {@code Bearer} and a JWT-shaped token, otherwise null. */
    public static String[] jwtParts(String authorization) {
        String header = authorization.strip();
        if (!isBearer(header)) {
            return null;
        }
        var parts = JWT.matcher(header.substring(SCHEME.length()).strip());
        return parts.matches() ? new String[] {parts.group(1), parts.group(2), parts.group(3)} : null;
    }
}
