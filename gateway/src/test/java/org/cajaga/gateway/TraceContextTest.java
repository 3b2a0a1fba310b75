package org.cajaga.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The gateway continues the caller's trace (W3C traceparent) or begins one, sends it upstream as the context of its
 * own span, and names it in every problem it answers.
 */
@QuarkusTest
class TraceContextTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN = "00f067aa0ba902b7";
    private static final String TRACEPARENT = "00-" + TRACE + "-" + CALLER_SPAN + "-01";
    private static final Pattern W3C = Pattern.compile("^00-([0-9a-f]{32})-([0-9a-f]{16})-0[01]$");

    @Test
    void theCallersTraceGoesUpstreamAsTheContextOfTheGatewaysSpan() {
        String seen = given().header("traceparent", TRACEPARENT).get("/api/v1/taxonomy/principles").then()
                .statusCode(200).extract().header("X-Seen-Traceparent");
        Matcher upstream = W3C.matcher(String.valueOf(seen));
        assertThat(upstream.matches()).as("traceparent sent upstream: %s", seen).isTrue();
        assertThat(upstream.group(1)).isEqualTo(TRACE);
        assertThat(upstream.group(2)).as("the parent is the gateway's span, not the caller's").isNotEqualTo(CALLER_SPAN);
    }

    @Test
    void withoutTraceparentTheGatewayBeginsATraceAndSendsIt() {
        String seen = given().get("/api/v1/taxonomy/principles").then().statusCode(200)
                .extract().header("X-Seen-Traceparent");
        Matcher upstream = W3C.matcher(String.valueOf(seen));
        assertThat(upstream.matches()).as("traceparent sent upstream: %s", seen).isTrue();
        assertThat(upstream.group(1)).isNotEqualTo(TRACE).isNotEqualTo("0".repeat(32));
        assertThat(seen).as("recorded by default (OTEL_TRACES_SAMPLER_ARG 1)").endsWith("-01");
    }

    @Test
    void theMergedDocumentDescribesTheTraceIdOfProblems() {
        given().queryParam("format", "json").get("/openapi").then().statusCode(200)
                .body("components.schemas.Problem.properties.traceId.pattern", is("^[0-9a-f]{32}$"));
    }

    @Test
    void theGatewaysProblemsCarryTheTraceIdOfTheTraceparentSent() {
        ProblemSchema problems = ProblemSchema.ofMergedDocument();
        Response refused = given().header("traceparent", TRACEPARENT).contentType("application/json").body("{}")
                .post("/api/v1/practices").then().statusCode(401).extract().response();
        assertThat(problems.check(refused).path("traceId").asText()).isEqualTo(TRACE);
        Response noRoute = given().header("traceparent", TRACEPARENT).get("/api/v1/nothing-here").then()
                .statusCode(404).extract().response();
        assertThat(problems.check(noRoute).path("traceId").asText()).isEqualTo(TRACE);
        Response broken = given().header("traceparent", TRACEPARENT).get("/api/v1/taxonomy/broken").then()
                .statusCode(502).extract().response();
        assertThat(problems.check(broken).path("traceId").asText()).isEqualTo(TRACE);
    }

    @Test
    void withoutTraceparentAProblemNamesTheTraceBegunHere() {
        JsonNode problem = ProblemSchema.ofMergedDocument().check(given().get("/api/v1/nothing-here").then()
                .statusCode(404).extract().response());
        assertThat(problem.path("traceId").asText()).matches("^[0-9a-f]{32}$").isNotEqualTo(TRACE);
    }
}
