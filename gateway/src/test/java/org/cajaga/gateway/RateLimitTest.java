package org.cajaga.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Limits per OAuth client and per anonymous IP, announced in headers; past them a 429 problem. */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cajaga.gateway.rate-limit.client-per-minute", "3",
                    "cajaga.gateway.rate-limit.user-per-minute", "2",
                    "cajaga.gateway.rate-limit.anonymous-per-minute", "2",
                    // An hour, so that a slow build machine does not earn a request back between two of the test's
                    "cajaga.gateway.rate-limit.period", "PT1H",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        }
    }

    @Test
    void eachClientHasItsOwnBudget() {
        String portal = TestTokens.forUser("portal-sa", Map.of("azp", "portal"));
        String mobile = TestTokens.forUser("ana", Map.of("azp", "mobile-app", "sub", "ana-sub"));
        for (int remaining = 2; remaining >= 0; remaining--) {
            given().auth().oauth2(portal).get("/api/v1/taxonomy/principles").then().statusCode(200)
                    .header("RateLimit-Limit", "3").header("RateLimit-Remaining", String.valueOf(remaining));
        }
        ProblemSchema.ofMergedDocument().check(given().auth().oauth2(portal).get("/api/v1/taxonomy/principles").then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[0-9]+"))
                .header("RateLimit-Remaining", "0")
                .body("status", is(429)).body("title", is("Demasiadas solicitudes")).extract().response());
        given().auth().oauth2(mobile).get("/api/v1/taxonomy/principles").then().statusCode(200);
    }

    @Test
    void eachUserOfAPublicClientHasTheirOwnBudget() {
        String ana = TestTokens.forUser("ana", Map.of("azp", "swagger-ui", "sub", "sub-ana"));
        String anaAgain = TestTokens.forUser("ana", Map.of("azp", "swagger-ui", "sub", "sub-ana"));
        String luis = TestTokens.forUser("luis", Map.of("azp", "swagger-ui", "sub", "sub-luis"));
        given().auth().oauth2(ana).get("/api/v1/taxonomy/principles").then().statusCode(200)
                .header("RateLimit-Limit", "2").header("RateLimit-Remaining", "1");
        given().auth().oauth2(anaAgain).get("/api/v1/taxonomy/principles").then().statusCode(200)
                .header("RateLimit-Remaining", "0");
        given().auth().oauth2(ana).get("/api/v1/taxonomy/principles").then().statusCode(429);
        given().auth().oauth2(luis).get("/api/v1/taxonomy/principles").then().statusCode(200)
                .header("RateLimit-Remaining", "1");
    }

    @Test
    void aTrustedProxyNamesTheClientInXForwardedFor() {
        // The tests connect from 127.0.0.1, the one trusted proxy in this profile.
        for (int i = 0; i < 2; i++) {
            given().header("X-Forwarded-For", "203.0.113.7").get("/api/v1/taxonomy/principles").then().statusCode(200);
        }
        given().header("X-Forwarded-For", "203.0.113.7").get("/api/v1/taxonomy/principles").then().statusCode(429);
        given().header("X-Forwarded-For", "203.0.113.8").get("/api/v1/taxonomy/principles").then().statusCode(200)
                .header("RateLimit-Remaining", "1");
    }

    @Test
    void anUntrustedPeerCannotChooseItsBucketWithXForwardedFor() {
        String principles = "/api/v1/taxonomy/principles";
        assertThat(fromUntrustedPeer(principles, "198.51.100.1").status()).isEqualTo(200);
        assertThat(fromUntrustedPeer(principles, "198.51.100.2").status()).isEqualTo(200);
        RawExchange third = fromUntrustedPeer(principles, "198.51.100.3");
        assertThat(third.status()).isEqualTo(429);
        assertThat(third.header("RateLimit-Remaining")).containsExactly("0");
    }

    private static RawExchange fromUntrustedPeer(String target, String forwardedFor) {
        return RawExchange.sendFrom("127.0.0.2", "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n"
                + "X-Forwarded-For: " + forwardedFor + "\r\n\r\n");
    }

    @Test
    void anonymousCallersAreLimitedPerAddress() {
        given().get("/api/v1/taxonomy/principles").then().statusCode(200).header("RateLimit-Limit", "2");
        given().get("/api/v1/taxonomy/principles").then().statusCode(200);
        given().header("Accept-Language", "en").get("/api/v1/taxonomy/principles").then().statusCode(429)
                .body("title", is("Too many requests"));
    }
}
