package org.cajaga.gateway.problem;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.UUID;
import java.util.regex.Pattern;

/** Every request gets an {@code X-Request-Id} (the caller's, when it is safe) before anything else runs. */
@Singleton
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Router router) {
        router.route().order(-200).handler(rc -> {
            String given = rc.request().getHeader(HEADER);
            String id = given != null && ACCEPTABLE.matcher(given).matches() ? given : UUID.randomUUID().toString();
            rc.request().headers().set(HEADER, id);
            rc.response().putHeader(HEADER, id);
            rc.next();
        });
    }
}
