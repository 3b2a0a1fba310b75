package org.cajaga.gateway.health;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cajaga.gateway.config.GatewayConfig;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * The readiness of every upstream the gateway routes to, each reported by name, at
 * {@code /q/health/group/upstreams}. It is not part of the gateway's own readiness: a service that is
 * down costs its own routes (503 problems), not the gateway's place behind its load balancer.
 */
@HealthGroup(UpstreamHealth.GROUP)
@ApplicationScoped
public class UpstreamHealth implements HealthCheck {

    static final String GROUP = "upstreams";

    private final GatewayConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    UpstreamHealth(GatewayConfig config) {
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("upstreams").up();
        Map<URI, String> checked = new LinkedHashMap<>();
        config.routes().forEach((name, route) -> {
            String state = checked.computeIfAbsent(route.upstream(), this::readiness);
            response.withData(name, route.upstream() + " " + state);
            if (!"UP".equals(state)) {
                response.down();
            }
        });
        return response.build();
    }

    private String readiness(URI upstream) {
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(upstream.resolve("/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 200 ? "UP" : "DOWN (HTTP " + answer.statusCode() + ")";
        } catch (IOException unreachable) {
            return "DOWN (" + unreachable.getClass().getSimpleName() + ")";
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return "DOWN (interrupted)";
        }
    }
}
