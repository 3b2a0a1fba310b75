package org.cajaga.taxonomy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** A published version never changes; change comes as a new draft that is edited and published. */
@QuarkusTest
class CriteriaSetLifecycleTest {

    private static final String SETS = "/api/v1/taxonomy/criteria-sets";
    private static final String PROBLEM = "application/problem+json";

    private static String curator() {
        return TestTokens.forUser("carla.curator", "curator");
    }

    @Test
    void aPublishedVersionIsImmutable() {
        String etag = given().get(SETS + "/mapeo-2022/versions/1").then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(curator()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(content("75", "NEW_ONE")).put(SETS + "/mapeo-2022/versions/1").then()
                .statusCode(409).contentType(PROBLEM)
                .body("type", is("https://cajaga.mx/problems/immutable"));
        given().auth().oauth2(curator()).header("If-Match", etag).post(SETS + "/mapeo-2022/versions/1/publish").then()
                .statusCode(409);
        given().auth().oauth2(curator()).header("If-Match", etag).delete(SETS + "/mapeo-2022/versions/1").then()
                .statusCode(409);
        given().get(SETS + "/mapeo-2022/versions/1").then().statusCode(200)
                .header("ETag", is(etag)).body("criteria", hasSize(12)).body("rule.classes[1].minPercentMet", is(80.0f));
    }

    @Test
    void aNewVersionIsDraftedEditedAndPublishedWhileTheOldOneStaysAsItWas() {
        createSet("lifecycle-demo");
        Response first = given().auth().oauth2(curator()).post(SETS + "/lifecycle-demo/versions");
        first.then().statusCode(201).body("number", is(1)).body("status", is("DRAFT")).body("criteria", hasSize(0));
        given().auth().oauth2(curator()).header("If-Match", first.header("ETag"))
                .post(SETS + "/lifecycle-demo/versions/1/publish").then()
                .statusCode(409).body("type", is("https://cajaga.mx/problems/invalid-state"));

        Response edited = given().auth().oauth2(curator()).contentType(ContentType.JSON)
                .header("If-Match", first.header("ETag"))
                .body(content("100", "OPENNESS", "RESULTS")).put(SETS + "/lifecycle-demo/versions/1");
        edited.then().statusCode(200).body("criteria.code", contains("OPENNESS", "RESULTS"));
        given().auth().oauth2(curator()).header("If-Match", first.header("ETag"))
                .post(SETS + "/lifecycle-demo/versions/1/publish").then().statusCode(412).contentType(PROBLEM);
        given().auth().oauth2(curator()).header("If-Match", edited.header("ETag"))
                .post(SETS + "/lifecycle-demo/versions/1/publish").then().statusCode(200)
                .body("status", is("PUBLISHED")).body("publishedAt", notNullValue());

        Response second = given().auth().oauth2(curator()).post(SETS + "/lifecycle-demo/versions");
        second.then().statusCode(201).body("number", is(2)).body("criteria.code", contains("OPENNESS", "RESULTS"));
        given().auth().oauth2(curator()).post(SETS + "/lifecycle-demo/versions").then().statusCode(409)
                .body("type", is("https://cajaga.mx/problems/invalid-state"));
        given().get(SETS + "/lifecycle-demo/versions/current").then().statusCode(200).body("number", is(1));

        Response secondEdited = given().auth().oauth2(curator()).contentType(ContentType.JSON)
                .header("If-Match", second.header("ETag"))
                .body(content("75", "OPENNESS", "RESULTS", "EVIDENCE", "REPLICABILITY"))
                .put(SETS + "/lifecycle-demo/versions/2");
        secondEdited.then().statusCode(200).body("rule.classes[1].minPercentMet", is(75));
        given().auth().oauth2(curator()).header("If-Match", secondEdited.header("ETag"))
                .post(SETS + "/lifecycle-demo/versions/2/publish").then().statusCode(200);

        given().get(SETS + "/lifecycle-demo/versions/current").then().statusCode(200)
                .body("number", is(2)).body("rule.classes[1].minPercentMet", is(75.0f)).body("criteria", hasSize(4));
        given().get(SETS + "/lifecycle-demo/versions/1").then().statusCode(200)
                .body("rule.classes[1].minPercentMet", is(100.0f)).body("criteria", hasSize(2));
        given().get(SETS + "/lifecycle-demo").then().statusCode(200)
                .body("currentVersion", is(2)).body("versions.number", contains(1, 2));
    }

    @Test
    void aDraftCanBeDiscarded() {
        createSet("discard-demo");
        Response draft = given().auth().oauth2(curator()).post(SETS + "/discard-demo/versions");
        given().auth().oauth2(curator()).delete(SETS + "/discard-demo/versions/1").then().statusCode(428);
        given().auth().oauth2(curator()).header("If-Match", draft.header("ETag"))
                .delete(SETS + "/discard-demo/versions/1").then().statusCode(204);
        given().get(SETS + "/discard-demo/versions/1").then().statusCode(404);
        given().get(SETS + "/discard-demo/versions/current").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void invalidDraftContentIsRefusedFieldByField() {
        createSet("invalid-demo");
        Response draft = given().auth().oauth2(curator()).post(SETS + "/invalid-demo/versions");
        given().auth().oauth2(curator()).contentType(ContentType.JSON).header("If-Match", draft.header("ETag"))
                .body("{\"rule\": {\"emblematicMinPercentMet\": 70, \"emblematicRequiresCoCreation\": true,"
                        + " \"goodPracticeMinPercentMet\": 101}, \"criteria\": [" + criterion("DUP") + ", " + criterion("DUP") + "]}")
                .put(SETS + "/invalid-demo/versions/1").then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("rule.goodPracticeMinPercentMet", "rule.thresholdOrder",
                        "uniqueCodes"));
        given().auth().oauth2(curator()).contentType(ContentType.JSON).header("If-Match", draft.header("ETag"))
                .body("{\"rule\": {\"emblematicMinPercentMet\": 100, \"emblematicRequiresCoCreation\": true,"
                        + " \"goodPracticeMinPercentMet\": 80}, \"criteria\": []}")
                .put(SETS + "/invalid-demo/versions/1").then().statusCode(422)
                .body("violations.field", contains("criteria"));
    }

    @Test
    void onlyCuratorsAndAdminsWriteAndUnknownSetsAreNotFound() {
        given().post(SETS + "/mapeo-2022/versions").then().statusCode(401);
        given().auth().oauth2(TestTokens.forUser("ed", "evaluator")).post(SETS + "/mapeo-2022/versions").then()
                .statusCode(403);
        given().auth().oauth2(curator()).post(SETS + "/no-such-set/versions").then().statusCode(404);
        given().get(SETS + "/mapeo-2022/versions/99").then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.forUser("ada", "admin")).contentType(ContentType.JSON)
                .body(newSet("mapeo-2022")).post(SETS).then().statusCode(409)
                .body("type", is("https://cajaga.mx/problems/already-exists"));
    }

