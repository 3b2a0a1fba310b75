package org.cajaga.scoring;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cajaga.scoring.Evaluations.EVALUATIONS;
import static org.cajaga.scoring.Evaluations.evaluator;
import static org.cajaga.scoring.Evaluations.submit;
import static org.cajaga.scoring.Evaluations.verdictsAllMetExcept;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The gap report on a fixture with known answers: criteria sets of their own ({@code gap-*}), so the example practices
 * are exactly the ones made here, and a practices-service stub whose {@code /similar} answer is given.
 */
@QuarkusTest
class GapReportTest {

    /** What the self-assessments of these tests do not meet: 7 of the 12 criteria are met. */
    private static final Set<String> MISSING = Set.of("RECOGNITION", "SUSTAINABILITY", "REPLICABILITY", "EVIDENCE",
            "PARTICIPATION");
    private static final List<String> MISSING_IN_ORDER = List.of("RECOGNITION", "SUSTAINABILITY", "REPLICABILITY",
            "EVIDENCE", "PARTICIPATION");

    private static final String OWNER = "integra.gap";

    @Test
    void aSelfAssessmentSeesWhatItLacksPerClassOfTheRuleAndTheExamplesInRankOrder() {
        String set = "gap-fixture";
        criteriaSet(set, 1, 100, true, 80);
        criteriaSet(set, 2, 90, false, 55);
        UUID practice = practice("SUBMITTED", false, "Ejemplo: la práctica que se autoevalúa");
        UUID allMetCocreated = consolidated(set, true, "Ejemplo: A", Set.of());
        UUID allMet = consolidated(set, false, "Ejemplo: D", Set.of());
        UUID twoOfMissing = consolidated(set, false, "Ejemplo: B", Set.of("REPLICABILITY", "EVIDENCE", "PARTICIPATION"));
        UUID fourOfMissing = consolidated(set, false, "Ejemplo: C", Set.of("PARTICIPATION"));
        consolidated(set, true, "Ejemplo: E, nada de lo que falta", MISSING);
        UUID notPublished = consolidated(set, "SUBMITTED", true, "Ejemplo: F, sin publicar", Set.of());
        similar(practice, """
                {"items": [
                  {"id": "%s", "title": "Ejemplo: B según practices", "classification": "NOT_CLASSIFIED",
                   "municipalities": ["08019"], "state": "08", "score": 0.9, "reasons": {"sameSizeClass": true}},
                  {"id": "%s", "title": "Ejemplo: A según practices", "classification": "EMBLEMATIC",
                   "municipalities": ["08019"], "state": "08", "score": 0.4, "reasons": {"sameSizeClass": true}},
                  {"id": "%s", "title": "Ejemplo: nunca evaluada", "classification": "PENDING",
                   "municipalities": ["08037"], "state": "08", "score": 0.95, "reasons": {}},
                  {"id": "%s", "title": "Ejemplo: F según practices", "classification": "PENDING",
                   "municipalities": ["08037"], "state": "08", "score": 0.3, "reasons": {}},
                  {"id": "%s", "title": "Ejemplo: D según practices", "classification": "GOOD_PRACTICE",
                   "municipalities": ["08037"], "state": "08", "score": 0.2, "reasons": {"sharedPrinciples": ["PARTICIPATION"]}}]}
                """.formatted(twoOfMissing, allMetCocreated, UUID.randomUUID(), notPublished, allMet));
        String selfAssessment = selfAssessed(set, 1, practice);

        String token = owner();
        JsonPath report = gap(selfAssessment, token).then().statusCode(200).extract().jsonPath();

        assertThat(report.getString("basis")).isEqualTo("SELF_ASSESSMENT");
        assertThat(report.getInt("criteriaCount")).isEqualTo(12);
        assertThat(report.getInt("criteriaMet")).isEqualTo(7);
        assertThat(report.getBoolean("cocreated")).isFalse();
        assertThat(report.getList("missingCriteria.code")).containsExactlyElementsOf(MISSING_IN_ORDER);
        assertThat(report.getList("missingCriteria.name", String.class)).containsExactly("Criterio RECOGNITION",
                "Criterio SUSTAINABILITY", "Criterio REPLICABILITY", "Criterio EVIDENCE", "Criterio PARTICIPATION");
        assertThat(classes(report)).containsExactly(
                "EMBLEMATIC needs 5, co-creation missing, not reached",
                "GOOD_PRACTICE needs 3, not reached",
                "NOT_CLASSIFIED needs 0, reached");
        assertThat(report.getList("lessons.code")).containsExactly("COCREATION", "DIRECT_INTERACTION",
                "CITIZENS_AT_CENTRE", "STRATEGIC_ALLIANCES");
        assertThat(report.getList("lessons.name")).containsExactly("La cocreación como base",
                "Interacción directa con las personas", "La ciudadanía al centro", "Alianzas estratégicas");
        assertThat(report.getList("lessons.relatedCriteria")).containsExactly(List.of("RECOGNITION", "PARTICIPATION"),
                List.of("PARTICIPATION"), List.of("PARTICIPATION"), List.of("SUSTAINABILITY", "REPLICABILITY", "EVIDENCE"));
        assertThat(report.getList("examples.id")).containsExactly(allMetCocreated.toString(), allMet.toString(),
                twoOfMissing.toString(), fourOfMissing.toString());
        assertThat(report.getList("examples.title")).containsExactly("Ejemplo: A según practices",
                "Ejemplo: D según practices", "Ejemplo: B según practices", "Ejemplo: C");
        assertThat(report.getList("examples.classification")).containsExactly("EMBLEMATIC", "GOOD_PRACTICE",
                "NOT_CLASSIFIED", "GOOD_PRACTICE");
        assertThat(report.getList("examples.similar")).containsExactly(true, true, true, false);
        assertThat(report.getList("examples[0].meetsCriteria")).containsExactlyElementsOf(MISSING_IN_ORDER);
        assertThat(report.getList("examples[2].meetsCriteria")).containsExactly("RECOGNITION", "SUSTAINABILITY");
        assertThat(report.getList("examples[3].meetsCriteria")).containsExactly("RECOGNITION", "SUSTAINABILITY",
                "REPLICABILITY", "EVIDENCE");
        assertThat(report.getString("examples[3].link")).endsWith("/api/v1/practices/" + fourOfMissing);
        assertThat(PracticeStubs.wireMock().find(getRequestedFor(urlPathEqualTo("/api/v1/practices/" + practice + "/similar"))
                .withQueryParam("limit", equalTo("50")).withHeader("Authorization", equalTo("Bearer " + token))))
                .isNotEmpty();

        JsonPath otherRule = gap(selfAssessed(set, 2, practice), owner()).then().statusCode(200).extract().jsonPath();
        assertThat(classes(otherRule)).containsExactly(
                "EMBLEMATIC needs 4, not reached",
                "GOOD_PRACTICE needs 0, reached",
                "NOT_CLASSIFIED needs 0, reached");
    }

