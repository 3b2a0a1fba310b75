package org.cajaga.scoring;

import static io.restassured.RestAssured.given;
import static org.cajaga.scoring.Evaluations.EVALUATIONS;
import static org.cajaga.scoring.Evaluations.body;
import static org.cajaga.scoring.Evaluations.evaluator;
import static org.cajaga.scoring.Evaluations.verdictsAllMetExcept;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An evaluator's app that retries after a timeout gets its evaluation back, not a conflict. */
@QuarkusTest
class IdempotencyTest {

    private static Response start(String key, Map<String, Object> evaluation) {
        return given().auth().oauth2(evaluator("reintento")).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(evaluation).post(EVALUATIONS);
    }

    @Test
    void aRetriedEvaluationGetsTheFirstAnswerInsteadOfAConflict() {
        UUID practice = PracticeStubs.published(true);
        Map<String, Object> evaluation = body(practice, 1, "EXPERT_REVIEW", verdictsAllMetExcept(Set.of()));
        Response first = start("evaluate-" + practice, evaluation);
        first.then().statusCode(201);
        start("evaluate-" + practice, evaluation).then().statusCode(201)
                .header("Idempotent-Replayed", is("true"))
                .header("Location", is(first.header("Location")))
                .body("id", equalTo(first.path("id")));
        given().auth().oauth2(evaluator("reintento")).contentType(ContentType.JSON).body(evaluation).post(EVALUATIONS)
                .then().statusCode(409);
    }
}
