package org.cajaga.gateway.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.cajaga.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** With Redis configured, what another replica counted counts here too. */
@QuarkusTest
@TestProfile(SharedRateLimitTest.InRedis.class)
class SharedRateLimitTest {

    public static class InRedis implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cajaga.gateway.rate-limit.client-per-minute", "3",
                    "cajaga.gateway.rate-limit.period", "PT1H",
                    "cajaga.gateway.rate-limit.redis-url",
                    System.getenv().getOrDefault("CAJAGA_TEST_REDIS", "redis://127.0.0.1:6379"),
                    "cajaga.gateway.rate-limit.redis-prefix", "cajaga-test:" + UUID.randomUUID() + ":",
                    "cajaga.gateway.rate-limit.redis-timeout", "PT10S");
        }
    }

    @Inject
    Vertx vertx;

    @ConfigProperty(name = "cajaga.gateway.rate-limit.redis-prefix")
    String prefix;

    @Test
    void whatAnotherReplicaCountedCountsHere() throws Exception {
        RedisCounters otherReplica = new RedisCounters(vertx,
                System.getenv().getOrDefault("CAJAGA_TEST_REDIS", "redis://127.0.0.1:6379"), prefix, 10_000);
        otherReplica.hit(new Budget("client:portal", "client", 3, 3_600_000)).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        otherReplica.hit(new Budget("client:portal", "client", 3, 3_600_000)).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        otherReplica.close();
        String portal = TestTokens.forUser("portal-sa", Map.of("azp", "portal"));
        given().auth().oauth2(portal).get("/api/v1/taxonomy/principles").then().statusCode(200)
                .header("RateLimit-Remaining", "0");
        given().auth().oauth2(portal).get("/api/v1/taxonomy/principles").then().statusCode(429)
                .header("Retry-After", matchesPattern("1[12][0-9][0-9]"));
    }
}
