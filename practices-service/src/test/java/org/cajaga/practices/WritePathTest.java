package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.cajaga.practices.Api.PRACTICES;
import static org.cajaga.practices.SampleRecords.chihuahuaSystem;
import static org.cajaga.practices.SampleRecords.editor;
import static org.cajaga.practices.SampleRecords.practice;
import static org.cajaga.practices.SampleRecords.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A practice written through {@code /practices}, pushed by source or pushed in bulk goes through one write path:
 * the same checks in the same order, the content normalised once, compared with the stored record and kept in
 * the history as stored.
 */
@QuarkusTest
class WritePathTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = "transparencia-chih";
    private static final String OUT_OF_SCOPE = "https://cajaga.mx/problems/out-of-scope";

    @Test
    void everyWayOfWritingChecksTheCallersScopeBeforeTheCodes() throws Exception {
        Map<String, Object> outside = with(practice("Ejemplo: Fuera y con código raro", "20067"),
                "principles", List.of("OPENNESS"));
        Map<String, Object> inside = with(practice("Ejemplo: Dentro y con código raro", "08037"),
                "principles", List.of("OPENNESS"));

        Api.create(chihuahuaSystem(), outside).then().statusCode(403).body("type", is(OUT_OF_SCOPE));
        bySource("WRITE-PATH-OUT", outside).then().statusCode(403).body("type", is(OUT_OF_SCOPE));
        Api.create(chihuahuaSystem(), inside).then().statusCode(422).body("violations.field", contains("principles"));
        bySource("WRITE-PATH-IN", inside).then().statusCode(422).body("violations.field", contains("principles"));
        bulk(line("WRITE-PATH-OUT", outside) + line("WRITE-PATH-IN", inside)).then().statusCode(200)
                .body("summary.rejected", is(2)).body("summary.retryable", is(0))
                .body("records[0].problems[0].status", is(403))
                .body("records[0].problems[0].type", is(OUT_OF_SCOPE))
                .body("records[1].problems[0].status", is(422))
                .body("records[1].problems[0].violations.field", contains("principles"));
    }

    @Test
    void contentIsNormalisedOnceComparedWithTheStoredRecordAndKeptInTheHistoryAsStored() throws Exception {
        Map<String, Object> tidy = practice("Ejemplo: Con espacios", "08037");
        Map<String, Object> untidy = with(with(with(tidy, "title", "  Ejemplo: Con espacios  "),
                "principles", List.of("TRANSPARENCY", "PARTICIPATION", "TRANSPARENCY")),
                "tags", List.of("presupuesto", "presupuesto"));

        Response created = bySource("WRITE-PATH-NORM", untidy);
        created.then().statusCode(201).body("title", is("Ejemplo: Con espacios"))
                .body("principles", contains("TRANSPARENCY", "PARTICIPATION")).body("tags", contains("presupuesto"))
                .body("language", is("es")).body("location.country", is("MX"));
        bySource("WRITE-PATH-NORM", tidy).then().statusCode(200).header("X-Upsert-Outcome", "unchanged")
                .body("version", is(0));
        bulk(line("WRITE-PATH-NORM", untidy)).then().statusCode(200).body("records[0].status", is("unchanged"))
                .body("records[0].id", is((String) created.path("id")));

        given().auth().oauth2(editor()).get(PRACTICES + "/" + created.path("id") + "/history").then().statusCode(200)
                .body("items.action", contains("CREATED"))
                .body("items[0].changes.find { it.field == 'title' }.newValue", is("Ejemplo: Con espacios"))
                .body("items[0].changes.find { it.field == 'tags' }.newValue", contains("presupuesto"))
                .body("items[0].changes.find { it.field == 'language' }.newValue", is("es"));
    }

    private static Response bySource(String externalId, Map<String, Object> record) {
        return given().auth().oauth2(chihuahuaSystem()).contentType(ContentType.JSON).body(record)
                .put(PRACTICES + "/by-source/" + SOURCE + "/" + externalId);
    }

    private static Response bulk(String ndjson) {
        return given().auth().oauth2(chihuahuaSystem()).contentType("application/x-ndjson; charset=UTF-8")
                .body(ndjson.getBytes(StandardCharsets.UTF_8))
                .queryParam("source", SOURCE).urlEncodingEnabled(false).post(PRACTICES + ":bulk");
    }

    private static String line(String externalId, Map<String, Object> record) throws Exception {
        return JSON.writeValueAsString(Map.of("externalId", externalId, "practice", record)) + "\n";
    }
}