    @Test
    void readsAreCacheableWithEtags() {
        String etag = given().get(SETS + "/mapeo-2022/versions/current").then().statusCode(200)
                .header("Cache-Control", is("max-age=300")).extract().header("ETag");
        given().header("If-None-Match", etag).get(SETS + "/mapeo-2022/versions/current").then().statusCode(304);
        given().header("If-None-Match", etag).header("Accept-Language", "en")
                .get(SETS + "/mapeo-2022/versions/current").then().statusCode(200);
        String list = given().get(SETS).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", list).get(SETS).then().statusCode(304);
    }

    private static void createSet(String code) {
        given().auth().oauth2(curator()).contentType(ContentType.JSON).body(newSet(code)).post(SETS).then()
                .statusCode(201).body("code", is(code));
    }

    private static String newSet(String code) {
        return "{\"code\": \"" + code + "\", \"name\": {\"es\": \"Prueba\", \"en\": \"Test\"},"
                + " \"description\": {\"es\": \"Conjunto de prueba\", \"en\": \"Test set\"}}";
    }

    private static String content(String goodPracticePercent, String... codes) {
        StringBuilder criteria = new StringBuilder();
        for (String code : codes) {
            criteria.append(criteria.isEmpty() ? "" : ", ").append(criterion(code));
        }
        return "{\"rule\": {\"emblematicMinPercentMet\": 100, \"emblematicRequiresCoCreation\": true,"
                + " \"goodPracticeMinPercentMet\": " + goodPracticePercent + "}, \"criteria\": [" + criteria + "]}";
    }

    private static String criterion(String code) {
        return "{\"code\": \"" + code + "\", \"name\": {\"es\": \"Criterio " + code + "\", \"en\": \"Criterion " + code + "\"},"
                + " \"description\": {\"es\": \"Descripción\", \"en\": \"Description\"}}";
    }
}
