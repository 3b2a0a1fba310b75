package org.cajaga.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Stands in for the services behind the gateway. Each serves the OpenAPI document its real build
 * wrote (target/openapi), so the merged document is the real one; the evaluations route points at
 * a closed port, like a service that is down, while the stats route reaches the scoring stub.
 */
public class UpstreamStubs implements QuarkusTestResourceLifecycleManager {

    private WireMockServer taxonomy;
    private WireMockServer practices;
    private WireMockServer scoring;
    private WireMockServer notifications;

    @Override
    public Map<String, String> start() {
        taxonomy = started("taxonomy-service");
        practices = started("practices-service");
        scoring = started("scoring-service");
        notifications = started("notifications-service");
        taxonomy.stubFor(get(urlPathMatching("/api/v1/taxonomy/principles.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withHeader("X-Seen-Authorization", "{{request.headers.Authorization}}")
                .withHeader("X-Seen-Request-Id", "{{request.headers.X-Request-Id}}")
                .withHeader("X-Request-Id", "{{request.headers.X-Request-Id}}")
                .withHeader("X-Seen-Forwarded-For", "{{request.headers.X-Forwarded-For}}")
                .withHeader("X-Seen-Traceparent", "{{request.headers.traceparent}}")
                .withBody("{\"items\": [{\"code\": \"TRANSPARENCY\"}], \"path\": \"{{request.url}}\"}")
                .withTransformers("response-template")));
        taxonomy.stubFor(post(urlPathEqualTo("/api/v1/taxonomy/sectors")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": 403, \"title\": \"Acceso denegado\"}")));
        taxonomy.stubFor(get(urlPathEqualTo("/api/v1/taxonomy/slow")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(2500).withBody("{}")));
        taxonomy.stubFor(get(urlPathEqualTo("/api/v1/taxonomy/broken")).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "text/html").withHeader("X-Request-Id", "{{request.headers.X-Request-Id}}")
                .withTransformers("response-template").withBody("<h1>java.lang.NullPointerException at Foo</h1>")));
        practices.stubFor(any(urlPathMatching("/api/v1/practices.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withHeader("X-Seen-Length", "{{request.headers.Content-Length}}")
                .withBody("{\"method\": \"{{request.method}}\"}")
                .withTransformers("response-template")));
        taxonomy.stubFor(get(urlPathMatching("/api/v1/taxonomy/municipalities/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"servedBy\": \"taxonomy\"}")));
        practices.stubFor(get(urlPathMatching("/api/v1/taxonomy/municipalities/[^/]+/suggestions")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"servedBy\": \"practices\", \"path\": \"{{request.url}}\"}").withTransformers("response-template")));
        practices.stubFor(get(urlPathEqualTo("/api/v1/catalog")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/turtle").withBody("<urn:example:catalog> a <http://www.w3.org/ns/dcat#Catalog> .")));
        // Past the practices route's read timeout in the test profile (2 s), within its write timeout (8 s).
        practices.stubFor(any(urlPathEqualTo("/api/v1/practices/slow")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withFixedDelay(3500)
                .withBody("{\"method\": \"{{request.method}}\"}").withTransformers("response-template")));
        warmUp(taxonomy.baseUrl() + "/api/v1/taxonomy/principles");
        warmUp(practices.baseUrl() + "/api/v1/practices");
        return Map.of(
                "cajaga.gateway.routes.taxonomy.upstream", taxonomy.baseUrl(),
                "cajaga.gateway.routes.practices.upstream", practices.baseUrl(),
                "cajaga.gateway.routes.catalog.upstream", practices.baseUrl(),
                "cajaga.gateway.routes.suggestions.upstream", practices.baseUrl(),
                "cajaga.gateway.routes.evaluations.upstream", "http://localhost:" + closedPort(),
                "cajaga.gateway.routes.stats.upstream", scoring.baseUrl(),
                "cajaga.gateway.routes.subscriptions.upstream", notifications.baseUrl());
    }

    @Override
    public void stop() {
        taxonomy.stop();
        practices.stop();
        scoring.stop();
        notifications.stop();
    }

    private static WireMockServer started(String service) {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        server.stubFor(get(urlPathEqualTo("/q/health/ready")).willReturn(aResponse().withStatus(200).withBody("{}")));
        server.stubFor(get(urlPathEqualTo("/q/openapi")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(openApiOf(service))));
        return server;
    }

    private static String openApiOf(String service) {
        try {
            return Files.readString(Path.of("..", service, "target", "openapi", "openapi.json"));
        } catch (IOException missing) {
            throw new UncheckedIOException("Build " + service + " first (it writes target/openapi)", missing);
        }
    }

    /**
     * WireMock's first templated answer takes a second or more on a busy machine, past the taxonomy
     * route's test timeout; the tests' first call should not pay for it.
     */
    private static void warmUp(String url) {
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException unreachable) {
            throw new UncheckedIOException(unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
