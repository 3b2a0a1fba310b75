package org.cajaga.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.cajaga.testing.TestTokens;
import org.cajaga.testing.metrics.DashboardMetrics;
import org.cajaga.testing.metrics.Scrape;
import org.junit.jupiter.api.Test;

/** The gateway's answers by route and status, and its upstreams' failures by kind, at /q/metrics. */
@QuarkusTest
class GatewayMetricsTest {

    private static final String ANSWERS = "cajaga_gateway_requests_seconds_count";
    private static final String FAILURES = "cajaga_gateway_upstream_failures_total";
    private static final String KEPT_TOKENS = "cajaga_gateway_token_cache_size";

    @Test
    void answersCountByRouteAndStatusAndUpstreamFailuresByKind() {
        Scrape before = Scrape.now();
        given().get("/api/v1/taxonomy/principles").then().statusCode(200);
        given().get("/api/v1/evaluations/anything").then().statusCode(503);
        given().get("/api/v1/taxonomy/slow").then().statusCode(504);
        given().get("/api/v1/taxonomy/broken").then().statusCode(502);
        Scrape after = Scrape.now();

        assertThat(increase(before, after, ANSWERS, "route", "taxonomy", "status", "200")).isEqualTo(1);
        assertThat(increase(before, after, ANSWERS, "route", "evaluations", "status", "503")).isEqualTo(1);
        assertThat(increase(before, after, ANSWERS, "route", "taxonomy", "status", "504")).isEqualTo(1);
        assertThat(increase(before, after, ANSWERS, "route", "taxonomy", "status", "502")).isEqualTo(1);
        assertThat(increase(before, after, FAILURES, "route", "evaluations", "kind", "unavailable")).isEqualTo(1);
        assertThat(increase(before, after, FAILURES, "route", "taxonomy", "kind", "timeout")).isEqualTo(1);
        assertThat(increase(before, after, FAILURES, "route", "taxonomy", "kind", "error")).isEqualTo(1);
    }

    @Test
    void refusalsOfTheGatewayItselfCountUnderTheirRoute() {
        Scrape before = Scrape.now();
        given().contentType("application/json").body("{}").post("/api/v1/practices").then().statusCode(401);
        assertThat(increase(before, Scrape.now(), ANSWERS, "route", "practices", "status", "401")).isEqualTo(1);
    }

    @Test
    void aVerifiedTokenIsKeptOnceAndARefusedOneNever() {
        String token = TestTokens.forUser("kept-" + UUID.randomUUID(), "editor");
        Scrape before = Scrape.now();
        given().auth().oauth2(token).get("/api/v1/taxonomy/principles").then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/taxonomy/principles").then().statusCode(200);
        for (String refused : TestTokens.refused("kept-" + UUID.randomUUID(), "editor")) {
            given().auth().oauth2(refused).get("/api/v1/taxonomy/principles").then().statusCode(401);
        }
        assertThat(Scrape.now().value(KEPT_TOKENS) - before.value(KEPT_TOKENS)).isEqualTo(1);
    }

    @Test
    void idsInPathsNeverBecomeTagValues() {
        String id = UUID.randomUUID().toString();
        given().get("/api/v1/practices/" + id).then().statusCode(200);
        String exposition = given().accept("text/plain").get("/q/metrics").then().extract().asString();
        assertThat(exposition).doesNotContain(id).doesNotContain("uri=\"/api/v1/practices/");
    }

    @Test
    void everyGatewayMetricTheDashboardQueriesIsServed() {
        given().get("/api/v1/taxonomy/principles").then().statusCode(200);
        DashboardMetrics.assertServed("gateway");
    }

    private static double increase(Scrape before, Scrape after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }
}
