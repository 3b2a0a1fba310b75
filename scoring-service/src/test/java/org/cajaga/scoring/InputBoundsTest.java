package org.cajaga.scoring;

import static io.restassured.RestAssured.given;
import static org.cajaga.scoring.Evaluations.EVALUATIONS;
import static org.cajaga.scoring.Evaluations.admin;
import static org.cajaga.scoring.Evaluations.body;
import static org.cajaga.scoring.Evaluations.create;
import static org.cajaga.scoring.Evaluations.evaluator;
import static org.cajaga.scoring.Evaluations.verdictsAllMetExcept;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Each documented bound, one past it, is refused with a problem naming what is wrong; the bound itself is accepted. */
@QuarkusTest
class InputBoundsTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void evaluationFieldsOnePastTheirBoundsAreRefused() {
        refusedOnCreate(b -> b.put("criteriaSetVersion", 10000), "criteriaSetVersion");
        refusedOnCreate(b -> b.put("criteriaSet", "m".repeat(61)), "criteriaSet");
        refusedOnCreate(b -> b.put("verdicts", Collections.nCopies(101, verdict("INNOVATION"))), "verdicts");
        refusedOnCreate(b -> firstVerdict(b).put("criterion", "C".repeat(41)), "verdicts[0].criterion");
        refusedOnCreate(b -> firstVerdict(b).put("justification", "j".repeat(5001)), "verdicts[0].justification");
        refusedOnCreate(b -> firstVerdict(b).put("evidence", Collections.nCopies(21, "https://ejemplo.gob.mx/a")),
                "verdicts[0].evidence");
        refusedOnCreate(b -> firstVerdict(b).put("evidence", List.of(link(2001))), "verdicts[0].evidence[0]");
    }

    @Test
    void fieldsAtTheirBoundsAreAccepted() {
        Map<String, Object> body = validBody();
        firstVerdict(body).put("justification", "j".repeat(5000));
        firstVerdict(body).put("evidence", new ArrayList<>(Collections.nCopies(20, link(2000))));
        create(evaluator("limite-" + UUID.randomUUID()), body).then().statusCode(201)
                .body("verdicts[0].justification.length()", equalTo(5000));
    }

    @Test
    void decisionFieldsOnePastTheirBoundsAreRefused() {
        refusedOnDecision(b -> b.put("criteriaSetVersion", 10000), "criteriaSetVersion");
        refusedOnDecision(b -> b.put("criteriaSet", "m".repeat(61)), "criteriaSet");
        refusedOnDecision(b -> b.put("decisions", Collections.nCopies(101, decision("SUSTAINABILITY"))), "decisions");
        refusedOnDecision(b -> b.put("decisions", List.of(decision("S".repeat(41)))), "decisions[0].criterion");
        Map<String, Object> longJustification = new HashMap<>(decision("SUSTAINABILITY"));
        longJustification.put("justification", "j".repeat(5001));
        refusedOnDecision(b -> b.put("decisions", List.of(longJustification)), "decisions[0].justification");
    }

    @Test
    void parametersOnePastTheirBoundsAreRefused() {
        String score = EVALUATIONS + "/practices/" + UUID.randomUUID() + "/score";
        given().queryParam("criteriaSet", "mapeo-2022").queryParam("criteriaSetVersion", "10000").get(score)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://cajaga.mx/problems/invalid-parameter"))
                .body("detail", containsString("criteriaSetVersion"));
        given().queryParam("criteriaSet", "m".repeat(61)).queryParam("criteriaSetVersion", "1").get(score)
                .then().statusCode(422).contentType(PROBLEM).body("violations.in", hasItem("query"));
        given().auth().oauth2(evaluator("ana")).queryParam("limit", "201").get(EVALUATIONS)
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("limit"));
        given().auth().oauth2(admin()).queryParam("limit", "201").get(EVALUATIONS + "/disputes")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("limit"));
        given().auth().oauth2(evaluator("ana")).queryParam("cursor", "a".repeat(1025)).get(EVALUATIONS)
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("cursor"));
        given().auth().oauth2(evaluator("ana")).queryParam("practiceId", UUID.randomUUID() + "0").get(EVALUATIONS)
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("practiceId"));
    }

    @Test
    void anIfMatchLongerThanAnEntityTagIsRefused() {
        String token = evaluator("etiqueta-" + UUID.randomUUID());
        String id = create(token, validBody()).then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"" + "a".repeat(199) + "\"")
                .body(Map.of("verdicts", verdictsAllMetExcept(Set.of()))).put(EVALUATIONS + "/" + id)
                .then().statusCode(422).contentType(PROBLEM).body("violations.in", hasItem("header"));
        given().auth().oauth2(token).header("If-Match", "\"" + "a".repeat(199) + "\"").delete(EVALUATIONS + "/" + id)
                .then().statusCode(422).contentType(PROBLEM);
        given().auth().oauth2(token).get(EVALUATIONS + "/" + id).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    private static void refusedOnCreate(Consumer<Map<String, Object>> change, String field) {
        Map<String, Object> body = validBody();
        change.accept(body);
        create(evaluator("ana"), body).then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://cajaga.mx/problems/invalid-data"))
                .body("violations.field", hasItem(field));
    }

    private static void refusedOnDecision(Consumer<Map<String, Object>> change, String field) {
        Map<String, Object> body = new HashMap<>(Map.of("criteriaSet", "mapeo-2022", "criteriaSetVersion", 1,
                "decisions", List.of(decision("SUSTAINABILITY"))));
        change.accept(body);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body)
                .post(EVALUATIONS + "/practices/" + UUID.randomUUID() + "/decisions")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://cajaga.mx/problems/invalid-data"))
                .body("violations.field", hasItem(field));
    }

    /** A valid expert review of a published practice, with mutable maps so each case changes one thing. */
    private static Map<String, Object> validBody() {
        List<Map<String, Object>> verdicts = new ArrayList<>();
        verdictsAllMetExcept(Set.of()).forEach(v -> verdicts.add(new HashMap<>(v)));
        return new HashMap<>(body(PracticeStubs.published(true), 1, "EXPERT_REVIEW", verdicts));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstVerdict(Map<String, Object> body) {
        return ((List<Map<String, Object>>) body.get("verdicts")).get(0);
    }

    private static Map<String, Object> verdict(String criterion) {
        return Map.of("criterion", criterion, "verdict", "NOT_MET");
    }

    private static Map<String, Object> decision(String criterion) {
        return Map.of("criterion", criterion, "verdict", "MET", "justification", "Presupuesto multianual.");
    }

    /** An https link of exactly {@code length} characters. */
    private static String link(int length) {
        String prefix = "https://ejemplo.gob.mx/";
        return prefix + "e".repeat(length - prefix.length());
    }
}
