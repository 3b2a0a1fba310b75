package org.cajaga.support.paging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.support.problem.Problems;

/**
 * Where the next page starts: the sort-key values of the last item served. Clients see it as an
 * opaque base64url string and must not build one themselves.
 */
public record Cursor(List<String> keys) {

    private static final char SEPARATOR = '\u001f';
    private static final String PREFIX = "c1" + SEPARATOR;

    public Cursor {
        keys = List.copyOf(keys);
    }

    public static Cursor of(String... keys) {
        return new Cursor(List.of(keys));
    }

    public String key(int index) {
        return keys.get(index);
    }

    /** A non-negative numeric key; a cursor that was tampered with is a 400 problem, not a server error. */
    public int intKey(int index) {
        int value;
        try {
            value = Integer.parseInt(keys.get(index));
        } catch (NumberFormatException tampered) {
            throw invalid();
        }
        if (value < 0) {
            throw invalid();
        }
        return value;
    }

    /** A non-negative 64-bit numeric key (e.g. a transaction id); a tampered one is a 400 problem. */
    public long longKey(int index) {
        long value;
        try {
            value = Long.parseLong(keys.get(index));
        } catch (NumberFormatException tampered) {
            throw invalid();
        }
        if (value < 0) {
            throw invalid();
        }
        return value;
    }

    /** A UUID key; a cursor that was tampered with is a 400 problem. */
    public UUID uuidKey(int index) {
        try {
            return UUID.fromString(keys.get(index));
        } catch (IllegalArgumentException tampered) {
            throw invalid();
        }
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + String.join(String.valueOf(SEPARATOR), keys)).getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor that must hold {@code arity} keys; anything else is a 400 problem. */
    public static Cursor decode(String encoded, int arity) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
        if (!text.startsWith(PREFIX)) {
            throw invalid();
        }
        List<String> keys = new ArrayList<>(List.of(text.substring(PREFIX.length()).split(String.valueOf(SEPARATOR), -1)));
        if (keys.size() != arity) {
            throw invalid();
        }
        return new Cursor(keys);
    }

    private static RuntimeException invalid() {
        return Problems.of(ProblemType.INVALID_PARAMETER,
                "El parámetro 'cursor' no es válido; use el valor del enlace 'next' de la página anterior.",
                "The 'cursor' parameter is not valid; use the value from the previous page's 'next' link.");
    }
}