    @Test
    void anExpertReviewReportsTheConsolidatedScoreInTheCallersLanguageWithAnETag() {
        String set = "gap-score";
        criteriaSet(set, 1, 100, true, 80);
        UUID practice = consolidated(set, false, "Ejemplo: puntuada", Set.of("EVIDENCE"));
        UUID example = consolidated(set, false, "Ejemplo: con evidencia", Set.of("PARTICIPATION"));
        String draftReview = Evaluations.create(evaluator("gap-carla"),
                body(set, 1, practice, "EXPERT_REVIEW", verdictsAllMetExcept(Set.of()))).then().statusCode(201)
                .extract().path("id");

        Response response = gap(draftReview, evaluator("gap-carla"), "en");
        response.then().statusCode(200).header("Content-Language", "en");
        JsonPath report = response.jsonPath();
        assertThat(report.getString("basis")).isEqualTo("CONSOLIDATED_SCORE");
        assertThat(report.getInt("criteriaMet")).isEqualTo(11);
        assertThat(report.getList("missingCriteria.name")).containsExactly("Criterion EVIDENCE");
        assertThat(classes(report)).containsExactly("EMBLEMATIC needs 1, co-creation missing, not reached",
                "GOOD_PRACTICE needs 0, reached", "NOT_CLASSIFIED needs 0, reached");
        assertThat(report.getList("lessons.name")).containsExactly("Strategic alliances");
        assertThat(report.getList("lessons[0].relatedCriteria")).containsExactly("EVIDENCE");
        assertThat(report.getList("examples.id")).containsExactly(example.toString());
        assertThat(report.getList("examples.similar")).containsExactly(false);

        given().auth().oauth2(evaluator("gap-carla")).header("Accept-Language", "en")
                .header("If-None-Match", response.header("ETag")).get(EVALUATIONS + "/" + draftReview + "/gap")
                .then().statusCode(304);
    }

