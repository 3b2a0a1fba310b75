package org.cajaga.taxonomy.vocabulary;

/** The form of a term code (and of a criterion code): UPPER_SNAKE_CASE, as long as the code columns hold. */
public final class TermCodes {

    public static final String PATTERN = "^[A-Z][A-Z0-9_]{0,39}$";
    public static final int MAX_LENGTH = 40;

    private TermCodes() {
    }
}
