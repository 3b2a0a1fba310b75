package org.cajaga.scoring;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.cajaga.testing.TestTokens;

/**
 * Stands in for taxonomy-service (criteria-set versions and lessons learned, as the real service serves them), for
 * practices-service (records registered by each test, the classification endpoint) and for
 * Keycloak's token endpoint (client credentials for the scoring-service account). It listens on a port of its own
 * choosing that stays the same when a test ({@link InjectUpstream}) stops and starts it again.
 */
public class UpstreamStubs implements QuarkusTestResourceLifecycleManager {

    static final String TOKEN = TestTokens.forUser("service-account-scoring-service", Map.of("azp", "scoring-service"));

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().port(freePort()).extensions(new OutboxRowLock()));
        server.start();
        server.stubFor(get("/api/v1/taxonomy/criteria-sets/mapeo-2022/versions/1")
                .willReturn(okJson(CriteriaVersions.version(1, "PUBLISHED", 80))));
        server.stubFor(get("/api/v1/taxonomy/criteria-sets/mapeo-2022/versions/2")
                .willReturn(okJson(CriteriaVersions.version(2, "PUBLISHED", 75))));
        server.stubFor(get("/api/v1/taxonomy/criteria-sets/mapeo-2022/versions/3")
                .willReturn(okJson(CriteriaVersions.version(3, "DRAFT", 75))));
        TaxonomyLessons.serve(server);
        server.stubFor(get(urlPathMatching("/api/v1/taxonomy/criteria-sets/.*"))
                .atPriority(10).willReturn(aResponse().withStatus(404)));
        server.stubFor(put(urlPathMatching("/api/v1/practices/[^/]+/classification"))
                .willReturn(okJson("{}")));
        server.stubFor(post("/realms/cajaga/protocol/openid-connect/token")
                .willReturn(okJson("{\"access_token\": \"" + TOKEN + "\", \"token_type\": \"Bearer\", \"expires_in\": 300}")));
        return Map.of(
                "quarkus.rest-client.taxonomy.url", server.baseUrl(),
                "quarkus.rest-client.practices.url", server.baseUrl(),
                "quarkus.oidc-client.auth-server-url", server.baseUrl() + "/realms/cajaga",
                "cajaga.scoring.outbox.poll", "200ms");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(InjectUpstream.class, WireMockServer.class));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