    @Test
    void onlyWhoMayReadTheEvaluationReadsItsReport() {
        UUID practice = practice("SUBMITTED", false, "Ejemplo: de otra integradora");
        similar(practice, "{\"items\": []}");
        String selfAssessment = selfAssessedUnderFixture(practice);

        given().get(EVALUATIONS + "/" + selfAssessment + "/gap").then().statusCode(401);
        problem(gap(selfAssessment, TestTokens.forUser("otra.integradora", "integrator")), 404, "not-found");
        problem(gap(UUID.randomUUID().toString(), owner()), 404, "not-found");
        gap(selfAssessment, evaluator("gap-revisora")).then().statusCode(200);
        gap(selfAssessment, TestTokens.forUser("editora.gap", "editor")).then().statusCode(200);
    }

    @Test
    void aDraftWithoutAConsolidatedScoreHasNoReportYet() {
        String set = "gap-fixture";
        criteriaSet(set, 1, 100, true, 80);
        UUID practice = practice("SUBMITTED", false, "Ejemplo: borrador");
        String draft = Evaluations.create(owner(), body(set, 1, practice, "SELF_ASSESSMENT", verdictsAllMetExcept(MISSING)))
                .then().statusCode(201).extract().path("id");

        problem(gap(draft, owner()), 409, "invalid-state");
    }

    @Test
    void aDraftShowsTheConsolidatedScoreOnlyToWhoMaySeeTheScore() {
        String set = "gap-fixture";
        criteriaSet(set, 1, 100, true, 80);
        UUID underReview = consolidated(set, "SUBMITTED", false, "Ejemplo: en revisión", Set.of("EVIDENCE"));
        String ownersDraft = Evaluations.create(owner(),
                body(set, 1, underReview, "SELF_ASSESSMENT", verdictsAllMetExcept(MISSING))).then().statusCode(201)
                .extract().path("id");
        String editor = TestTokens.forUser("editora.gap", "editor");
        String editorsDraft = Evaluations.create(editor,
                body(set, 1, underReview, "SELF_ASSESSMENT", verdictsAllMetExcept(MISSING))).then().statusCode(201)
                .extract().path("id");

        problem(gap(ownersDraft, owner()), 409, "invalid-state");
        gap(editorsDraft, editor).then().statusCode(200).body("basis", is("CONSOLIDATED_SCORE"))
                .body("missingCriteria.code", contains("EVIDENCE"));
    }

    @Test
    void taxonomyServiceDownIsA503() {
        String set = "gap-taxonomy-down";
        PracticeStubs.wireMock().register(get("/api/v1/taxonomy/criteria-sets/" + set + "/versions/1")
                .withHeader("Accept-Language", equalTo("en"))
                .willReturn(okJson(CriteriaVersions.version(set, 1, "PUBLISHED", "Criterion ", 100, true, 80))));
        PracticeStubs.wireMock().register(get("/api/v1/taxonomy/criteria-sets/" + set + "/versions/1")
                .withHeader("Accept-Language", equalTo("es")).willReturn(aResponse().withStatus(503)));
        UUID practice = practice("SUBMITTED", false, "Ejemplo: sin taxonomía en español");
        String selfAssessment = selfAssessed(set, 1, practice);

        problem(gap(selfAssessment, owner()), 503, "dependency-unavailable")
                .header("Retry-After", matchesPattern("[0-9]+"));
    }

