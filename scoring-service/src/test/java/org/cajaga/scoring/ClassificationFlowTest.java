package org.cajaga.scoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cajaga.scoring.Evaluations.EVALUATIONS;
import static org.cajaga.scoring.Evaluations.admin;
import static org.cajaga.scoring.Evaluations.evaluator;
import static org.cajaga.scoring.Evaluations.score;
import static org.cajaga.scoring.Evaluations.submitted;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClassificationFlowTest {

    @Test
    void aTieWaitsForADecidingReviewByAnAdmin() {
        UUID practice = PracticeStubs.published(true);
        submitted(evaluator("ana"), practice, 1, Set.of());
        submitted(evaluator("beto"), practice, 1, Set.of("SUSTAINABILITY"));
        score(practice).then().statusCode(200)
                .body("classification", equalTo("PENDING"))
                .body("needsDecidingReview", equalTo(true))
                .body("criteria[6].verdict", equalTo("DISPUTED"))
                .body("criteria[6].agreementPercent", equalTo(50.0f));
        given().auth().oauth2(evaluator("carla")).get(EVALUATIONS + "/disputes?limit=200").then().statusCode(200)
                .body("items.practiceId", hasItem(practice.toString()));

        Map<String, Object> decision = Map.of("criteriaSet", "mapeo-2022", "criteriaSetVersion", 1, "decisions",
                List.of(Map.of("criterion", "SUSTAINABILITY", "verdict", "MET", "justification", "Presupuesto multianual.")));
        decide(evaluator("carla"), practice, decision).then().statusCode(403);
        decide(admin(), practice, Map.of("criteriaSet", "mapeo-2022", "criteriaSetVersion", 1, "decisions",
                List.of(Map.of("criterion", "INNOVATION", "verdict", "MET", "justification", "x"))))
                .then().statusCode(409).body("type", equalTo("https://cajaga.mx/problems/invalid-state"));
        decide(admin(), practice, Map.of("criteriaSet", "mapeo-2022", "criteriaSetVersion", 1, "decisions",
                List.of(Map.of("criterion", "KINDNESS", "verdict", "MET", "justification", "x"))))
                .then().statusCode(422).body("violations[0].field", equalTo("decisions[0].criterion"));
        decide(admin(), UUID.randomUUID(), decision).then().statusCode(404);

        decide(admin(), practice, decision).then().statusCode(200)
                .body("classification", equalTo("EMBLEMATIC"))
                .body("needsDecidingReview", equalTo(false))
                .body("criteria[6].verdict", equalTo("MET"))
                .body("criteria[6].settledBy", equalTo("DECIDING_REVIEW"));
    }

    @Test
    void aFurtherEvaluatorBreaksATieToo() {
        UUID practice = PracticeStubs.published(false);
        submitted(evaluator("ana"), practice, 1, Set.of("RESULTS"));
        submitted(evaluator("beto"), practice, 1, Set.of());
        submitted(evaluator("carla"), practice, 1, Set.of("RESULTS"));

        score(practice).then().statusCode(200)
                .body("classification", equalTo("GOOD_PRACTICE"))
                .body("criteriaMet", equalTo(11))
                .body("criteria[3].verdict", equalTo("NOT_MET"))
                .body("criteria[3].agreementPercent", equalTo(66.67f))
                .body("agreement.evaluations", equalTo(3));
    }

    @Test
    void aSecondVersionWithAnotherThresholdClassifiesDifferentlyWithoutCodeChange() {
        UUID practice = PracticeStubs.published(false);
        Set<String> threeMissing = Set.of("RESULTS", "EVIDENCE", "AGENDA2030");
        for (String who : List.of("ana", "beto")) {
            submitted(evaluator(who), practice, 1, threeMissing);
        }
        given().queryParam("criteriaSet", "mapeo-2022").queryParam("criteriaSetVersion", "1")
                .get(EVALUATIONS + "/practices/" + practice + "/score").then().statusCode(200)
                .body("classification", equalTo("NOT_CLASSIFIED")).body("percentMet", equalTo(75.0f));

        for (String who : List.of("ana", "beto")) {
            submitted(evaluator(who), practice, 2, threeMissing);
        }
        given().queryParam("criteriaSet", "mapeo-2022").queryParam("criteriaSetVersion", "2")
                .get(EVALUATIONS + "/practices/" + practice + "/score").then().statusCode(200)
                .body("classification", equalTo("GOOD_PRACTICE"))
                .body("rule.minPercentMet", equalTo(75));
        score(practice).then().body("criteriaSetVersion", equalTo(2));
    }

    @Test
    void theClassificationReachesPracticesServiceWithTheServiceAccountToken() {
        UUID practice = PracticeStubs.published(true);
        submitted(evaluator("ana"), practice, 1, Set.of());
        submitted(evaluator("beto"), practice, 1, Set.of());
        String consolidation = score(practice).then().extract().path("consolidationId");

        await().atMost(Duration.ofSeconds(10)).until(() -> !PracticeStubs.classificationsSent(practice).isEmpty());
        LoggedRequest sent = PracticeStubs.classificationsSent(practice).get(0);
        assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + UpstreamStubs.TOKEN);
        JsonPath body = JsonPath.from(sent.getBodyAsString());
        assertThat(body.getString("classification")).isEqualTo("EMBLEMATIC");
        assertThat(body.getString("criteriaSet")).isEqualTo("mapeo-2022");
        assertThat(body.getInt("criteriaSetVersion")).isEqualTo(1);
        assertThat(body.getString("evaluationId")).isEqualTo(consolidation);
        assertThat(body.getString("decidedAt")).isNotBlank();
        assertThat(body.getMap("")).containsOnlyKeys("classification", "criteriaSet", "criteriaSetVersion",
                "evaluationId", "decidedAt");
    }

    @Test
    void nothingIsLostWhilePracticesServiceIsDown() throws InterruptedException {
        PracticeStubs.classificationEndpoint(Fault.CONNECTION_RESET_BY_PEER);
        try {
            UUID practice = PracticeStubs.published(false);
            submitted(evaluator("ana"), practice, 1, Set.of());
            submitted(evaluator("beto"), practice, 1, Set.of());
            await().atMost(Duration.ofSeconds(15)).until(() -> OutboxProbe.attempts(practice) >= 2);
            PracticeStubs.classificationEndpointStatus(503);
            int refusedSoFar = OutboxProbe.attempts(practice);
            await().atMost(Duration.ofSeconds(15)).until(() -> OutboxProbe.attempts(practice) >= refusedSoFar + 2);
            assertThat(OutboxProbe.delivered(practice)).isFalse();

            PracticeStubs.classificationEndpointUp();
            await().atMost(Duration.ofSeconds(15)).until(() -> OutboxProbe.delivered(practice));
            int attempts = OutboxProbe.attempts(practice);
            Thread.sleep(1500);
            assertThat(OutboxProbe.attempts(practice)).as("delivered, then no more attempts").isEqualTo(attempts);
            List<LoggedRequest> sent = PracticeStubs.classificationsSent(practice);
            assertThat(JsonPath.from(sent.get(sent.size() - 1).getBodyAsString()).getString("classification"))
                    .isEqualTo("GOOD_PRACTICE");
        } finally {
            PracticeStubs.classificationEndpointUp();
        }
    }

    private static Response decide(String token, UUID practice, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post(EVALUATIONS + "/practices/" + practice + "/decisions");
    }
}
