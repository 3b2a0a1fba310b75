package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.cajaga.practices.Api.PRACTICES;
import static org.cajaga.practices.SampleRecords.chihuahuaSystem;
import static org.cajaga.practices.SampleRecords.editor;
import static org.cajaga.practices.SampleRecords.practice;
import static org.cajaga.practices.SampleRecords.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cajaga.support.paging.Cursor;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Every bound the OpenAPI document gives is the server's: one past it is a 400 or 422 problem, and
 * values outside what the database holds (years, instants, cursors) are refused before they reach it.
 */
@QuarkusTest
class BoundsTest {

    private static final String INVALID_PARAMETER = "https://cajaga.mx/problems/invalid-parameter";

    @Test
    void yearsOutsideTheirRangeAreRefused() {
        for (String year : List.of("1899", "2101", "99999999", "-5")) {
            search("yearFrom", year).statusCode(400).body("type", is(INVALID_PARAMETER));
            search("yearTo", year).statusCode(400).body("type", is(INVALID_PARAMETER));
        }
        search("yearFrom", "1900").statusCode(200);
        search("yearTo", "2100").statusCode(200);
    }

    @Test
    void instantsOutsideTheYearsAreRefused() {
        for (String instant : List.of("+300000-01-01T00:00:00Z", "2101-01-01T00:00:00Z", "1899-12-31T23:59:59Z")) {
            search("updatedSince", instant).statusCode(400).body("type", is(INVALID_PARAMETER));
        }
        search("updatedSince", "2100-12-31T23:59:59Z").statusCode(200);
    }

    @Test
    void aCursorFromOutsideTheYearsIsRefused() {
        String farFuture = Cursor.of("+300000-01-01T00:00:00Z", UUID.randomUUID().toString()).encode();
        search("cursor", farFuture).statusCode(400).body("type", is(INVALID_PARAMETER));
        given().queryParam("updatedSince", "2026-01-01T00:00:00Z").queryParam("cursor", farFuture).get(PRACTICES).then()
                .statusCode(400).body("type", is(INVALID_PARAMETER));
        String nul = Cursor.of("Ejemplo\u0000", UUID.randomUUID().toString()).encode();
        given().queryParam("sort", "TITLE").queryParam("cursor", nul).get(PRACTICES).then()
                .statusCode(400).body("type", is(INVALID_PARAMETER));
    }

    @Test
    void typedAndBoundedFiltersAreChecked() {
        search("cocreated", "quizá").statusCode(400).body("type", is(INVALID_PARAMETER));
        search("q", "a".repeat(501)).statusCode(400).body("type", is(INVALID_PARAMETER));
        search("q", "a".repeat(500)).statusCode(200);
        search("limit", "201").statusCode(400);
        search("sort", "Title").statusCode(400).body("type", is(INVALID_PARAMETER));
        search("state", "080").statusCode(400);
        given().queryParam("principle", Collections.nCopies(101, "TRANSPARENCY")).get(PRACTICES).then().statusCode(400)
                .body("type", is(INVALID_PARAMETER));
        given().queryParam("principle", Collections.nCopies(100, "TRANSPARENCY")).get(PRACTICES).then().statusCode(200);
        given().urlEncodingEnabled(false).queryParam("yearFrom", "2101").get(PRACTICES + ":export").then().statusCode(400);
        given().urlEncodingEnabled(false).queryParam("format", "xlsx").get(PRACTICES + ":export").then().statusCode(400);
    }

    @Test
    void bodyLimitsAreEnforced() {
        Map<String, Object> record = practice("Ejemplo: Límites", "08019");
        invalidField(with(record, "title", "T".repeat(301)), "title");
        invalidField(with(record, "tags", Collections.nCopies(31, "etiqueta")), "tags");
        invalidField(with(record, "principles", List.of("TRANSPARENCY", "PARTICIPATION", "INNOVATION", "ACCOUNTABILITY",
                "TRANSPARENCY")), "principles");
        invalidField(with(record, "sdgTargets", List.of("16.777")), "sdgTargets[0]");
        invalidField(with(record, "results", List.of(Map.of("name", "Colonias", "value", 1_000_000_000_001L))),
                "results[0].value");
        invalidField(with(record, "period", Map.of("start", "1899-12-31")), "period.withinYears");
        invalidField(with(record, "period", Map.of("start", "2021-03-01", "end", "2101-01-01")), "period.withinYears");
        invalidField(with(record, "location", Map.of("stateCode", "08", "municipalities", List.of("98023"))),
                "location.municipalitiesInState");
        Api.create(editor(), with(record, "title", "T".repeat(300))).then().statusCode(201);
    }

    @Test
    void pushKeysAndOtherBodiesAreBounded() {
        Map<String, Object> record = practice("Ejemplo: Clave larga", "08037");
        given().auth().oauth2(chihuahuaSystem()).contentType(ContentType.JSON).body(record)
                .put(PRACTICES + "/by-source/transparencia-chih/" + "X".repeat(201)).then().statusCode(422)
                .body("violations.in", contains("path"));
        given().auth().oauth2(chihuahuaSystem()).contentType(ContentType.JSON).body(record)
                .put(PRACTICES + "/by-source/" + "s".repeat(101) + "/PR-1").then().statusCode(422)
                .body("violations.in", contains("path"));
        given().auth().oauth2(chihuahuaSystem()).contentType("application/x-ndjson").body(new byte[0])
                .queryParam("source", "s".repeat(101)).urlEncodingEnabled(false).post(PRACTICES + ":bulk").then()
                .statusCode(400);

        String id = Api.published(practice("Ejemplo: Reflexión larga", "08019"));
        given().auth().oauth2(TestTokens.forUser("ana.academica")).contentType(ContentType.JSON)
                .body(Map.of("text", "r".repeat(5001), "sector", "ACADEMIA")).post(PRACTICES + "/" + id + "/reflections")
                .then().statusCode(422).body("violations.field", hasItem("text"));
        classify(id, 100001, "2026-05-01T10:00:00Z").statusCode(422).body("violations.field", hasItem("criteriaSetVersion"));
        classify(id, 1, "+300000-01-01T00:00:00Z").statusCode(422).body("violations.field", hasItem("decidedWithinYears"));
        classify(id, 1, "2026-05-01T10:00:00Z").statusCode(200);
    }

    private static ValidatableResponse classify(String id, int criteriaSetVersion, String decidedAt) {
        return given().auth().oauth2(TestTokens.forUser("service-account-scoring-service",
                        Map.of("azp", "scoring-service")))
                .contentType(ContentType.JSON)
                .body(Map.of("classification", "GOOD_PRACTICE", "criteriaSet", "mapeo-2022",
                        "criteriaSetVersion", criteriaSetVersion, "evaluationId", UUID.randomUUID().toString(),
                        "decidedAt", decidedAt))
                .put(PRACTICES + "/" + id + "/classification").then();
    }

    private static ValidatableResponse search(String parameter, String value) {
        return given().queryParam(parameter, value).get(PRACTICES).then();
    }

    private static void invalidField(Map<String, Object> record, String field) {
        Api.create(editor(), record).then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }
}
