package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cajaga.practices.Api.PRACTICES;
import static org.cajaga.practices.SampleRecords.chihuahuaSystem;
import static org.cajaga.practices.SampleRecords.editor;
import static org.cajaga.practices.SampleRecords.otherSystem;
import static org.cajaga.practices.SampleRecords.practice;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.cajaga.practices.labels.TaxonomyLabels;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Similar practices, suggestions for a municipality and adaptation notes over a fixture catalogue with known
 * answers. Every fixture practice has the made-up word "ajolotario" in its title, so the assertions pick the
 * fixture out of whatever other tests published.
 *
 * <pre>
 * source  08003 Allende, Chihuahua (RURAL)       INNOVATION; SINGLE_PLATFORM, STRATEGIC_ALLIANCES; 6.1, 6.3; GOOD_PRACTICE
 * twin    20003 Asunción Cacalotepec (RURAL)     INNOVATION; SINGLE_PLATFORM, STRATEGIC_ALLIANCES; 6.1, 6.3; same words
 * cousin  08019 Chihuahua (URBAN)                INNOVATION, TRANSPARENCY; SINGLE_PLATFORM; 6.1; some words
 * far     14039 Guadalajara (METROPOLITAN)       TRANSPARENCY; no lesson; 6.3; no problem or objectives
 * draft   08006 Bachíniva (RURAL), not published, like the twin
 * home    08012 Carichí (RURAL)                  TRANSPARENCY; 6.3: makes "far" present in Carichí
 * </pre>
 */
@QuarkusTest
class AdaptationTest {

    private static final String SCORING = TestTokens.forUser("service-account-scoring-service",
            Map.of("azp", "scoring-service"));
    private static final String SUGGESTIONS = "/api/v1/taxonomy/municipalities/%s/suggestions";
    private static final String PROBLEM = "El ajolotario de la sierra no tiene agua potable y el presupuesto no alcanza";
    private static final String OBJECTIVES = "Captación pluvial comunitaria para el ajolotario";

    private static Fixture fixture;

    @Inject
    TaxonomyLabels labels;

    private record Fixture(String source, String twin, String cousin, String far, String draft, String home) {
    }

    @BeforeEach
    void catalogue() {
        if (fixture != null) {
            return;
        }
        labels.refresh();
        String source = Api.published(record("Ejemplo: Ajolotario comunitario", "08003", List.of("INNOVATION"),
                List.of("SINGLE_PLATFORM", "STRATEGIC_ALLIANCES"), List.of("6.1", "6.3"), PROBLEM, OBJECTIVES));
        String twin = Api.published(record("Ejemplo: Ajolotario gemelo", "20003", List.of("INNOVATION"),
                List.of("STRATEGIC_ALLIANCES", "SINGLE_PLATFORM"), List.of("6.3", "6.1"), PROBLEM, OBJECTIVES));
        String cousin = Api.published(record("Ejemplo: Ajolotario urbano", "08019", List.of("INNOVATION", "TRANSPARENCY"),
                List.of("SINGLE_PLATFORM"), List.of("6.1"), "Falta agua potable en las colonias", OBJECTIVES));
        String far = Api.published(record("Ejemplo: Ajolotario metropolitano", "14039", List.of("TRANSPARENCY"),
                List.of(), List.of("6.3"), null, null));
        String draft = Api.create(editor(), record("Ejemplo: Ajolotario en borrador", "08006", List.of("INNOVATION"),
                List.of("SINGLE_PLATFORM", "STRATEGIC_ALLIANCES"), List.of("6.1", "6.3"), PROBLEM, OBJECTIVES)).path("id");
        String home = Api.published(record("Ejemplo: Ajolotario de Carichí", "08012", List.of("TRANSPARENCY"),
                List.of(), List.of("6.3"), null, null));
        given().auth().oauth2(SCORING).contentType(ContentType.JSON)
                .body("{\"classification\": \"GOOD_PRACTICE\", \"criteriaSet\": \"mapeo-2022\", \"criteriaSetVersion\": 1,"
                        + " \"evaluationId\": \"01936b8e-7c1a-7d2e-9f00-3b4c5d6e7f81\", \"decidedAt\": \"2026-05-01T10:00:00Z\"}")
                .put(PRACTICES + "/" + source + "/classification").then().statusCode(200);
        reflect(source, "ana.academica", "Captación pluvial, Asambleas por colonia", "20067");
        reflect(source, "beto.vecino", "captacion  pluvial; Mapa de riesgos", "20067");
        Response hidden = reflect(source, "carla.civica", "Captación pluvial, Huertos", "14039");
        given().auth().oauth2(editor()).contentType(ContentType.JSON).header("If-Match", hidden.header("ETag"))
                .body("{\"hidden\": true, \"reason\": \"Prueba de moderación\"}")
                .put(PRACTICES + "/" + source + "/reflections/" + hidden.path("id") + "/moderation").then().statusCode(200);
        reflect(source, "dora.docente", "Captación pluvial", null);
        fixture = new Fixture(source, twin, cousin, far, draft, home);
    }

