package org.cajaga.gateway.problem;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** Every request gets an {@code X-Request-Id} (the caller's, when it is safe) before anything else runs. */
@Singleton
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    /**
     * A random version-4 UUID from a thread-local generator: request ids need to be unique, not
     * unguessable, and {@code UUID.randomUUID()} takes a lock on the system's secure random source.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    void register(@Observes Router router) {
        router.route().order(-200).handler(rc -> {
            String given = rc.request().getHeader(HEADER);
            String id = given != null && ACCEPTABLE.matcher(given).matches() ? given : newId();
            rc.request().headers().set(HEADER, id);
            rc.response().putHeader(HEADER, id);
            rc.next();
        });
    }
}
