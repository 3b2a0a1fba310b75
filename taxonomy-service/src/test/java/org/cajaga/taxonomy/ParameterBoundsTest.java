package org.cajaga.taxonomy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Each bound the document states is the bound the service enforces: the bound itself passes, one more is refused. */
@QuarkusTest
class ParameterBoundsTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String MUNICIPALITIES = "/api/v1/taxonomy/municipalities";

    private static String curator() {
        return TestTokens.forUser("carla.curator", "curator");
    }

    @Test
    void limitStopsAtTwoHundred() {
        given().queryParam("limit", 200).get(MUNICIPALITIES).then().statusCode(200).body("items.size()", is(200));
        refused(given().queryParam("limit", 201).get(MUNICIPALITIES));
    }

    @Test
    void searchTextStopsAtOneHundredCharacters() {
        given().queryParam("q", "a".repeat(100)).get(MUNICIPALITIES).then().statusCode(200).body("items.size()", is(0));
        refused(given().queryParam("q", "a".repeat(101)).get(MUNICIPALITIES));
        refused(given().queryParam("q", "a".repeat(101)).get("/api/v1/taxonomy/states/08/municipalities"));
    }

    @Test
    void codesInPathsAndQueriesHaveTheirDocumentedForm() {
        given().queryParam("state", "08").get(MUNICIPALITIES).then().statusCode(200);
        refused(given().queryParam("state", "080").get(MUNICIPALITIES));
        given().get("/api/v1/taxonomy/principles/" + "A".repeat(40)).then().statusCode(404);
        refused(given().get("/api/v1/taxonomy/principles/" + "A".repeat(41)));
        refused(given().get("/api/v1/taxonomy/principles/transparency"));
        given().get("/api/v1/taxonomy/criteria-sets/" + "m".repeat(60)).then().statusCode(404);
        refused(given().get("/api/v1/taxonomy/criteria-sets/" + "m".repeat(61)));
        given().get("/api/v1/taxonomy/sdg/targets/17.19").then().statusCode(200);
        refused(given().get("/api/v1/taxonomy/sdg/targets/17.190"));
        refused(given().get("/api/v1/taxonomy/sdg/indicators/17.19.100"));
    }

    @Test
    void numbersInPathsAndQueriesStopAtTheirMaximum() {
        given().get("/api/v1/taxonomy/sdg/goals/99").then().statusCode(404);
        refused(given().get("/api/v1/taxonomy/sdg/goals/100"));
        refused(given().get("/api/v1/taxonomy/sdg/goals/0"));
        given().queryParam("goal", 99).get("/api/v1/taxonomy/sdg/targets").then().statusCode(404);
        refused(given().queryParam("goal", 100).get("/api/v1/taxonomy/sdg/targets"));
        given().get("/api/v1/taxonomy/criteria-sets/mapeo-2022/versions/9999").then().statusCode(404);
        refused(given().get("/api/v1/taxonomy/criteria-sets/mapeo-2022/versions/10000"));
    }

    @Test
    void ifMatchStopsAtTwoHundredCharacters() {
        given().auth().oauth2(curator()).contentType(ContentType.JSON).header("If-Match", "\"" + "0".repeat(198) + "\"")
                .body(termChange("Transparencia", 1)).put("/api/v1/taxonomy/principles/TRANSPARENCY").then().statusCode(412);
        refused(given().auth().oauth2(curator()).contentType(ContentType.JSON).header("If-Match", "\"" + "0".repeat(199) + "\"")
                .body(termChange("Transparencia", 1)).put("/api/v1/taxonomy/principles/TRANSPARENCY"));
    }

    @Test
    void namesStopAtTwoHundredCharactersAndPositionsAtTenThousand() {
        given().auth().oauth2(curator()).contentType(ContentType.JSON)
                .body(newSector("LONG_NAME", "n".repeat(200), 10000)).post("/api/v1/taxonomy/sectors").then().statusCode(201);
        given().auth().oauth2(curator()).contentType(ContentType.JSON)
                .body(newSector("TOO_LONG_NAME", "n".repeat(201), 10001)).post("/api/v1/taxonomy/sectors").then()
                .statusCode(422).contentType(PROBLEM)
                .body("violations.field", hasItem("name.es"))
                .body("violations.field", hasItem("position"));
        given().get("/api/v1/taxonomy/sectors/TOO_LONG_NAME").then().statusCode(404);
    }

    @Test
    void codeListsStopAtFiveThousandCodesOfSixtyFourCharacters() {
        given().contentType(ContentType.JSON).body(Map.of("principles", Collections.nCopies(5000, "P".repeat(64))))
                .post("/api/v1/taxonomy/validation").then().statusCode(200).body("valid", is(false));
        given().contentType(ContentType.JSON).body(Map.of("principles", Collections.nCopies(5001, "TRANSPARENCY")))
                .post("/api/v1/taxonomy/validation").then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", hasItem("principles"));
        given().contentType(ContentType.JSON).body(Map.of("municipalities", List.of("0".repeat(65)), "sdgGoals", List.of(100)))
                .post("/api/v1/taxonomy/validation").then().statusCode(422)
                .body("violations.field", hasItem("municipalities[0]"))
                .body("violations.field", hasItem("sdgGoals[0]"));
        given().contentType(ContentType.JSON)
                .body(Map.of("criteriaSetVersions", Collections.nCopies(101, Map.of("code", "mapeo-2022", "number", 1))))
                .post("/api/v1/taxonomy/validation").then().statusCode(422)
                .body("violations.field", hasItem("criteriaSetVersions"));
    }

    private static void refused(Response response) {
        response.then().statusCode(oneOf(400, 422)).contentType(PROBLEM);
    }

    private static String termChange(String name, int position) {
        return "{\"name\": {\"es\": \"" + name + "\", \"en\": \"" + name + "\"},"
                + " \"description\": {\"es\": \"Descripción\", \"en\": \"Description\"}, \"position\": " + position + "}";
    }

    private static String newSector(String code, String name, int position) {
        return "{\"code\": \"" + code + "\", \"name\": {\"es\": \"" + name + "\", \"en\": \"Name\"},"
                + " \"description\": {\"es\": \"Descripción\", \"en\": \"Description\"}, \"position\": " + position + "}";
    }
}
