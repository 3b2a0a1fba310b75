package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cajaga.practices.Api.PRACTICES;
import static org.cajaga.practices.SampleRecords.chihuahuaSystem;
import static org.cajaga.practices.SampleRecords.practice;
import static org.cajaga.practices.SampleRecords.with;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A push's call to taxonomy-service continues the pusher's trace (W3C traceparent, as a child of practices-service's
 * span) and carries its request id; the problem answered names the same trace.
 */
@QuarkusTest
class TracePropagationTest {

    private static final String TRACE = "0af7651916cd43dd8448eb211c80319c";
    private static final String CALLER_SPAN = "b7ad6b7169203331";

    @Test
    void theTaxonomyCheckOfAPushContinuesItsTraceAndCarriesItsRequestId() {
        String requestId = "push-" + UUID.randomUUID();
        // A code never seen before is never cached, so the push must ask taxonomy-service about it.
        String unknown = "TRACED_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase();
        given().auth().oauth2(chihuahuaSystem()).contentType(ContentType.JSON)
                .header("traceparent", "00-" + TRACE + "-" + CALLER_SPAN + "-01").header("X-Request-Id", requestId)
                .body(with(practice("Ejemplo: Traza de un envío", "08037"), "principles", List.of(unknown)))
                .put(PRACTICES + "/by-source/transparencia-chih/TRACE-1").then().statusCode(422)
                .body("requestId", is(requestId)).body("traceId", is(TRACE));

        List<Map<String, Object>> calls = given().contentType(ContentType.JSON)
                .body(Map.of("method", "POST", "url", "/api/v1/taxonomy/validation",
                        "headers", Map.of("X-Request-Id", Map.of("equalTo", requestId))))
                .post(TaxonomyControl.admin() + "/requests/find").then().statusCode(200).extract().path("requests");
        assertThat(calls).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> headers = (Map<String, Object>) calls.get(0).get("headers");
        String traceparent = String.valueOf(headers.get("traceparent"));
        assertThat(traceparent).matches("^00-" + TRACE + "-[0-9a-f]{16}-01$")
                .doesNotContain(CALLER_SPAN);
    }
}
