package org.cajaga.gateway.health;

import io.quarkus.oidc.runtime.TenantConfigBean;
import io.quarkus.oidc.runtime.TenantConfigContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The gateway's own readiness: it can verify tokens. That is so once quarkus-oidc holds the realm's
 * metadata and keys (it keeps them, so a Keycloak outage afterwards does not take the gateway out), or,
 * before that, when the realm's discovery document answers now (quarkus-oidc then loads it with the
 * next request). The upstreams are not part of it ({@link UpstreamHealth}).
 */
@Readiness
@ApplicationScoped
public class TokenVerificationReadiness implements HealthCheck {

    private final TenantConfigBean tenants;
    private final Optional<URI> realm;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    TokenVerificationReadiness(TenantConfigBean tenants,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<URI> realm) {
        this.tenants = tenants;
        this.realm = realm;
    }

    @Override
    public HealthCheckResponse call() {
        TenantConfigContext tenant = tenants.getDefaultTenant();
        if (tenant != null && tenant.ready()) {
            return HealthCheckResponse.named("token-verification").up().withData("keys", "loaded").build();
        }
        String discovery = realm.map(this::discovery).orElse("DOWN (no realm configured)");
        return HealthCheckResponse.named("token-verification").status("UP".equals(discovery))
                .withData("keys", "not loaded").withData("realm", discovery).build();
    }

    private String discovery(URI realmUrl) {
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(
                    URI.create(realmUrl.toString().replaceAll("/+$", "") + "/.well-known/openid-configuration"))
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