    @Test
    void similarPracticesAreRankedByWhatTheyShareWithTheirReasons() {
        JsonPath similar = given().queryParam("limit", 50).get(PRACTICES + "/" + fixture.source() + "/similar").then()
                .statusCode(200).contentType(ContentType.JSON).header("ETag", notNullValue())
                .header("Cache-Control", notNullValue()).extract().jsonPath();
        List<String> ids = similar.getList("items.id");
        assertThat(ids).doesNotContain(fixture.source(), fixture.draft(), null);
        assertThat(ids.stream().filter(List.of(fixture.twin(), fixture.cousin(), fixture.far())::contains))
                .containsExactly(fixture.twin(), fixture.cousin(), fixture.far());
        List<Float> scores = similar.getList("items.score", Float.class);
        assertThat(scores).isSortedAccordingTo((a, b) -> Float.compare(b, a));

        String twin = "items.find { it.id == '" + fixture.twin() + "' }";
        assertThat(similar.getList(twin + ".reasons.sharedPrinciples")).containsExactly("INNOVATION");
        assertThat(similar.getList(twin + ".reasons.sharedLessons")).containsExactly("SINGLE_PLATFORM", "STRATEGIC_ALLIANCES");
        assertThat(similar.getList(twin + ".reasons.sharedTargets")).containsExactly("6.1", "6.3");
        assertThat(similar.getList(twin + ".reasons.sharedWords", String.class)).anyMatch(w -> w.startsWith("ajolot"))
                .anyMatch(w -> w.startsWith("pluvial"));
        assertThat(similar.getBoolean(twin + ".reasons.sameSizeClass")).isTrue();
        assertThat(similar.getBoolean(twin + ".reasons.sameState")).isFalse();
        assertThat(similar.getString(twin + ".state")).isEqualTo("20");
        assertThat(similar.getList(twin + ".municipalities")).containsExactly("20003");
        // every share complete, a rural place like the source's, another state: 0.25 + 0.20 + 0.20 + 0.20 + 0.10
        assertThat(similar.getFloat(twin + ".score")).isEqualTo(0.95f);

        String cousin = "items.find { it.id == '" + fixture.cousin() + "' }";
        assertThat(similar.getList(cousin + ".reasons.sharedPrinciples")).containsExactly("INNOVATION");
        assertThat(similar.getList(cousin + ".reasons.sharedLessons")).containsExactly("SINGLE_PLATFORM");
        assertThat(similar.getList(cousin + ".reasons.sharedTargets")).containsExactly("6.1");
        assertThat(similar.getBoolean(cousin + ".reasons.sameSizeClass")).isFalse();
        assertThat(similar.getBoolean(cousin + ".reasons.sameState")).isTrue();

        String far = "items.find { it.id == '" + fixture.far() + "' }";
        assertThat(similar.getList(far + ".reasons.sharedPrinciples")).isEmpty();
        assertThat(similar.getList(far + ".reasons.sharedWords")).isEmpty();
        assertThat(similar.getList(far + ".reasons.sharedTargets")).containsExactly("6.3");
        // only half of the targets: 0.20 × 1/2
        assertThat(similar.getFloat(far + ".score")).isEqualTo(0.1f);
        assertThat(similar.getString("items.find { it.id == '" + fixture.twin() + "' }.classification")).isEqualTo("PENDING");

        String tag = given().get(PRACTICES + "/" + fixture.source() + "/similar").then().statusCode(200)
                .body("items.size()", lessThanOrEqualTo(10)).extract().header("ETag");
        given().header("If-None-Match", tag).get(PRACTICES + "/" + fixture.source() + "/similar").then().statusCode(304);
        given().queryParam("limit", 2).get(PRACTICES + "/" + fixture.source() + "/similar").then().statusCode(200)
                .body("items.id", contains(fixture.twin(), fixture.cousin()));
    }

