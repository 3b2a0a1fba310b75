package org.cajaga.scoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cajaga.scoring.Evaluations.EVALUATIONS;
import static org.cajaga.scoring.Evaluations.admin;
import static org.cajaga.scoring.Evaluations.evaluator;
import static org.cajaga.scoring.Evaluations.score;
import static org.cajaga.scoring.Evaluations.submitted;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Nothing unpublished leaks: the score of a practice that is not published is staff-only, and statistics skip it. */
@QuarkusTest
class ScoreVisibilityTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String NOT_FOUND = "https://cajaga.mx/problems/not-found";

    @Test
    void theScoreOfAPublishedPracticeIsAnonymous() {
        UUID practice = classified("PUBLISHED");
        score(practice).then().statusCode(200).body("classification", equalTo("EMBLEMATIC"));
    }

    @Test
    void theScoreOfASubmittedPracticeIsForStaffOnly() {
        UUID practice = classified("SUBMITTED");
        score(practice).then().statusCode(404).contentType(PROBLEM).body("type", equalTo(NOT_FOUND))
                .body("detail", containsString("no está publicada"));
        scoreAs(TestTokens.forUser("integra.demo", "integrator"), practice).then().statusCode(404).contentType(PROBLEM);
        for (String staff : new String[] {"admin", "curator", "editor", "evaluator"}) {
            scoreAs(TestTokens.forUser(staff + ".demo", staff), practice).then().statusCode(200)
                    .body("classification", equalTo("EMBLEMATIC"));
        }
    }

    @Test
    void aDeletedOrUnknownPracticeHasNoScoreForAnyone() {
        UUID practice = classified("PUBLISHED");
        PracticeStubs.deleted(practice);
        score(practice).then().statusCode(404).contentType(PROBLEM).body("type", equalTo(NOT_FOUND));
        scoreAs(admin(), practice).then().statusCode(404).contentType(PROBLEM);
        UUID unknown = UUID.randomUUID();
        score(unknown).then().statusCode(404).contentType(PROBLEM).body("detail", containsString("no existe"));
        scoreAs(admin(), unknown).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void withoutPracticesServiceNoScoreIsShown() {
        UUID practice = classified("PUBLISHED");
        PracticeStubs.unreachable(practice, Fault.CONNECTION_RESET_BY_PEER);
        score(practice).then().statusCode(503).contentType(PROBLEM)
                .body("type", equalTo("https://cajaga.mx/problems/dependency-unavailable"));
    }

    @Test
    void statisticsCountAPracticeOnlyOnceItIsKnownPublished() {
        long before = total();
        long criteriaBefore = criterionPractices();
        UUID practice = classified("SUBMITTED");
        assertThat(total()).as("a submitted practice is not counted").isEqualTo(before);
        assertThat(criterionPractices()).as("nor its criteria").isEqualTo(criteriaBefore);

        PracticeStubs.practice(practice, "PUBLISHED", true, "editora.demo");
        score(practice).then().statusCode(200);
        assertThat(total()).as("counted once seen published").isEqualTo(before + 1);
        assertThat(criterionPractices()).isEqualTo(criteriaBefore + 1);

        PracticeStubs.practice(practice, "ARCHIVED", true, "editora.demo");
        scoreAs(admin(), practice).then().statusCode(200);
        assertThat(total()).as("no longer counted once seen archived").isEqualTo(before);
    }

    @Test
    void aPracticeWhoseClassificationIsRefusedAsDeletedIsNoLongerCounted() {
        long before = total();
        UUID practice = PracticeStubs.practice("PUBLISHED", true, "editora.demo");
        PracticeStubs.classificationOfPracticeAnswers(practice, 404);
        submitted(evaluator("ana"), practice, 1, Set.of());
        submitted(evaluator("beto"), practice, 1, Set.of());
        await().atMost(Duration.ofSeconds(10)).until(() -> !PracticeStubs.classificationsSent(practice).isEmpty());
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(total()).isEqualTo(before));
    }

    /** A practice in the given status, classified EMBLEMATIC by two expert reviews. */
    private static UUID classified(String status) {
        UUID practice = PracticeStubs.practice(status, true, "editora.demo");
        submitted(evaluator("ana"), practice, 1, Set.of());
        submitted(evaluator("beto"), practice, 1, Set.of());
        return practice;
    }

    private static Response scoreAs(String token, UUID practice) {
        return given().auth().oauth2(token).get(EVALUATIONS + "/practices/" + practice + "/score");
    }

    private static long total() {
        return given().get("/api/v1/stats/classifications").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    /** Practices counted for mapeo-2022 version 1 in the criterion rates. */
    private static long criterionPractices() {
        Number practices = given().get("/api/v1/stats/criteria").then().statusCode(200).extract().jsonPath()
                .get("find { it.criteriaSet == 'mapeo-2022' && it.criteriaSetVersion == 1 }.practices");
        return practices == null ? 0 : practices.longValue();
    }
}
