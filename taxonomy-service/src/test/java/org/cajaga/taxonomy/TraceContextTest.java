package org.cajaga.taxonomy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** A problem names the trace of its request: the caller's traceparent, or one begun here when none came. */
@QuarkusTest
class TraceContextTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + TRACE + "-00f067aa0ba902b7-01";

    @Test
    void aProblemCarriesTheTraceIdOfTheTraceparentSent() {
        given().header("traceparent", TRACEPARENT).header("X-Request-Id", "traced-404")
                .get("/api/v1/taxonomy/principles/NOPE").then().statusCode(404).contentType(PROBLEM)
                .body("requestId", is("traced-404"))
                .body("traceId", is(TRACE));
    }

    @Test
    void problemsAnsweredBeforeTheRestLayerCarryItToo() {
        given().header("traceparent", TRACEPARENT).auth().oauth2("not-a-jwt")
                .get("/api/v1/taxonomy/principles").then().statusCode(401).contentType(PROBLEM)
                .body("traceId", is(TRACE));
        given().header("traceparent", TRACEPARENT).auth().oauth2(TestTokens.forUser("carla.curator", "curator"))
                .contentType("application/json").body("{\"code\": \"lower case\"}")
                .post("/api/v1/taxonomy/sectors").then().statusCode(422).contentType(PROBLEM)
                .body("traceId", is(TRACE));
    }

    @Test
    void withoutTraceparentTheProblemNamesATraceBegunHere() {
        given().get("/api/v1/taxonomy/principles/NOPE").then().statusCode(404).contentType(PROBLEM)
                .body("traceId", matchesPattern("^[0-9a-f]{32}$"))
                .body("traceId", not(is("00000000000000000000000000000000")))
                .body("traceId", not(is(TRACE)));
    }
}
