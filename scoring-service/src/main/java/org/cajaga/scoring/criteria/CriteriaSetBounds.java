package org.cajaga.scoring.criteria;

/**
 * The limits of what names a criteria-set version and its criteria, as taxonomy-service stores them
 * (codes of at most 60 and 40 characters, at most 100 criteria per version); every input and
 * parameter of this service that refers to them is checked against these.
 */
public final class CriteriaSetBounds {

    public static final String SET_CODE_PATTERN = "^[a-z0-9][a-z0-9-]{0,59}$";
    public static final int SET_CODE_MAX_LENGTH = 60;
    public static final String CRITERION_PATTERN = "^[A-Z][A-Z0-9_]{0,39}$";
    public static final int CRITERION_MAX_LENGTH = 40;
    public static final int MAX_CRITERIA = 100;
    public static final int MAX_VERSION = 9999;

    private CriteriaSetBounds() {
    }
}
