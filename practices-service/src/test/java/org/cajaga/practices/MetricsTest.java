package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cajaga.practices.Api.PRACTICES;
import static org.cajaga.practices.SampleRecords.chihuahuaSystem;
import static org.cajaga.practices.SampleRecords.editor;
import static org.cajaga.practices.SampleRecords.practice;
import static org.cajaga.practices.SampleRecords.with;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.cajaga.testing.metrics.DashboardMetrics;
import org.cajaga.testing.metrics.Scrape;
import org.junit.jupiter.api.Test;

/** What pushes did, counted for operators at /q/metrics: each outcome, and each refusal under its problem type. */
@QuarkusTest
class MetricsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PUSHED = "cajaga_practices_records_pushed_total";
    private static final String REJECTED = "cajaga_practices_records_rejected_total";

    @Test
    void singleWritesCountWhatTheyDidAndWhyTheyWereRefused() {
        Scrape before = Scrape.now();
        Response created = Api.create(editor(), practice("Ejemplo: Métrica de alta", "08037"));
        given().auth().oauth2(editor()).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(practice("Ejemplo: Métrica de alta", "08037")).put(PRACTICES + "/" + created.path("id"))
                .then().statusCode(200);
        given().auth().oauth2(editor()).contentType(ContentType.JSON)
                .body(with(practice("Ejemplo: Sin título", "08037"), "title", "")).post(PRACTICES)
                .then().statusCode(422).body("type", is("https://cajaga.mx/problems/invalid-data"));
        given().auth().oauth2(editor()).contentType(ContentType.JSON).body("{\"title\": ").post(PRACTICES)
                .then().statusCode(400).body("type", is("https://cajaga.mx/problems/malformed"));
        Scrape after = Scrape.now();

        assertThat(increase(before, after, PUSHED, "push", "single", "outcome", "created")).isEqualTo(1);
        assertThat(increase(before, after, PUSHED, "push", "single", "outcome", "unchanged")).isEqualTo(1);
        assertThat(increase(before, after, PUSHED, "push", "single", "outcome", "rejected")).isEqualTo(2);
        assertThat(increase(before, after, REJECTED, "push", "single", "reason", "invalid-data")).isEqualTo(1);
        assertThat(increase(before, after, REJECTED, "push", "single", "reason", "malformed")).isEqualTo(1);
    }

    @Test
    void pushesBySourceCountTheirOutcomesAndRefusals() {
        Scrape before = Scrape.now();
        String url = PRACTICES + "/by-source/transparencia-chih/METRICS-1";
        Map<String, Object> record = practice("Ejemplo: Métrica por fuente", "08037");
        given().auth().oauth2(chihuahuaSystem()).contentType(ContentType.JSON).body(record).put(url).then().statusCode(201);
        given().auth().oauth2(chihuahuaSystem()).contentType(ContentType.JSON)
                .body(with(record, "summary", "Otro resumen")).put(url).then().statusCode(200);
        given().auth().oauth2(chihuahuaSystem()).contentType(ContentType.JSON)
                .body(practice("Ejemplo: Métrica fuera de alcance", "20067"))
                .put(PRACTICES + "/by-source/transparencia-chih/METRICS-OUT").then().statusCode(403)
                .body("type", is("https://cajaga.mx/problems/out-of-scope"));
        given().auth().oauth2(chihuahuaSystem()).contentType(ContentType.JSON).body(record)
                .put(PRACTICES + "/by-source/transparencia-oax/METRICS-2").then().statusCode(403)
                .body("type", is("https://cajaga.mx/problems/not-allowed"));
        Scrape after = Scrape.now();

        assertThat(increase(before, after, PUSHED, "push", "source", "outcome", "created")).isEqualTo(1);
        assertThat(increase(before, after, PUSHED, "push", "source", "outcome", "updated")).isEqualTo(1);
        assertThat(increase(before, after, PUSHED, "push", "source", "outcome", "rejected")).isEqualTo(2);
        assertThat(increase(before, after, REJECTED, "push", "source", "reason", "out-of-scope")).isEqualTo(1);
        assertThat(increase(before, after, REJECTED, "push", "source", "reason", "not-allowed")).isEqualTo(1);
    }

    @Test
    void aBulkPushCountsEachRecordUnderItsOutcomeOrReason() throws Exception {
        String batch = line("METRICS-B1", practice("Ejemplo: Métrica en lote", "14039")) + "\n"
                + line("METRICS B2", practice("Ejemplo: Id con espacio", "14039")) + "\n"
                + line("METRICS-B3", practice("Ejemplo: Lote fuera de alcance", "20067")) + "\n"
                + line("METRICS-B4", with(practice("Ejemplo: Principio desconocido", "14039"), "principles",
                        java.util.List.of("OPENNESS"))) + "\n";
        Scrape before = Scrape.now();
        given().auth().oauth2(chihuahuaSystem()).contentType("application/x-ndjson; charset=UTF-8")
                .body(batch.getBytes(StandardCharsets.UTF_8)).queryParam("source", "bulk-system")
                .urlEncodingEnabled(false).post(PRACTICES + ":bulk").then().statusCode(200)
                .body("summary.created", is(1)).body("summary.rejected", is(3));
        Scrape after = Scrape.now();

        assertThat(increase(before, after, PUSHED, "push", "bulk", "outcome", "created")).isEqualTo(1);
        assertThat(increase(before, after, PUSHED, "push", "bulk", "outcome", "rejected")).isEqualTo(3);
        assertThat(increase(before, after, REJECTED, "push", "bulk", "reason", "malformed")).isEqualTo(1);
        assertThat(increase(before, after, REJECTED, "push", "bulk", "reason", "out-of-scope")).isEqualTo(1);
        assertThat(increase(before, after, REJECTED, "push", "bulk", "reason", "invalid-data")).isEqualTo(1);
    }

    @Test
    void everyPracticesMetricTheDashboardQueriesIsServed() {
        DashboardMetrics.assertServed("practices");
    }

    private static double increase(Scrape before, Scrape after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }

    private static String line(String externalId, Map<String, Object> record) throws Exception {
        return JSON.writeValueAsString(Map.of("externalId", externalId, "practice", record));
    }
}
