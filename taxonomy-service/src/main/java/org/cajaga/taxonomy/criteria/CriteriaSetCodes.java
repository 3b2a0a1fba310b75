package org.cajaga.taxonomy.criteria;

/** How criteria sets and their versions are named: a lower-case code with dashes and a version number. */
public final class CriteriaSetCodes {

    public static final String PATTERN = "^[a-z0-9][a-z0-9-]{0,59}$";
    public static final int MAX_LENGTH = 60;
    public static final int MAX_VERSION_NUMBER = 9999;

    private CriteriaSetCodes() {
    }
}
