package org.cajaga.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.gateway.config.GatewayConfig;
import org.cajaga.gateway.problem.ProblemResponses;
import org.jboss.logging.Logger;

/**
 * {@code GET /openapi}: the merged document of all services (YAML, or JSON with {@code ?format=json}
 * or {@code Accept: application/json}), fetched from each service and cached for a minute; OpenAPI 3.0.3, or
 * 3.1 with {@code ?version=3.1} ({@link OpenApi31}, with a {@code webhooks} section). A service
 * that is down is left out (and logged) rather than failing the whole document.
 */
@Singleton
public class MergedOpenApi {

    private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);
    private static final Duration CACHE = Duration.ofMinutes(1);

    private final GatewayConfig config;
    private final ObjectMapper json = new ObjectMapper();
    private final YAMLMapper yaml = new YAMLMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile JsonNode cached;
    private volatile long cachedAt;

    MergedOpenApi(GatewayConfig config) {
        this.config = config;
    }

    void register(@Observes Router router, Vertx vertx) {
        router.get("/openapi").handler(rc -> vertx.<JsonNode>executeBlocking(this::document)
                .onSuccess(document -> send(rc, document))
                .onFailure(rc::fail));
    }

    /** The merged document, from the cache when it is fresh. */
    public JsonNode document() {
        if (cached == null || System.currentTimeMillis() - cachedAt > CACHE.toMillis()) {
            Map<String, JsonNode> documents = new LinkedHashMap<>();
            Map<URI, String> seen = new LinkedHashMap<>();
            config.routes().forEach((name, route) -> {
                String service = seen.putIfAbsent(route.upstream(), name);
                if (service == null) {
                    fetch(route.upstream()).ifPresent(document -> documents.put(name, document));
                }
            });
            cached = OpenApiMerger.merge(documents, config.publicUrl(), config.realmUrl());
            cachedAt = System.currentTimeMillis();
        }
        return cached;
    }

    private Optional<JsonNode> fetch(URI upstream) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(upstream.resolve("/q/openapi?format=json"))
                    .timeout(Duration.ofSeconds(5)).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return Optional.of(json.readTree(response.body()));
            }
            LOG.warnf("OpenAPI of %s answered %d; left out of the merged document", upstream, response.statusCode());
        } catch (IOException unreachable) {
            LOG.warnf("OpenAPI of %s unreachable (%s); left out of the merged document", upstream, unreachable.toString());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    private void send(RoutingContext rc, JsonNode merged) {
        String version = rc.request().getParam("version");
        if (version != null && !version.equals("3.0") && !version.equals("3.1")) {
            ProblemResponses.end(rc.request(), rc.response(), ProblemType.INVALID_PARAMETER,
                    "El parámetro 'version' debe ser 3.0 (predeterminado) o 3.1.",
                    "The 'version' parameter must be 3.0 (the default) or 3.1.");
            return;
        }
        JsonNode document = "3.1".equals(version) ? OpenApi31.of(merged) : merged;
        String format = rc.request().getParam("format");
        String accept = rc.request().getHeader("Accept");
        boolean asJson = "json".equalsIgnoreCase(format)
                || (format == null && accept != null && accept.contains("application/json"));
        try {
            rc.response().putHeader("Content-Type", asJson ? "application/json" : "application/yaml; charset=UTF-8")
                    .putHeader("Cache-Control", "max-age=60")
                    .end(asJson ? json.writeValueAsString(document) : yaml.writeValueAsString(document));
        } catch (IOException impossible) {
            rc.fail(impossible);
        }
    }
}