    @Test
    void similarPracticesOfARecordOnlyWhoMayReadIt() {
        String url = PRACTICES + "/" + fixture.draft() + "/similar";
        given().get(url).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forUser("ana.academica")).get(url).then().statusCode(404);
        given().auth().oauth2(editor()).get(url).then().statusCode(200)
                .body("items.id", hasItem(fixture.twin())).body("items.id", everyItem(not(fixture.draft())));
        given().get(PRACTICES + "/0190a3f2-7c1e-7b3a-9f00-5c2d8e4b1a99/similar").then().statusCode(404);

        String own = Api.create(chihuahuaSystem(), record("Ejemplo: Ajolotario propio en borrador", "08037",
                List.of("INNOVATION"), List.of("SINGLE_PLATFORM"), List.of("6.1"), PROBLEM, OBJECTIVES)).path("id");
        given().auth().oauth2(chihuahuaSystem()).get(PRACTICES + "/" + own + "/similar").then().statusCode(200)
                .body("items.id", hasItem(fixture.twin()));
        given().auth().oauth2(otherSystem()).get(PRACTICES + "/" + own + "/similar").then().statusCode(404);
    }

    @Test
    void theLimitOfSimilarPracticesIsFromOneToFifty() {
        String url = PRACTICES + "/" + fixture.source() + "/similar";
        for (String wrong : List.of("0", "51", "-1", "many", "1.5")) {
            given().queryParam("limit", wrong).get(url).then().statusCode(400).contentType("application/problem+json")
                    .body("type", is("https://cajaga.mx/problems/invalid-parameter"));
        }
        given().queryParam("limit", 1).get(url).then().statusCode(200).body("items.id", contains(fixture.twin()));
        given().queryParam("limit", 50).get(url).then().statusCode(200);
    }

    @Test
    void adaptationElementsOfVisibleReflectionsAreCountedWhateverTheirSpelling() {
        given().get(PRACTICES + "/" + fixture.source() + "/adaptations").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("elements.element", contains("Captación pluvial", "Asambleas por colonia", "Mapa de riesgos"))
                .body("elements.reflections", contains(3, 1, 1))
                .body("municipalities.cvegeo", contains("20067"))
                .body("municipalities[0].name", is("Oaxaca de Juárez"))
                .body("municipalities[0].reflections", is(2));
        given().get(PRACTICES + "/" + fixture.twin() + "/adaptations").then().statusCode(200)
                .body("elements", empty()).body("municipalities", empty());
        given().get(PRACTICES + "/" + fixture.draft() + "/adaptations").then().statusCode(404);
        given().auth().oauth2(editor()).get(PRACTICES + "/" + fixture.draft() + "/adaptations").then().statusCode(200)
                .body("elements", empty());
        given().get(PRACTICES + "/0190a3f2-7c1e-7b3a-9f00-5c2d8e4b1a99/adaptations").then().statusCode(404);
    }

    @Test
    void suggestionsComeFromPlacesOfTheSameSizeFirstAndLeaveOutWhatThePlaceHas() {
        JsonPath suggested = given().queryParam("problem", "ajolotario").get(SUGGESTIONS.formatted("08012")).then()
                .statusCode(200).header("ETag", notNullValue())
                .body("municipality.cvegeo", is("08012")).body("municipality.state", is("08"))
                .body("municipality.sizeClass", is("RURAL")).extract().jsonPath();
        // the same class first (the classified one before the pending one), then two classes away; "far" is
        // present in Carichí (its practice has all of far's principles and one of its goals), the draft is not
        // published and Carichí's own practice is there already
        assertThat(suggested.getList("items.id")).containsExactly(fixture.source(), fixture.twin(), fixture.cousin());
        assertThat(suggested.getList("items.reasons.sizeClassDistance")).containsExactly(0, 0, 2);
        assertThat(suggested.getList("items.reasons.sameSizeClass")).containsExactly(true, true, false);
        assertThat(suggested.getList("items.reasons.sameState")).containsExactly(true, false, true);
        assertThat(suggested.getList("items.reasons.matchesProblem")).containsExactly(true, true, true);
        assertThat(suggested.getList("items.classification")).containsExactly("GOOD_PRACTICE", "PENDING", "PENDING");
        assertThat(suggested.getList("items[0].sizeClasses")).containsExactly("RURAL");
        assertThat(suggested.getList("items[0].adaptationElements.element"))
                .containsExactly("Captación pluvial", "Asambleas por colonia", "Mapa de riesgos");
        assertThat(suggested.getList("items[1].adaptationElements")).isEmpty();

        given().queryParam("problem", "ajolotario").queryParam("principle", "TRANSPARENCY")
                .get(SUGGESTIONS.formatted("08012")).then().statusCode(200)
                .body("items.id", contains(fixture.cousin())).body("items[0].reasons.sharedPrinciples", contains("TRANSPARENCY"));
        given().queryParam("problem", "ajolotario").queryParam("sdgGoal", "6").queryParam("sdgGoal", "16")
                .get(SUGGESTIONS.formatted("08012")).then().statusCode(200)
                .body("items.id", contains(fixture.source(), fixture.twin(), fixture.cousin()))
                .body("items[0].reasons.sharedGoals", contains(6));
        given().queryParam("problem", "ajolotario").queryParam("sdgGoal", "16").get(SUGGESTIONS.formatted("08012")).then()
                .statusCode(200).body("items", empty());
        // in Allende the source is there already, and so is its twin: the source has all the twin's principles
        // and one of its goals
        given().queryParam("problem", "ajolotario").get(SUGGESTIONS.formatted("08003")).then().statusCode(200)
                .body("items.id", contains(fixture.home(), fixture.cousin(), fixture.far()));
        // from an urban place, the urban cousin comes first, then the metropolitan one, then the rural ones
        given().queryParam("problem", "ajolotario").get(SUGGESTIONS.formatted("20067")).then().statusCode(200)
                .body("items.id", contains(fixture.cousin(), fixture.far(), fixture.source(),
                        fixture.twin().compareTo(fixture.home()) < 0 ? fixture.twin() : fixture.home(),
                        fixture.twin().compareTo(fixture.home()) < 0 ? fixture.home() : fixture.twin()))
                .body("items.reasons.sizeClassDistance", contains(0, 1, 2, 2, 2));
    }

    @Test
    void thePresenceBitsOfSuggestionsAreTheGoalsOrBit17() throws Exception {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            assertThat(scalar(statement, "select cajaga_presence_bits('{1,6,17}')")).isEqualTo(1 | 1 << 5 | 1 << 16);
            assertThat(scalar(statement, "select cajaga_presence_bits('{}')")).isEqualTo(1 << 17);
            assertThat(scalar(statement, "select cajaga_principle_bits('{TRANSPARENCY,INNOVATION}')")).isEqualTo(1 | 1 << 3);
        }
    }

    private static int scalar(Statement statement, String sql) throws SQLException {
        try (ResultSet found = statement.executeQuery(sql)) {
            found.next();
            return found.getInt(1);
        }
    }

    @Test
    void suggestionsRefuseWhatTheyCannotAnswer() {
        given().get(SUGGESTIONS.formatted("99999")).then().statusCode(404).contentType("application/problem+json");
        for (String wrong : List.of("8019", "abcde", "080190")) {
            given().get(SUGGESTIONS.formatted(wrong)).then().statusCode(400).contentType("application/problem+json");
        }
        given().queryParam("principle", "transparencia").get(SUGGESTIONS.formatted("08012")).then().statusCode(400);
        given().queryParam("sdgGoal", "seis").get(SUGGESTIONS.formatted("08012")).then().statusCode(400);
        given().queryParam("problem", "a".repeat(501)).get(SUGGESTIONS.formatted("08012")).then().statusCode(400);
        given().queryParam("limit", 51).get(SUGGESTIONS.formatted("08012")).then().statusCode(400);
        given().queryParam("limit", 50).get(SUGGESTIONS.formatted("08012")).then().statusCode(200);
    }

    @Test
    void withoutTheMunicipalitiesFromTaxonomyServiceSuggestionsSayRetry() throws Exception {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute("delete from municipality_profile");
        }
        try {
            given().get(SUGGESTIONS.formatted("08012")).then().statusCode(503).header("Retry-After", notNullValue())
                    .body("type", is("https://cajaga.mx/problems/dependency-unavailable"));
        } finally {
            labels.refresh();
        }
        given().get(SUGGESTIONS.formatted("08012")).then().statusCode(200);
    }

    @Test
    void theSearchFiltersBySizeClass() {
        given().queryParam("q", "ajolotario").queryParam("sizeClass", "RURAL").queryParam("limit", 50).get(PRACTICES).then()
                .statusCode(200).body("items.id", containsInAnyOrder(fixture.source(),
                        fixture.twin(), fixture.home()));
        given().queryParam("q", "ajolotario").queryParam("sizeClass", "URBAN").queryParam("sizeClass", "METROPOLITAN")
                .get(PRACTICES).then().statusCode(200)
                .body("items.id", containsInAnyOrder(fixture.cousin(), fixture.far()));
        given().queryParam("sizeClass", "HUGE").get(PRACTICES).then().statusCode(400)
                .body("type", is("https://cajaga.mx/problems/invalid-parameter"));
        given().queryParam("q", "ajolotario").queryParam("sizeClass", "SEMI_URBAN").get(PRACTICES).then().statusCode(200)
                .body("items", empty()).body("next", nullValue());
    }

    private static Map<String, Object> record(String title, String municipality, List<String> principles,
                                              List<String> lessons, List<String> targets, String problem,
                                              String objectives) {
        Map<String, Object> record = practice(title, municipality);
        record.put("principles", principles);
        record.put("lessons", lessons);
        record.put("sdgTargets", targets);
        if (problem != null) {
            record.put("problem", problem);
            record.put("objectives", objectives);
        }
        return record;
    }

    private static Response reflect(String practice, String author, String elements, String municipality) {
        String adaptation = "{\"elements\": \"" + elements + "\""
                + (municipality == null ? "" : ", \"municipality\": \"" + municipality + "\"") + "}";
        Response posted = given().auth().oauth2(TestTokens.forUser(author)).contentType(ContentType.JSON)
                .body("{\"text\": \"Lo adaptaríamos.\", \"sector\": \"CITIZENS\", \"adaptation\": " + adaptation + "}")
                .post(PRACTICES + "/" + practice + "/reflections");
        posted.then().statusCode(201);
        return posted;
    }
}
