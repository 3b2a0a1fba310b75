package org.cajaga.taxonomy.config;

/** The {@code If-Match} header every change takes: the ETag the client read, so no change is lost. */
public final class IfMatch {

    public static final String DESCRIPTION = "ETag of the version you read (428 without it, 412 when it is stale)";
    /** Room for a handful of quoted tags; the API's own tags are 34 characters. */
    public static final int MAX_LENGTH = 1000;

    private IfMatch() {
    }
}
