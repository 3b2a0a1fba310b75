package org.cajaga.gateway.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** While Redis does not answer, each gateway still limits, in its own memory, and says so in its metrics. */
@QuarkusTest
@TestProfile(RateLimitStoreOutageTest.RedisNowhere.class)
class RateLimitStoreOutageTest {

    public static class RedisNowhere implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cajaga.gateway.rate-limit.anonymous-per-minute", "2",
                    "cajaga.gateway.rate-limit.period", "PT1H",
                    "cajaga.gateway.rate-limit.redis-url", "redis://127.0.0.1:1",
                    "cajaga.gateway.rate-limit.redis-timeout", "PT0.3S");
        }
    }

    @Test
    void requestsAreStillLimitedAndNeverRefusedForTheOutage() {
        given().get("/api/v1/taxonomy/principles").then().statusCode(200).header("RateLimit-Remaining", "1");
        given().get("/api/v1/taxonomy/principles").then().statusCode(200).header("RateLimit-Remaining", "0");
        given().get("/api/v1/taxonomy/principles").then().statusCode(429);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .containsPattern("cajaga_gateway_rate_limit_store_failures_total(\\{[^}]*\\})? [3-9]")
                .containsPattern("cajaga_gateway_rate_limit_refusals_total\\{budget=\"ip\"[^}]*\\} 1");
    }
}