    @Test
    void taxonomyServiceNotServingTheLessonsIsA503() {
        UUID practice = practice("SUBMITTED", false, "Ejemplo: sin lecciones");
        similar(practice, "{\"items\": []}");
        String selfAssessment = selfAssessedUnderFixture(practice);
        String requestId = "gap-lessons-down-" + practice;
        PracticeStubs.wireMock().register(get(urlPathEqualTo("/api/v1/taxonomy/lessons"))
                .withHeader("X-Request-Id", equalTo(requestId)).atPriority(1).willReturn(aResponse().withStatus(503)));

        problem(given().auth().oauth2(owner()).header("X-Request-Id", requestId).get(EVALUATIONS + "/" + selfAssessment + "/gap"),
                503, "dependency-unavailable")
                .header("Retry-After", matchesPattern("[0-9]+"))
                .body("detail", is("No se pueden leer las lecciones aprendidas ahora (el servicio de taxonomía no responde)."));
        gap(selfAssessment, owner()).then().statusCode(200).body("lessons.code", hasSize(4));
    }

    @Test
    void practicesServiceDownIsA503AfterTwoRetries() {
        UUID practice = practice("SUBMITTED", false, "Ejemplo: sin prácticas similares");
        String selfAssessment = selfAssessedUnderFixture(practice);
        PracticeStubs.wireMock().register(get(urlPathEqualTo("/api/v1/practices/" + practice + "/similar"))
                .willReturn(aResponse().withStatus(503)));

        problem(gap(selfAssessment, owner()), 503, "dependency-unavailable")
                .header("Retry-After", matchesPattern("[0-9]+"));
        assertThat(similarAsked(practice)).as("the first call and two retries").hasSize(3);

        PracticeStubs.wireMock().register(get(urlPathEqualTo("/api/v1/practices/" + practice + "/similar"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        problem(gap(selfAssessment, owner()), 503, "dependency-unavailable");

        PracticeStubs.wireMock().register(get(urlPathEqualTo("/api/v1/practices/" + practice + "/similar"))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        problem(gap(selfAssessment, owner()), 503, "dependency-unavailable");
    }

    @Test
    void practicesServiceNotShowingThePracticeMeansNoSimilarOnesAskedOnceWithTheRequestId() {
        UUID practice = practice("SUBMITTED", false, "Ejemplo: que practices-service no muestra como similar");
        String selfAssessment = selfAssessedUnderFixture(practice);
        String requestId = "gap-test-" + practice;

        given().auth().oauth2(owner()).header("X-Request-Id", requestId).get(EVALUATIONS + "/" + selfAssessment + "/gap")
                .then().statusCode(200).body("examples.similar", everyItem(is(false)));
        assertThat(similarAsked(practice)).extracting(call -> call.getHeader("X-Request-Id")).containsExactly(requestId);
    }

    private static List<LoggedRequest> similarAsked(UUID practice) {
        return PracticeStubs.wireMock().find(getRequestedFor(urlPathEqualTo("/api/v1/practices/" + practice + "/similar")));
    }

    /** Each class of the report in words, e.g. "GOOD_PRACTICE needs 3, not reached". */
    private static List<String> classes(JsonPath report) {
        List<Map<String, Object>> classes = report.getList("classes");
        return classes.stream().map(c -> c.get("classification") + " needs " + c.get("criteriaNeeded")
                + (Boolean.TRUE.equals(c.get("coCreationMissing")) ? ", co-creation missing" : "")
                + (Boolean.TRUE.equals(c.get("reached")) ? ", reached" : ", not reached")).toList();
    }

    /** Version {@code number} of {@code set} as taxonomy-service serves it in Spanish and in English. */
    private static void criteriaSet(String set, int number, int emblematic, boolean emblematicNeedsCoCreation, int good) {
        for (String[] language : new String[][] {{"es", "Criterio "}, {"en", "Criterion "}}) {
            PracticeStubs.wireMock().register(get("/api/v1/taxonomy/criteria-sets/" + set + "/versions/" + number)
                    .withHeader("Accept-Language", equalTo(language[0]))
                    .willReturn(okJson(CriteriaVersions.version(set, number, "PUBLISHED", language[1], emblematic,
                            emblematicNeedsCoCreation, good))));
        }
    }

    private static UUID practice(String status, boolean cocreated, String title) {
        UUID id = UUID.randomUUID();
        PracticeStubs.wireMock().register(get("/api/v1/practices/" + id).willReturn(okJson("""
                {"id": "%s", "title": "%s", "status": "%s", "coCreation": {"cocreated": %s},
                 "location": {"country": "MX", "stateCode": "08", "municipalities": ["08019"]},
                 "principles": ["PARTICIPATION"], "sdgGoals": [16], "createdBy": "%s", "version": 1}
                """.formatted(id, title, status, cocreated, OWNER))));
        return id;
    }

    private static void similar(UUID practice, String answer) {
        PracticeStubs.wireMock().register(get(urlPathEqualTo("/api/v1/practices/" + practice + "/similar"))
                .withQueryParam("limit", equalTo("50")).willReturn(okJson(answer)));
    }

    /** A published practice consolidated under version 1 of {@code set} by two expert reviews that agree. */
    private static UUID consolidated(String set, boolean cocreated, String title, Set<String> notMet) {
        return consolidated(set, "PUBLISHED", cocreated, title, notMet);
    }

    private static UUID consolidated(String set, String status, boolean cocreated, String title, Set<String> notMet) {
        UUID id = practice(status, cocreated, title);
        for (String name : List.of("gap-ana", "gap-beto")) {
            submitted(evaluator(name), body(set, 1, id, "EXPERT_REVIEW", verdictsAllMetExcept(notMet)));
        }
        return id;
    }

    /** The owner's submitted self-assessment of {@code practice} under version 1 of {@code gap-fixture}. */
    private static String selfAssessedUnderFixture(UUID practice) {
        criteriaSet("gap-fixture", 1, 100, true, 80);
        return selfAssessed("gap-fixture", 1, practice);
    }

    /** The owner's submitted self-assessment of {@code practice} under {@code version}, meeting all but {@link #MISSING}. */
    private static String selfAssessed(String set, int version, UUID practice) {
        return submitted(owner(), body(set, version, practice, "SELF_ASSESSMENT", verdictsAllMetExcept(MISSING)));
    }

    private static String submitted(String token, Map<String, Object> body) {
        Response created = Evaluations.create(token, body);
        created.then().statusCode(201);
        submit(token, created.path("id"), created.header("ETag")).then().statusCode(200);
        return created.path("id");
    }

    private static Map<String, Object> body(String set, int version, UUID practice, String kind,
                                            List<Map<String, Object>> verdicts) {
        return Map.of("practiceId", practice.toString(), "criteriaSet", set, "criteriaSetVersion", version, "kind", kind,
                "verdicts", verdicts);
    }

    private static String owner() {
        return TestTokens.forUser(OWNER, "integrator");
    }

    private static Response gap(String evaluation, String token) {
        return gap(evaluation, token, "es");
    }

    private static Response gap(String evaluation, String token, String language) {
        return given().auth().oauth2(token).header("Accept-Language", language).get(EVALUATIONS + "/" + evaluation + "/gap");
    }

    private static ValidatableResponse problem(Response response, int status, String slug) {
        return response.then().statusCode(status).contentType("application/problem+json")
                .body("type", is("https://cajaga.mx/problems/" + slug));
    }
}
