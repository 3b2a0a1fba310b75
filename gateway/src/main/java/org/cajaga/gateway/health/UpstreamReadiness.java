package org.cajaga.gateway.health;

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
import org.eclipse.microprofile.health.Readiness;

/** Readiness of the gateway = readiness of every upstream it routes to, each reported by name. */
@Readiness
@ApplicationScoped
public class UpstreamReadiness implements HealthCheck {

    private final GatewayConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    UpstreamReadiness(GatewayConfig config) {
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
