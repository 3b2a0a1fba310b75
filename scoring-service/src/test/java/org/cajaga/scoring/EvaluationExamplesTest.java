package org.cajaga.scoring;

import static io.restassured.RestAssured.given;
import static org.cajaga.scoring.Evaluations.EVALUATIONS;
import static org.cajaga.scoring.Evaluations.evaluator;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The request examples of the published OpenAPI document are bodies the API accepts. */
@QuarkusTest
class EvaluationExamplesTest {

    @Test
    void theCreateAndReplaceExamplesAreAccepted() {
        JsonPath document = given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> create = document.getMap(
                "paths.'/api/v1/evaluations'.post.requestBody.content.'application/json'.examples.expertReview.value");
        Map<String, Object> replace = document.getMap(
                "paths.'/api/v1/evaluations/{id}'.put.requestBody.content.'application/json'.examples.moreVerdicts.value");
        PracticeStubs.practice(UUID.fromString((String) create.get("practiceId")), "PUBLISHED", true, "editora.demo");
        String token = evaluator("ejemplo-" + UUID.randomUUID());

        Response created = given().auth().oauth2(token).contentType(ContentType.JSON).body(create).post(EVALUATIONS);
        created.then().statusCode(201).contentType(ContentType.JSON)
                .body("status", equalTo("DRAFT"))
                .body("verdicts", hasSize(((List<?>) create.get("verdicts")).size()));

        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", created.header("ETag")).body(replace)
                .put(EVALUATIONS + "/" + created.path("id")).then().statusCode(200)
                .body("verdicts", hasSize(((List<?>) replace.get("verdicts")).size()));
    }
}
