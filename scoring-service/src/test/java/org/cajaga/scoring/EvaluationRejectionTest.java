package org.cajaga.scoring;

import static io.restassured.RestAssured.given;
import static org.cajaga.scoring.Evaluations.EVALUATIONS;
import static org.cajaga.scoring.Evaluations.body;
import static org.cajaga.scoring.Evaluations.create;
import static org.cajaga.scoring.Evaluations.evaluator;
import static org.cajaga.scoring.Evaluations.submit;
import static org.cajaga.scoring.Evaluations.verdictsAllMetExcept;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EvaluationRejectionTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void unknownAndDuplicateCriteriaAreRefusedOnePathEach() {
        List<Map<String, Object>> verdicts = new ArrayList<>(verdictsAllMetExcept(Set.of()));
        verdicts.set(3, Map.of("criterion", "HAPPINESS", "verdict", "MET", "justification", "x"));
        verdicts.add(Map.of("criterion", "INNOVATION", "verdict", "NOT_MET"));

        create(evaluator("ana"), body(PracticeStubs.published(true), 1, "EXPERT_REVIEW", verdicts))
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://cajaga.mx/problems/invalid-data"))
                .body("violations.field", hasItems("verdicts[3].criterion", "verdicts[12].criterion"))
                .body("violations.message", hasItems("unknown criterion 'HAPPINESS' in mapeo-2022 version 1",
                        "duplicate criterion 'INNOVATION'"));
    }

    @Test
    void submissionNeedsEveryCriterionAndAJustificationForEachMet() {
        List<Map<String, Object>> verdicts = new ArrayList<>(verdictsAllMetExcept(Set.of()));
        verdicts.remove(11);
        Map<String, Object> unjustified = new HashMap<>(verdicts.get(0));
        unjustified.remove("justification");
        verdicts.set(0, unjustified);
        Response draft = create(evaluator("ana"), body(PracticeStubs.published(true), 1, "EXPERT_REVIEW", verdicts));
        draft.then().statusCode(201);

        submit(evaluator("ana"), draft.path("id"), draft.header("ETag")).then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", hasItems("verdicts", "verdicts[0].justification"))
                .body("violations.message", hasItems("missing criterion 'AGENDA2030'", "required when the verdict is MET"));
        given().auth().oauth2(evaluator("ana")).get(EVALUATIONS + "/" + draft.path("id")).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void onlyPublishedKnownVersionsAreUsed() {
        UUID practice = PracticeStubs.published(true);
        create(evaluator("ana"), body(practice, 9, "EXPERT_REVIEW", verdictsAllMetExcept(Set.of())))
                .then().statusCode(422).body("violations[0].field", equalTo("criteriaSetVersion"))
                .body("violations[0].message", equalTo("criteria set 'mapeo-2022' has no version 9"));
        create(evaluator("ana"), body(practice, 3, "EXPERT_REVIEW", verdictsAllMetExcept(Set.of())))
                .then().statusCode(422).body("violations[0].message", containsString("is a draft, not published"));
    }

    @Test
    void thePracticeMustExistAndBeOpenToReview() {
        create(evaluator("ana"), body(UUID.randomUUID(), 1, "EXPERT_REVIEW", verdictsAllMetExcept(Set.of())))
                .then().statusCode(422).contentType(PROBLEM).body("violations[0].field", equalTo("practiceId"));
        UUID draft = PracticeStubs.practice("DRAFT", true, "editora.demo");
        create(evaluator("ana"), body(draft, 1, "EXPERT_REVIEW", verdictsAllMetExcept(Set.of())))
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://cajaga.mx/problems/invalid-state"))
                .body("detail", containsString("DRAFT"));
    }

    @Test
    void malformedFieldsAreReportedLikeEveryOtherValidationError() {
        Map<String, Object> bad = new HashMap<>(body(UUID.randomUUID(), 0, "EXPERT_REVIEW",
                List.of(Map.of("criterion", "INNOVATION", "verdict", "MET", "evidence", List.of("ftp://x")))));
        bad.put("criteriaSet", "Mapeo 2022");
        given().auth().oauth2(evaluator("ana")).contentType(ContentType.JSON).body(bad).post(EVALUATIONS)
                .then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", hasItems("criteriaSet", "criteriaSetVersion", "verdicts[0].evidence[0]"));
        given().auth().oauth2(evaluator("ana")).contentType(ContentType.JSON).body("{\"practiceId\": ").post(EVALUATIONS)
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void oneActiveEvaluationPerEvaluatorPracticeAndVersion() {
        UUID practice = PracticeStubs.published(true);
        create(evaluator("ana"), body(practice, 1, "EXPERT_REVIEW", verdictsAllMetExcept(Set.of()))).then().statusCode(201);
        create(evaluator("ana"), body(practice, 1, "EXPERT_REVIEW", verdictsAllMetExcept(Set.of())))
                .then().statusCode(409).body("type", equalTo("https://cajaga.mx/problems/already-exists"));
        create(evaluator("ana"), body(practice, 2, "EXPERT_REVIEW", verdictsAllMetExcept(Set.of()))).then().statusCode(201);
    }

    @Test
    void rolesDecideWhoEvaluatesWhat() {
        UUID practice = PracticeStubs.practice("SUBMITTED", true, "sistema.chihuahua");
        Map<String, Object> expert = body(practice, 1, "EXPERT_REVIEW", verdictsAllMetExcept(Set.of()));
        Map<String, Object> self = body(practice, 1, "SELF_ASSESSMENT", verdictsAllMetExcept(Set.of()));

        given().contentType(ContentType.JSON).body(expert).post(EVALUATIONS).then().statusCode(401).contentType(PROBLEM);
        create(TestTokens.forUser("lectora", "curator"), expert).then().statusCode(403);
        create(TestTokens.forUser("sistema.chihuahua", "integrator"), expert).then().statusCode(403)
                .body("type", equalTo("https://cajaga.mx/problems/not-allowed"));
        create(TestTokens.forUser("sistema.sonora", "integrator"), self).then().statusCode(403)
                .body("detail", containsString("integró"));
        create(evaluator("ana"), self).then().statusCode(403);
        create(TestTokens.forUser("editora.demo", "editor"), self).then().statusCode(201);
        given().get(EVALUATIONS).then().statusCode(401);
    }

    @Test
    void everyForgedOrStaleTokenIsRefused() {
        Map<String, Object> expert = body(PracticeStubs.published(true), 1, "EXPERT_REVIEW", verdictsAllMetExcept(Set.of()));
        for (String token : TestTokens.refused("ana", "evaluator")) {
            create(token, expert).then().statusCode(401).contentType(PROBLEM);
            given().auth().oauth2(token).get(EVALUATIONS).then().statusCode(401);
        }
    }

    @Test
    void unknownIdsAnswer404AndNonUuidsDoNotMatch() {
        given().auth().oauth2(evaluator("ana")).get(EVALUATIONS + "/" + UUID.randomUUID()).then().statusCode(404)
                .contentType(PROBLEM);
        given().auth().oauth2(evaluator("ana")).post(EVALUATIONS + "/" + UUID.randomUUID() + "/submit").then().statusCode(404);
        given().queryParam("criteriaSet", "mapeo-2022").get(EVALUATIONS + "/practices/" + UUID.randomUUID() + "/score")
                .then().statusCode(400).contentType(PROBLEM);
        given().queryParam("criteriaSet", "mapeo-2022").queryParam("criteriaSetVersion", "uno")
                .get(EVALUATIONS + "/practices/" + UUID.randomUUID() + "/score").then().statusCode(400);
        given().get(EVALUATIONS + "/practices/" + PracticeStubs.published(false) + "/score").then().statusCode(404)
                .body("detail", containsString("no tiene evaluaciones"));
        given().get(EVALUATIONS + "/practices/" + UUID.randomUUID() + "/score").then().statusCode(404)
                .body("detail", containsString("no existe"));
        for (String[] bad : new String[][] {{"status", "FINISHED"}, {"kind", "PEER_REVIEW"}, {"practiceId", "42"}}) {
            given().auth().oauth2(evaluator("ana")).queryParam(bad[0], bad[1]).get(EVALUATIONS).then().statusCode(400)
                    .contentType(PROBLEM).body("type", equalTo("https://cajaga.mx/problems/invalid-parameter"))
                    .body("detail", containsString(bad[0]));
        }
        given().auth().oauth2(evaluator("ana")).queryParam("limit", "0").get(EVALUATIONS).then().statusCode(400)
                .contentType(PROBLEM);
    }
}
