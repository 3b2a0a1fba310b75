package org.cajaga.gateway.routing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.cajaga.gateway.config.GatewayConfig;
import org.cajaga.gateway.problem.RequestIdAssignment;

/**
 * Every answer of the gateway, by route name and status: {@code cajaga_gateway_requests_seconds{route,status}}, a
 * timer with a histogram of fixed buckets, so the refusals the gateway makes itself (401, 429, 413...) count with the
 * upstreams' answers. The route is a name from the configuration ({@code other} for the gateway's own paths and unknown ones),
 * never a path, so ids never become tag values; the operators' own calls under {@code /q/} are left out. Upstream
 * failures count in {@code cajaga_gateway_upstream_failures_total{route,kind}}: {@code unavailable} (refused or
 * unreachable, 503), {@code timeout} (504) and {@code error} (a 5xx that was not a problem, 502).
 */
@Singleton
public class RouteMetrics {

    /** Before everything else, the request id included, so that every answer is timed from its start. */
    private static final int ORDER = RequestIdAssignment.ORDER - 100;
    private static final String OTHER = "other";
    private static final List<String> FAILURE_KINDS = List.of("unavailable", "timeout", "error");
    /** The histogram's buckets: a dozen, from a fast read to the longest route timeout, so each series stays small. */
    private static final Duration[] BUCKETS = Stream.of(5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000,
            60000).map(Duration::ofMillis).toArray(Duration[]::new);

    private final MeterRegistry registry;
    private final List<Map.Entry<String, GatewayConfig.Route>> routes;
    /** Each route and status's timer, built once: a builder with buckets per answer cost more than the answer's timing. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    RouteMetrics(MeterRegistry registry, GatewayConfig config) {
        this.registry = registry;
        this.routes = config.routesInMatchOrder();
        routes.forEach(route -> FAILURE_KINDS.forEach(kind -> upstreamFailure(route.getKey(), kind)));
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::time);
    }

    private void time(RoutingContext rc) {
        String path = rc.request().path();
        if (path == null || !path.startsWith("/q/")) {
            String route = routeOf(path);
            long start = System.nanoTime();
            rc.addEndHandler(ended -> answers(route, rc.response().getStatusCode())
                    .record(Duration.ofNanos(System.nanoTime() - start)));
        }
        rc.next();
    }

    /** Counts a failed call to the route's service. */
    Counter upstreamFailure(String route, String kind) {
        return Counter.builder("cajaga.gateway.upstream.failures")
                .description("Calls to a service that failed, by route and kind (unavailable, timeout, error)")
                .tag("route", route).tag("kind", kind).register(registry);
    }

    private String routeOf(String path) {
        if (path != null) {
            for (Map.Entry<String, GatewayConfig.Route> route : routes) {
                if (route.getValue().takes(path)) {
                    return route.getKey();
                }
            }
        }
        return OTHER;
    }

    private Timer answers(String route, int status) {
        return timers.computeIfAbsent(route + ' ' + status, key -> Timer.builder("cajaga.gateway.requests")
                .description("Answers of the gateway, by route and status")
                .tag("route", route).tag("status", String.valueOf(status))
                .serviceLevelObjectives(BUCKETS).register(registry));
    }
}
