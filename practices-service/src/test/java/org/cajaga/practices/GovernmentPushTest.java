package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.cajaga.practices.Api.PRACTICES;
import static org.cajaga.practices.SampleRecords.chihuahuaSystem;
import static org.cajaga.practices.SampleRecords.editor;
import static org.cajaga.practices.SampleRecords.otherSystem;
import static org.cajaga.practices.SampleRecords.practice;
import static org.cajaga.practices.SampleRecords.systemWithoutSources;
import static org.cajaga.practices.SampleRecords.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** Government systems push records idempotently, only for their own municipalities and under their own sources. */
@QuarkusTest
class GovernmentPushTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOT_ALLOWED = "https://cajaga.mx/problems/not-allowed";

    @Inject
    SessionFactory sessions;

    @Test
    void anUpsertCreatesThenChangesNothingThenUpdates() {
        String url = PRACTICES + "/by-source/transparencia-chih/PR-001";
        Map<String, Object> record = practice("Ejemplo: Contraloría social de obra", "08037");
        Response created = given().auth().oauth2(chihuahuaSystem()).contentType(ContentType.JSON).body(record).put(url);
        created.then().statusCode(201).header("X-Upsert-Outcome", "created")
                .body("source.system", is("transparencia-chih")).body("source.externalId", is("PR-001"));
        given().auth().oauth2(chihuahuaSystem()).contentType(ContentType.JSON).body(record).put(url).then()
                .statusCode(200).header("X-Upsert-Outcome", "unchanged").body("version", is(0))
                .body("id", is((String) created.path("id")));
        given().auth().oauth2(chihuahuaSystem()).contentType(ContentType.JSON)
                .body(with(record, "summary", "Nuevo resumen")).put(url).then()
                .statusCode(200).header("X-Upsert-Outcome", "updated").body("version", is(1));
        given().auth().oauth2(editor()).contentType(ContentType.JSON).body(record).put(url).then().statusCode(403);
    }

    @Test
    void aSystemWritesOnlyItsOwnMunicipalitiesAndRecords() {
        given().auth().oauth2(chihuahuaSystem()).contentType(ContentType.JSON)
                .body(practice("Ejemplo: Fuera de alcance", "20067"))
                .put(PRACTICES + "/by-source/transparencia-chih/PR-OUT").then().statusCode(403)
                .body("type", is("https://cajaga.mx/problems/out-of-scope"));
        given().auth().oauth2(chihuahuaSystem()).contentType(ContentType.JSON)
                .body(practice("Ejemplo: Jalisco por prefijo", "14039"))
                .put(PRACTICES + "/by-source/transparencia-chih/PR-JAL").then().statusCode(201);

        Response own = Api.create(chihuahuaSystem(), practice("Ejemplo: Registro propio", "08037"));
        String id = own.path("id");
        given().auth().oauth2(chihuahuaSystem()).contentType(ContentType.JSON).header("If-Match", own.header("ETag"))
                .body(practice("Ejemplo: Mudanza a Oaxaca", "20067")).put(PRACTICES + "/" + id).then().statusCode(403)
                .body("type", is("https://cajaga.mx/problems/out-of-scope"));
        given().auth().oauth2(otherSystem()).contentType(ContentType.JSON).header("If-Match", own.header("ETag"))
                .body(practice("Ejemplo: Ajeno", "20067")).put(PRACTICES + "/" + id).then().statusCode(404);
        given().auth().oauth2(chihuahuaSystem()).get(PRACTICES + "/" + id).then().statusCode(200);
        given().auth().oauth2(otherSystem()).get(PRACTICES + "/" + id).then().statusCode(404);
        given().auth().oauth2(otherSystem()).contentType(ContentType.JSON)
                .body(practice("Ejemplo: Robo de registro", "20067"))
                .put(PRACTICES + "/by-source/transparencia-chih/PR-001-STEAL").then().statusCode(403)
                .body("type", is(NOT_ALLOWED));
    }

    @Test
    void aSystemPushesOnlyUnderTheSourcesItsClientOwns() {
        given().auth().oauth2(chihuahuaSystem()).contentType(ContentType.JSON)
                .body(practice("Ejemplo: Fuente propia", "08037"))
                .put(PRACTICES + "/by-source/transparencia-chih/SRC-1").then().statusCode(201)
                .body("source.system", is("transparencia-chih"));
        given().auth().oauth2(otherSystem()).contentType(ContentType.JSON)
                .body(practice("Ejemplo: Fuente propia de Oaxaca", "20067"))
                .put(PRACTICES + "/by-source/transparencia-oax/SRC-1").then().statusCode(201)
                .body("source.system", is("transparencia-oax"));

        given().auth().oauth2(otherSystem()).contentType(ContentType.JSON)
                .body(practice("Ejemplo: Fuente ajena", "20067"))
                .put(PRACTICES + "/by-source/transparencia-chih/SRC-2").then().statusCode(403)
                .contentType("application/problem+json").body("type", is(NOT_ALLOWED))
                .body("detail", containsString("'transparencia-chih'"));
        given().auth().oauth2(otherSystem()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(practice("Ejemplo: Fuente ajena", "20067"))
                .put(PRACTICES + "/by-source/transparencia-chih/SRC-2").then().statusCode(403)
                .body("detail", is("Your client may not push practices with the source 'transparencia-chih': "
                        + "it is not in the token claim 'sources'."));
        given().auth().oauth2(systemWithoutSources()).contentType(ContentType.JSON)
                .body(practice("Ejemplo: Sin fuentes", "20067"))
                .put(PRACTICES + "/by-source/transparencia-oax/SRC-3").then().statusCode(403)
                .body("type", is(NOT_ALLOWED)).body("detail", containsString("'transparencia-oax'"));
        // The foreign pushes stored nothing: the key is still free for its owner.
        given().auth().oauth2(chihuahuaSystem()).contentType(ContentType.JSON)
                .body(practice("Ejemplo: Fuente propia, segunda", "08037"))
                .put(PRACTICES + "/by-source/transparencia-chih/SRC-2").then().statusCode(201);
    }

    @Test
    void aBulkPushUnderAForeignSourceRejectsEveryRecord() throws Exception {
        String batch = line("F-1", practice("Ejemplo: Bulk ajeno", "20067")) + "\n{not json\n"
                + line("F-2", practice("Ejemplo: Bulk ajeno dos", "20067")) + "\n";
        for (String token : List.of(otherSystem(), systemWithoutSources())) {
            given().auth().oauth2(token).contentType("application/x-ndjson; charset=UTF-8")
                    .body(batch.getBytes(StandardCharsets.UTF_8)).queryParam("source", "bulk-system")
                    .urlEncodingEnabled(false).post(PRACTICES + ":bulk").then().statusCode(200)
                    .body("summary.received", is(3)).body("summary.rejected", is(3))
                    .body("records.status", contains("rejected", "rejected", "rejected"))
                    .body("records[0].problems[0].status", is(403))
                    .body("records[0].problems[0].type", is(NOT_ALLOWED))
                    .body("records[0].problems[0].detail", containsString("'bulk-system'"))
                    .body("records[1].problems[0].status", is(400))
                    .body("records[2].problems[0].type", is(NOT_ALLOWED))
                    .body("records.id", contains(nullValue(), nullValue(), nullValue()));
        }
        given().auth().oauth2(editor()).queryParam("q", "Bulk ajeno").queryParam("status", "DRAFT").get(PRACTICES)
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void aBulkPushReportsEveryRecordAndReSendingChangesNothing() throws Exception {
        String batch = String.join("\n",
                line("B-1", practice("Ejemplo: Bulk uno", "08037")),
                line("B-2", with(practice("Ejemplo: Bulk dos", "08037"), "principles", List.of("OPENNESS"))),
                "{not json",
                line("B-3", practice("Ejemplo: Bulk fuera", "20067")),
                line("B-4", with(practice("Ejemplo: Bulk sin título", "08037"), "title", "")),
                "",
                line("B-5", practice("Ejemplo: Bulk Jalisco", "14120")),
                "{\"externalId\": \"B-6\", \"practice\": {}, \"extra\": 1}") + "\n";
        Response first = push(batch);
        first.then().statusCode(200)
                .body("summary.received", is(7)).body("summary.created", is(2)).body("summary.rejected", is(5))
                .body("records.line", contains(1, 2, 3, 4, 5, 7, 8))
                .body("records.externalId", contains("B-1", "B-2", null, "B-3", "B-4", "B-5", "B-6"))
                .body("records.status", contains("created", "rejected", "rejected", "rejected", "rejected", "created",
                        "rejected"))
                .body("records[0].id", notNullValue())
                .body("records[1].problems[0].status", is(422))
                .body("records[1].problems[0].violations[0].field", is("principles"))
                .body("records[1].problems[0].violations[0].message", is("unknown code 'OPENNESS'"))
                .body("records[2].problems[0].status", is(400))
                .body("records[3].problems[0].status", is(403))
                .body("records[3].problems[0].type", is("https://cajaga.mx/problems/out-of-scope"))
                .body("records[3].id", nullValue())
                .body("records[4].problems[0].violations.field", contains("title"))
                .body("records[6].problems[0].status", is(400))
                .body("records[6].problems[0].detail", is("El campo 'extra' no existe o tiene un tipo equivocado."));
        push(batch).then().statusCode(200)
                .body("summary.created", is(0)).body("summary.unchanged", is(2)).body("summary.updated", is(0))
                .body("records[0].id", is((String) first.path("records[0].id")));
        given().auth().oauth2(editor()).queryParam("q", "Bulk fuera").queryParam("status", "DRAFT").get(PRACTICES)
                .then().statusCode(200).body("items.title", hasItem("Ejemplo: Bulk uno"))
                .body("items.title", not(hasItem("Ejemplo: Bulk fuera")));
    }

    @Test
    void aCsvPushWorksLikeNdjsonAndABadHeaderRefusesTheFile() {
        String csv = "\uFEFFexternalId,title,summary,description,stateCode,municipalities,cocreated,principles,sdgTargets,actors\n"
                + "C-1,Ejemplo: CSV uno,Resumen,\"Descripción, con coma\",08,08037,true,TRANSPARENCY;PARTICIPATION,16.7,"
                + "\"[{\"\"name\"\": \"\"Red Ejemplo\"\", \"\"sector\"\": \"\"ACADEMIA\"\"}]\"\n"
                + "C-2,Ejemplo: CSV dos,Resumen,Descripción,20,20067,true,,,\n"
                + "C-3,Ejemplo: CSV tres,Resumen,Descripción,08,08037,quizá,,,\n";
        given().auth().oauth2(chihuahuaSystem()).contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .queryParam("source", "csv-system").urlEncodingEnabled(false).post(PRACTICES + ":bulk").then().statusCode(200)
                .body("records.line", contains(2, 3, 4))
                .body("records.status", contains("created", "rejected", "rejected"))
                .body("records[1].problems[0].status", is(403))
                .body("records[2].problems[0].detail", is("la columna 'cocreated' debe ser true o false, no 'quizá'"));
        given().auth().oauth2(chihuahuaSystem()).contentType("text/csv").body("externalId,titulo\nX,Y\n")
                .queryParam("source", "csv-system").urlEncodingEnabled(false).post(PRACTICES + ":bulk").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(chihuahuaSystem()).contentType("text/csv").body(csv)
                .urlEncodingEnabled(false).post(PRACTICES + ":bulk").then().statusCode(400);
        given().auth().oauth2(editor()).contentType("text/csv").body(csv).queryParam("source", "csv-system")
                .urlEncodingEnabled(false).post(PRACTICES + ":bulk").then().statusCode(403);
        given().auth().oauth2(chihuahuaSystem()).contentType(ContentType.XML).body("<x/>").queryParam("source", "s")
                .urlEncodingEnabled(false).post(PRACTICES + ":bulk").then().statusCode(415);
    }

    @Test
    void aBulkPushWritesInBatchesAndEachRowOnce() throws Exception {
        StringBuilder batch = new StringBuilder();
        for (int n = 1; n <= 200; n++) {
            batch.append(line("BATCH-" + n, practice("Ejemplo: Lote " + n, "14039"))).append('\n');
        }
        sessions.getStatistics().clear();
        push(batch.toString()).then().statusCode(200).body("summary.created", is(200));
        // 200 practices and 200 history rows: at 100 rows per JDBC batch, a handful of statements
        assertThat(sessions.getStatistics().getPrepareStatementCount()).isLessThan(20);
        // each row written once: no history row or practice updated after its insert (bench/README.md)
        assertThat(sessions.getStatistics().getEntityInsertCount()).isEqualTo(400);
        assertThat(sessions.getStatistics().getEntityUpdateCount()).isZero();
    }

    private static Response push(String ndjson) {
        return given().auth().oauth2(chihuahuaSystem()).contentType("application/x-ndjson; charset=UTF-8")
                .body(ndjson.getBytes(StandardCharsets.UTF_8))
                .queryParam("source", "bulk-system").urlEncodingEnabled(false).post(PRACTICES + ":bulk");
    }

    private static String line(String externalId, Map<String, Object> record) throws Exception {
        return JSON.writeValueAsString(Map.of("externalId", externalId, "practice", record));
    }
}
