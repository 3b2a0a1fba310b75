package org.cajaga.scoring;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cajaga.testing.TestTokens;

/** Short ways to evaluate practices through the public API. */
final class Evaluations {

    static final String EVALUATIONS = "/api/v1/evaluations";

    private Evaluations() {
    }

    static String evaluator(String name) {
        return TestTokens.forUser(name, "evaluator");
    }

    static String admin() {
        return TestTokens.forUser("admin.demo", "admin");
    }

    /** Verdicts for all twelve criteria: MET (with a justification) except those listed. */
    static List<Map<String, Object>> verdictsAllMetExcept(Set<String> notMet) {
        List<Map<String, Object>> verdicts = new ArrayList<>();
        for (String criterion : CriteriaVersions.CRITERIA) {
            Map<String, Object> verdict = new HashMap<>();
            verdict.put("criterion", criterion);
            verdict.put("verdict", notMet.contains(criterion) ? "NOT_MET" : "MET");
            verdict.put("justification", "Evidencia revisada para " + criterion);
            verdict.put("evidence", List.of("https://ejemplo.gob.mx/evidencia/" + criterion.toLowerCase()));
            verdicts.add(verdict);
        }
        return verdicts;
    }

    static Map<String, Object> body(UUID practice, int version, String kind, List<Map<String, Object>> verdicts) {
        return Map.of("practiceId", practice.toString(), "criteriaSet", "mapeo-2022", "criteriaSetVersion", version,
                "kind", kind, "verdicts", verdicts);
    }

    static Response create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(EVALUATIONS);
    }

    static Response submit(String token, String id, String etag) {
        return given().auth().oauth2(token).header("If-Match", etag).post(EVALUATIONS + "/" + id + "/submit");
    }

    /** Creates and submits an expert review; returns the submitted evaluation's id. */
    static String submitted(String token, UUID practice, int version, Set<String> notMet) {
        Response created = create(token, body(practice, version, "EXPERT_REVIEW", verdictsAllMetExcept(notMet)));
        created.then().statusCode(201);
        submit(token, created.path("id"), created.header("ETag")).then().statusCode(200);
        return created.path("id");
    }

    static Response score(UUID practice) {
        return given().get(EVALUATIONS + "/practices/" + practice + "/score");
    }
}
