package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cajaga.practices.Api.PRACTICES;
import static org.cajaga.practices.SampleRecords.chihuahuaSystem;
import static org.cajaga.practices.SampleRecords.editor;
import static org.cajaga.practices.SampleRecords.practice;
import static org.cajaga.practices.SampleRecords.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Text sent decomposed (NFD, as macOS and some browsers send it) is stored and answered composed (NFC),
 * whichever way it comes: a JSON body, a merge patch, an NDJSON or CSV bulk push, a search parameter.
 */
@QuarkusTest
class UnicodeNormalisationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TITLE = "Ejemplo: Participaci\u00f3n de j\u00f3venes en el alumbrado p\u00fablico";
    private static final String TAG = "alumbrado p\u00fablico";
    private static final String ACTOR = "Red Acad\u00e9mica de Le\u00f3n";

    /** The decomposed spelling of a text that has accents (so that it differs from the composed one). */
    private static String nfd(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(text);
        return decomposed;
    }

    private static Map<String, Object> decomposedRecord(String municipality) {
        Map<String, Object> record = with(practice(nfd(TITLE), municipality), "tags", List.of(nfd(TAG)));
        return with(record, "actors", List.of(Map.of("name", nfd(ACTOR), "sector", "ACADEMIA")));
    }

    private static void assertComposed(Response practice) {
        practice.then().statusCode(200).body("title", is(TITLE)).body("summary", is("Resumen de " + TITLE))
                .body("tags", contains(TAG)).body("actors[0].name", is(ACTOR));
    }

    @Test
    void aDecomposedRecordIsStoredComposed() {
        Response created = Api.create(editor(), decomposedRecord("08037"));
        created.then().statusCode(201).body("title", is(TITLE)).body("tags", contains(TAG));
        assertComposed(given().auth().oauth2(editor()).get(PRACTICES + "/" + created.path("id")));
    }

    @Test
    void aDecomposedMergePatchIsStoredComposed() {
        Response created = Api.create(editor(), practice("Ejemplo: Registro por corregir", "08037"));
        String renamed = "Ejemplo: Consulta p\u00fablica corregida";
        given().auth().oauth2(editor()).contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", created.header("ETag"))
                .body("{\"title\": \"" + nfd(renamed) + "\", \"tags\": [\"" + nfd(TAG) + "\"]}")
                .patch(PRACTICES + "/" + created.path("id")).then().statusCode(200)
                .body("title", is(renamed)).body("tags", contains(TAG));
        given().auth().oauth2(editor()).get(PRACTICES + "/" + created.path("id")).then().statusCode(200)
                .body("title", is(renamed)).body("tags", contains(TAG));
    }

    @Test
    void aDecomposedNdjsonPushIsStoredComposed() throws Exception {
        String line = JSON.writeValueAsString(Map.of("externalId", "NFC-1", "practice", decomposedRecord("08037")));
        Response report = push("application/x-ndjson; charset=UTF-8", line + "\n");
        report.then().statusCode(200).body("records.status", contains("created"));
        assertComposed(given().auth().oauth2(editor()).get(PRACTICES + "/" + report.path("records[0].id")));
    }

    @Test
    void aDecomposedCsvPushIsStoredComposedJsonEscapesIncluded() {
        String actors = "\"[{\"\"name\"\": \"\"Red Acade\\u0301mica de Leo\\u0301n\"\", \"\"sector\"\": \"\"ACADEMIA\"\"}]\"";
        String csv = "externalId,title,summary,description,stateCode,municipalities,cocreated,tags,actors\n"
                + "NFC-CSV-1," + nfd(TITLE) + "," + nfd("Resumen de " + TITLE) + ",\"" + nfd("Descripci\u00f3n, con coma")
                + "\",08,08037," + nfd("s\u00ed") + "," + nfd(TAG) + "," + actors + "\n";
        Response report = push("text/csv; charset=UTF-8", csv);
        report.then().statusCode(200).body("records.status", contains("created"));
        Response stored = given().auth().oauth2(editor()).get(PRACTICES + "/" + report.path("records[0].id"));
        assertComposed(stored);
        stored.then().body("description", is("Descripci\u00f3n, con coma")).body("coCreation.cocreated", is(true));
    }

    @Test
    void aDecomposedSearchIsTheComposedOne() {
        Api.published(with(practice("Ejemplo: Censo del alumbrado p\u00fablico", "14120"), "tags", List.of(TAG)));
        Api.published(with(practice("Ejemplo: Mapa del alumbrado p\u00fablico", "14120"), "tags", List.of(TAG)));
        Response composed = search(TAG);
        Response decomposed = search(nfd(TAG));
        composed.then().statusCode(200);
        decomposed.then().statusCode(200);
        assertThat(decomposed.jsonPath().getList("items.id")).hasSize(1).isEqualTo(composed.jsonPath().getList("items.id"));
        // the same request for caches and for the next page
        assertThat(decomposed.header("ETag")).isEqualTo(composed.header("ETag"));
        assertThat(decomposed.header("Link")).isEqualTo(composed.header("Link")).contains("p%C3%BAblico");
    }

    private static Response search(String q) {
        return given().queryParam("q", q).queryParam("municipality", "14120").queryParam("limit", 1).get(PRACTICES);
    }

    private static Response push(String contentType, String body) {
        return given().auth().oauth2(chihuahuaSystem()).contentType(contentType)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .queryParam("source", "bulk-system").urlEncodingEnabled(false).post(PRACTICES + ":bulk");
    }

    @Test
    void theDocumentSaysTextIsTakenInNfc() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.description", startsWith("Catalogue of municipal open-government practices"))
                .body("info.description", containsString("Text is taken in Unicode NFC"));
    }
}
