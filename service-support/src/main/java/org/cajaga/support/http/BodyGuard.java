package org.cajaga.support.http;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Guards every request body while the service reads it, before anything else reads it (the idempotency
 * filter, JSON binding, bulk readers): a body of one record ({@link RecordBodyLimit}) sent without
 * {@code Content-Length} is refused with a 413 once more than the limit has been read (one that declares
 * its length is refused before, by {@link EdgeProblems}), and any body that stops or trickles is refused
 * with a 408 at the {@link UploadPace}. Both answers close the connection, as the rest of the body is
 * never read. A watchdog looks at the bodies being read a few times per upload timeout.
 */
@Singleton
public class BodyGuard {

    private final Set<GuardedBody> reading = ConcurrentHashMap.newKeySet();
    private final RecordBodyLimit limit;
    private final UploadPace pace;

    BodyGuard(RecordBodyLimit limit, UploadPace pace) {
        this.limit = limit;
        this.pace = pace;
    }

    void startWatchdog(@Observes StartupEvent started, Vertx vertx) {
        long tickMillis = Math.max(50, Math.min(1000, pace.timeoutNanos() / 4_000_000));
        vertx.setPeriodic(tickMillis, tick -> {
            long now = System.nanoTime();
            reading.forEach(body -> body.checkWait(now));
        });
    }

    @ServerRequestFilter(priority = Priorities.ENTITY_CODER)
    public void guard(ContainerRequestContext request, RoutingContext routing) {
        if (!hasBody(request)) {
            return;
        }
        long maxBytes = request.getHeaderString("Content-Length") == null && limit.appliesTo(routing.request().path())
                ? limit.maxBytes() : Long.MAX_VALUE;
        GuardedBody body = new GuardedBody(request.getEntityStream(), maxBytes, limit, pace, reading::remove);
        reading.add(body);
        routing.addEndHandler(ended -> {
            reading.remove(body);
            if (body.refused()) {
                routing.request().connection().close();
            }
        });
        request.setEntityStream(body);
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        return request.getHeaderString("Transfer-Encoding") != null || (length != null && !"0".equals(length.strip()));
    }
}
