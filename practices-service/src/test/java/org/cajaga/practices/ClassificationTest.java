package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.cajaga.practices.Api.PRACTICES;
import static org.cajaga.practices.SampleRecords.practice;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Only scoring-service's account sets classifications; deliveries are idempotent and never go back in time. */
@QuarkusTest
class ClassificationTest {

    private static final String SCORING = TestTokens.forUser("service-account-scoring-service",
            Map.of("azp", "scoring-service"));

    @Test
    void scoringServiceSetsItIdempotentlyAndOlderDecisionsAreIgnored() {
        String id = Api.published(practice("Ejemplo: Clasificada", "08037"));
        String url = PRACTICES + "/" + id + "/classification";
        given().auth().oauth2(SampleRecords.editor()).contentType(ContentType.JSON)
                .body(decision("EMBLEMATIC", "2026-05-01T10:00:00Z")).put(url).then().statusCode(403);
        given().contentType(ContentType.JSON).body(decision("EMBLEMATIC", "2026-05-01T10:00:00Z")).put(url).then()
                .statusCode(401);
        given().auth().oauth2(SCORING).contentType(ContentType.JSON).body(decision("GOOD_PRACTICE", "2026-05-01T10:00:00Z"))
                .put(url).then().statusCode(200).body("classification.value", is("GOOD_PRACTICE"))
                .body("classification.criteriaSet", is("mapeo-2022")).body("version", is(3));
        given().auth().oauth2(SCORING).contentType(ContentType.JSON).body(decision("GOOD_PRACTICE", "2026-05-01T10:00:00Z"))
                .put(url).then().statusCode(200).body("version", is(3));
        given().auth().oauth2(SCORING).contentType(ContentType.JSON).body(decision("NOT_CLASSIFIED", "2026-04-01T10:00:00Z"))
                .put(url).then().statusCode(200).body("classification.value", is("GOOD_PRACTICE"));
        given().queryParam("classification", "GOOD_PRACTICE").queryParam("municipality", "08037").get(PRACTICES).then()
                .body("items.id", org.hamcrest.Matchers.hasItem(id));
        given().auth().oauth2(SampleRecords.editor()).get(PRACTICES + "/" + id + "/history").then()
                .body("items.action", contains("CREATED", "SUBMITTED", "PUBLISHED", "CLASSIFIED"));
        given().auth().oauth2(SCORING).contentType(ContentType.JSON).body("{\"classification\": \"GREAT\"}").put(url).then()
                .statusCode(400);
        given().auth().oauth2(SCORING).contentType(ContentType.JSON).body("{\"classification\": \"EMBLEMATIC\"}").put(url)
                .then().statusCode(422);
    }

    private static String decision(String classification, String decidedAt) {
        return "{\"classification\": \"" + classification + "\", \"criteriaSet\": \"mapeo-2022\", \"criteriaSetVersion\": 1,"
                + " \"evaluationId\": \"01936b8e-7c1a-7d2e-9f00-3b4c5d6e7f80\", \"decidedAt\": \"" + decidedAt + "\"}";
    }
}
