package org.cajaga.core.correlation;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The request-id rule of every answer: the caller's {@code X-Request-Id} is kept when it is short and
 * harmless (it is logged and echoed), otherwise a new one is made.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";

    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    /** The id to use for a request that came with {@code given} (may be null). */
    public static String accept(String given) {
        return given != null && ACCEPTABLE.matcher(given).matches() ? given : newId();
    }

    /**
     * A random version-4 UUID from a thread-local generator: request ids need to be unique, not
     * unguessable, and {@code UUID.randomUUID()} takes a lock on the system's secure random source.
     */
    public static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
