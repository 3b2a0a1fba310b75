package org.cajaga.practices.security;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The municipalities a government system may write practices for, from its token: five-digit CVEGEO
 * codes, or two-digit state codes that cover every municipality of the state.
 */
public record MunicipalityScope(List<String> entries) {

    private static final Pattern ENTRY = Pattern.compile("[0-9]{2}|[0-9]{5}");

    public MunicipalityScope {
        entries = entries.stream().filter(e -> ENTRY.matcher(e).matches()).toList();
    }

    public boolean covers(String cvegeo) {
        return entries.stream().anyMatch(entry -> entry.length() == 2 ? cvegeo.startsWith(entry) : cvegeo.equals(entry));
    }

    /** The municipalities of a record that the scope does not cover; empty when it may be written. */
    public List<String> uncovered(List<String> municipalities) {
        return municipalities.stream().filter(m -> !covers(m)).toList();
    }
}
