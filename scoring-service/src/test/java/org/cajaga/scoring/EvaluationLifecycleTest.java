package org.cajaga.scoring;

import static io.restassured.RestAssured.given;
import static org.cajaga.scoring.Evaluations.EVALUATIONS;
import static org.cajaga.scoring.Evaluations.body;
import static org.cajaga.scoring.Evaluations.create;
import static org.cajaga.scoring.Evaluations.evaluator;
import static org.cajaga.scoring.Evaluations.score;
import static org.cajaga.scoring.Evaluations.submit;
import static org.cajaga.scoring.Evaluations.submitted;
import static org.cajaga.scoring.Evaluations.verdictsAllMetExcept;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EvaluationLifecycleTest {

    @Test
    void twoExpertReviewsClassifyThePracticeAndTheScoreExplainsWhy() {
        UUID practice = PracticeStubs.published(true);
        Response draft = create(evaluator("ana"), body(practice, 1, "EXPERT_REVIEW", verdictsAllMetExcept(Set.of())));
        draft.then().statusCode(201)
                .header("Location", containsString(EVALUATIONS + "/" + draft.path("id")))
                .header("ETag", notNullValue())
                .body("status", equalTo("DRAFT"))
                .body("evaluator", equalTo("ana"))
                .body("counted", equalTo(false))
                .body("verdicts", hasSize(12));
        String first = draft.path("id");
        submit(evaluator("ana"), first, draft.header("ETag")).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("counted", equalTo(true)).body("submittedAt", notNullValue());

        score(practice).then().statusCode(200)
                .body("classification", equalTo("PENDING"))
                .body("explanation", containsString("2 evaluaciones expertas"));

        String second = submitted(evaluator("beto"), practice, 1, Set.of());

        given().header("Accept-Language", "en").get(EVALUATIONS + "/practices/" + practice + "/score").then().statusCode(200)
                .body("classification", equalTo("EMBLEMATIC"))
                .body("criteriaSet", equalTo("mapeo-2022"))
                .body("criteriaSetVersion", equalTo(1))
                .body("criteriaCount", equalTo(12))
                .body("criteriaMet", equalTo(12))
                .body("percentMet", equalTo(100.0f))
                .body("cocreated", equalTo(true))
                .body("rule.classification", equalTo("EMBLEMATIC"))
                .body("rule.requiresCoCreation", equalTo(true))
                .body("explanation", containsString("12 of 12 criteria met"))
                .body("criteria[0].criterion", equalTo("INNOVATION"))
                .body("criteria[0].verdict", equalTo("MET"))
                .body("criteria[0].settledBy", equalTo("MAJORITY"))
                .body("agreement.evaluations", equalTo(2))
                .body("agreement.meanPercent", equalTo(100.0f))
                .body("evaluationIds", contains(first, second));
    }

    @Test
    void aSubmittedEvaluationNeverChangesAndACorrectionSupersedesIt() {
        UUID practice = PracticeStubs.published(false);
        String ana = evaluator("ana");
        String original = submitted(ana, practice, 1, Set.of());
        String beto = submitted(evaluator("beto"), practice, 1, Set.of("RESULTS", "EVIDENCE", "AGENDA2030"));
        score(practice).then().body("classification", equalTo("PENDING")).body("needsDecidingReview", equalTo(true));

        String etag = given().auth().oauth2(ana).get(EVALUATIONS + "/" + original).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(ana).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("verdicts", verdictsAllMetExcept(Set.of()))).put(EVALUATIONS + "/" + original)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://cajaga.mx/problems/immutable"));
        submit(ana, original, etag).then().statusCode(409);
        given().auth().oauth2(ana).header("If-Match", etag).delete(EVALUATIONS + "/" + original).then().statusCode(409);

        Response revision = given().auth().oauth2(ana).post(EVALUATIONS + "/" + original + "/revisions");
        revision.then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("revision", equalTo(2)).body("supersedes", equalTo(original));
        given().auth().oauth2(ana).post(EVALUATIONS + "/" + original + "/revisions").then().statusCode(409)
                .body("type", equalTo("https://cajaga.mx/problems/already-exists"));
        String revised = revision.path("id");
        String revisedTag = given().auth().oauth2(ana).contentType(ContentType.JSON).header("If-Match", revision.header("ETag"))
                .body(Map.of("verdicts", verdictsAllMetExcept(Set.of("RESULTS", "EVIDENCE", "AGENDA2030"))))
                .put(EVALUATIONS + "/" + revised).then().statusCode(200).extract().header("ETag");
        submit(ana, revised, revisedTag).then().statusCode(200);

        given().auth().oauth2(ana).get(EVALUATIONS + "/" + original).then().statusCode(200)
                .body("status", equalTo("SUPERSEDED")).body("verdicts[3].verdict", equalTo("MET"));
        score(practice).then().statusCode(200)
                .body("classification", equalTo("NOT_CLASSIFIED"))
                .body("criteriaMet", equalTo(9))
                .body("needsDecidingReview", equalTo(false))
                .body("evaluationIds", containsInAnyOrder(revised, beto));
    }

    @Test
    void aSelfAssessmentIsShownButNeverCounted() {
        UUID practice = PracticeStubs.practice("SUBMITTED", true, "sistema.chihuahua");
        String integrator = TestTokens.forUser("sistema.chihuahua", "integrator");
        Response self = create(integrator, body(practice, 1, "SELF_ASSESSMENT", verdictsAllMetExcept(Set.of())));
        self.then().statusCode(201);
        submit(integrator, self.path("id"), self.header("ETag")).then().statusCode(200).body("counted", equalTo(false));

        String scoreOfSubmitted = EVALUATIONS + "/practices/" + practice + "/score";
        given().auth().oauth2(evaluator("ana")).get(scoreOfSubmitted).then().statusCode(404)
                .body("detail", containsString("no tiene evaluaciones"));

        submitted(evaluator("ana"), practice, 1, Set.of("RESULTS"));
        given().auth().oauth2(evaluator("ana")).get(scoreOfSubmitted).then().statusCode(200)
                .body("classification", equalTo("PENDING"))
                .body("evaluationIds", hasSize(1))
                .body("selfAssessments[0].evaluationId", equalTo(self.path("id")))
                .body("selfAssessments[0].criteriaMet", equalTo(12));
    }

    @Test
    void draftsAreEditedAndDeletedOnlyByTheirAuthorWithTheCurrentETag() {
        UUID practice = PracticeStubs.published(true);
        Response draft = create(evaluator("ana"), body(practice, 1, "EXPERT_REVIEW", verdictsAllMetExcept(Set.of())));
        String id = draft.path("id");
        String etag = draft.header("ETag");

        given().auth().oauth2(evaluator("beto")).header("If-Match", etag).delete(EVALUATIONS + "/" + id).then().statusCode(403)
                .body("type", equalTo("https://cajaga.mx/problems/not-allowed"));
        given().auth().oauth2(evaluator("ana")).delete(EVALUATIONS + "/" + id).then().statusCode(428);
        given().auth().oauth2(evaluator("ana")).header("If-Match", "\"stale\"").delete(EVALUATIONS + "/" + id)
                .then().statusCode(412);
        given().auth().oauth2(evaluator("ana")).header("If-Match", etag).delete(EVALUATIONS + "/" + id).then().statusCode(204);
        given().auth().oauth2(evaluator("ana")).get(EVALUATIONS + "/" + id).then().statusCode(404)
                .body("type", equalTo("https://cajaga.mx/problems/not-found"));
    }

    @Test
    void peopleWithoutAStaffRoleSeeOnlyTheirOwnEvaluations() {
        UUID practice = PracticeStubs.practice("SUBMITTED", false, "sistema.sonora");
        String integrator = TestTokens.forUser("sistema.sonora", "integrator");
        Response own = create(integrator, body(practice, 1, "SELF_ASSESSMENT", verdictsAllMetExcept(Set.of())));
        String expert = submitted(evaluator("ana"), practice, 1, Set.of());

        given().auth().oauth2(integrator).queryParam("practiceId", practice.toString()).get(EVALUATIONS).then().statusCode(200)
                .body("items.id", contains((String) own.path("id")));
        given().auth().oauth2(integrator).get(EVALUATIONS + "/" + expert).then().statusCode(404);
        given().auth().oauth2(TestTokens.forUser("otra", "integrator")).queryParam("practiceId", practice.toString())
                .get(EVALUATIONS).then().statusCode(200).body("items", empty());
        given().auth().oauth2(evaluator("beto")).queryParam("practiceId", practice.toString()).queryParam("limit", "1")
                .get(EVALUATIONS).then().statusCode(200).body("items", hasSize(1)).header("Link", containsString("rel=\"next\""));
    }
}
