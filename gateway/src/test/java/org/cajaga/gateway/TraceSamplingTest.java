package org.cajaga.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With {@code OTEL_TRACES_SAMPLER_ARG=0} the traces that begin at the gateway are not recorded, yet still have ids
 * that go upstream (flag 00) and into problems; a caller that sends a sampled traceparent keeps its decision.
 */
@QuarkusTest
@TestProfile(TraceSamplingTest.NothingRecorded.class)
class TraceSamplingTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    public static class NothingRecorded implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.traces.sampler.arg", "0");
        }
    }

    @Test
    void aTraceBegunHereIsPropagatedUnrecorded() {
        String seen = given().get("/api/v1/taxonomy/principles").then().statusCode(200)
                .extract().header("X-Seen-Traceparent");
        assertThat(seen).matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-00$").doesNotContain("0".repeat(32));
        String traceId = given().get("/api/v1/nothing-here").then().statusCode(404).extract().path("traceId");
        assertThat(traceId).matches("^[0-9a-f]{32}$").isNotEqualTo("0".repeat(32));
    }

    @Test
    void aCallersSampledTraceIsStillRecorded() {
        String seen = given().header("traceparent", "00-" + TRACE + "-00f067aa0ba902b7-01")
                .get("/api/v1/taxonomy/principles").then().statusCode(200).extract().header("X-Seen-Traceparent");
        assertThat(seen).startsWith("00-" + TRACE + "-").endsWith("-01");
    }
}
