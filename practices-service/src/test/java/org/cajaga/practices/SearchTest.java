package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cajaga.practices.Api.PRACTICES;
import static org.cajaga.practices.SampleRecords.editor;
import static org.cajaga.practices.SampleRecords.practice;
import static org.cajaga.practices.SampleRecords.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Search, filters, facets and paging over practices of Mérida (31050) and Progreso (31059), used only here. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTest {

    private static final String MERIDA = "31050";
    private static final String PROGRESO = "31059";

    @Inject
    SessionFactory sessions;

    private String participation;
    private String budget;
    private String water;

    @BeforeEach
    void publishSomePracticesOnce() {
        if (participation != null) {
            return;
        }
        participation = Api.published(with(with(practice("Ejemplo: Participación Ciudadana en el Cabildo", MERIDA),
                "principles", List.of("PARTICIPATION")), "sdgTargets", List.of("16.7")));
        budget = Api.published(with(with(with(practice("Ejemplo: Presupuestos participativos por colonia", MERIDA),
                "principles", List.of("PARTICIPATION", "TRANSPARENCY")), "sdgTargets", List.of("11.3", "16.7")),
                "period", Map.of("start", "2018-01-01", "end", "2019-12-31")));
        water = Api.published(with(with(with(with(practice("Ejemplo: Datos abiertos del agua", MERIDA),
                "principles", List.of("TRANSPARENCY")), "sdgTargets", List.of("6.4")),
                "coCreation", Map.of("cocreated", false)),
                "actors", List.of(Map.of("name", "Universidad Ejemplo", "sector", "ACADEMIA"))));
        Api.create(editor(), practice("Ejemplo: Participación en borrador", MERIDA)).then().statusCode(201);
    }

    @Test
    void fullTextSearchIgnoresAccentsAndWordEndings() {
        given().queryParam("q", "participacion ciudadana").queryParam("municipality", MERIDA).get(PRACTICES).then()
                .statusCode(200).body("items.id", hasItem(participation));
        // every sample record is tagged "presupuesto" and tags are searched too: the title match comes first
        given().queryParam("q", "presupuesto participativo").queryParam("municipality", MERIDA).get(PRACTICES).then()
                .body("items.id[0]", is(budget));
        given().queryParam("q", "DATOS abiertos").queryParam("municipality", MERIDA).get(PRACTICES).then()
                .body("items.id", contains(water));
        given().queryParam("q", "asambleas").queryParam("municipality", MERIDA).get(PRACTICES).then()
                .body("items.size()", is(3));
    }

    @Test
    void eachFilterNarrowsTheList() {
        assertIds(Map.of("principle", "TRANSPARENCY"), budget, water);
        assertIds(Map.of("lesson", "COCREATION"), participation, budget, water);
        assertIds(Map.of("sdgGoal", "16"), participation, budget);
        assertIds(Map.of("sdgTarget", "6.4"), water);
        assertIds(Map.of("sector", "ACADEMIA"), water);
        assertIds(Map.of("cocreated", "false"), water);
        assertIds(Map.of("yearTo", "2019"), budget);
        assertIds(Map.of("yearFrom", "2020"), participation, water);
        assertIds(Map.of("classification", "PENDING"), participation, budget, water);
        assertIds(Map.of("classification", "EMBLEMATIC"));
        assertIds(Map.of("state", "31", "principle", "PARTICIPATION"), participation, budget);
        given().queryParam("municipality", MERIDA).queryParam("principle", "TRANSPARENCY")
                .queryParam("principle", "PARTICIPATION").get(PRACTICES).then().body("items.size()", is(3));
    }

    @Test
    void staffFilterByStatusOthersOnlySeePublished() {
        given().queryParam("municipality", MERIDA).queryParam("status", "DRAFT").get(PRACTICES).then().statusCode(403);
        given().auth().oauth2(editor()).queryParam("municipality", MERIDA).queryParam("status", "DRAFT").get(PRACTICES)
                .then().statusCode(200).body("items.title", contains("Ejemplo: Participación en borrador"));
        given().auth().oauth2(editor()).queryParam("municipality", MERIDA).get(PRACTICES).then().body("items.size()", is(4));
        given().queryParam("municipality", MERIDA).get(PRACTICES).then().body("items.size()", is(3));
    }

    @Test
    void facetsCountEveryMatchNotJustThePage() {
        given().queryParam("municipality", MERIDA).queryParam("facets", true).queryParam("limit", 1).get(PRACTICES).then()
                .statusCode(200)
                .body("items.size()", is(1))
                .body("facets.state", is(Map.of("31", 3)))
                .body("facets.classification", is(Map.of("PENDING", 3)))
                .body("facets.principle", is(Map.of("PARTICIPATION", 2, "TRANSPARENCY", 2)))
                .body("facets.sdgGoal", is(Map.of("6", 1, "11", 1, "16", 2)));
    }

    @Test
    void sortingAndBadParameters() {
        given().queryParam("municipality", MERIDA).queryParam("sort", "title").get(PRACTICES).then()
                .body("items.id", contains(water, participation, budget));
        given().queryParam("sort", "relevance").get(PRACTICES).then().statusCode(400);
        given().queryParam("sort", "random").get(PRACTICES).then().statusCode(400);
        given().queryParam("principle", "lower case").get(PRACTICES).then().statusCode(400);
        given().queryParam("classification", "GREAT").get(PRACTICES).then().statusCode(400);
        given().queryParam("yearFrom", "soon").get(PRACTICES).then().statusCode(400);
        given().queryParam("updatedSince", "yesterday").get(PRACTICES).then().statusCode(400);
        given().queryParam("cursor", "Zm9v").get(PRACTICES).then().statusCode(400);
    }

    @Test
    void pagesStayConsistentWhileRecordsChange() {
        List<String> seen = new ArrayList<>();
        Response first = given().queryParam("municipality", MERIDA).queryParam("sort", "TITLE").queryParam("limit", 2)
                .get(PRACTICES);
        seen.addAll(first.path("items.id"));
        String extra = Api.published(practice("Ejemplo: AAA aparece después", MERIDA));
        try {
            Response second = given().queryParam("municipality", MERIDA).queryParam("sort", "TITLE").queryParam("limit", 2)
                    .queryParam("cursor", (String) first.path("next")).get(PRACTICES);
            seen.addAll(second.path("items.id"));
            assertThat(seen).doesNotHaveDuplicates().containsExactly(water, participation, budget);
            assertThat(first.header("Link")).contains("rel=\"next\"");
            assertThat(extra).isNotIn(seen);
        } finally {
            archive(extra);
        }
    }

    @Test
    void withFacetsThePagesAreTheSameInEverySortOrder() {
        for (String sort : List.of("RELEVANCE", "UPDATED", "TITLE")) {
            assertThat(allPages(sort, true)).as(sort).hasSize(3).isEqualTo(allPages(sort, false));
        }
    }

    private static List<String> allPages(String sort, boolean facets) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("q", "ejemplo").queryParam("municipality", MERIDA).queryParam("sort", sort)
                    .queryParam("facets", facets).queryParam("limit", 1);
            Response page = (cursor == null ? request : request.queryParam("cursor", cursor)).get(PRACTICES);
            page.then().statusCode(200);
            ids.addAll(page.path("items.id"));
            cursor = page.path("next");
        } while (cursor != null);
        return ids;
    }

    @Test
    void theChangeFeedReportsWhatLeftThePublic() {
        Instant since = Instant.now();
        String leaving = Api.published(practice("Ejemplo: Se archivará", PROGRESO));
        String staying = Api.published(practice("Ejemplo: Se queda", PROGRESO));
        archive(leaving);
        Response feed = given().queryParam("updatedSince", since.toString()).queryParam("municipality", PROGRESO)
                .get(PRACTICES);
        feed.then().statusCode(200)
                .body("items.id", contains(staying))
                .body("removed.id", hasItem(leaving))
                .body("removed.find { it.id == '" + leaving + "' }.reason", is("ARCHIVED"));
        given().queryParam("updatedSince", Instant.now().plusSeconds(60).toString()).get(PRACTICES).then()
                .body("items.size()", is(0)).body("removed.size()", is(0));
    }

    @Test
    void aListCostsTheSameNumberOfQueriesWhateverItsLength() {
        long small = statementsFor(1);
        long large = statementsFor(3);
        assertThat(large).isEqualTo(small).isLessThanOrEqualTo(3);
    }

    @Test
    void statisticsCountPublishedPracticesOnly() {
        given().get(PRACTICES + "/statistics").then().statusCode(200)
                .header("Cache-Control", "max-age=60")
                .body("byMunicipality.'31050'", is(3))
                .body("byState.'31'", greaterThanOrEqualTo(3))
                .body("byPrinciple.PARTICIPATION", greaterThanOrEqualTo(2))
                .body("bySdgGoal.'6'", greaterThanOrEqualTo(1))
                .body("byClassification.PENDING", greaterThanOrEqualTo(3));
    }

    @Test
    void anUnchangedListAnswers304() {
        Response list = given().queryParam("municipality", MERIDA).get(PRACTICES);
        given().header("If-None-Match", list.header("ETag")).queryParam("municipality", MERIDA).get(PRACTICES).then()
                .statusCode(304);
        given().header("If-None-Match", list.header("ETag")).queryParam("municipality", MERIDA)
                .queryParam("facets", true).get(PRACTICES).then().statusCode(200);
    }

    private long statementsFor(int limit) {
        sessions.getStatistics().clear();
        given().queryParam("municipality", MERIDA).queryParam("limit", limit).get(PRACTICES).then().statusCode(200)
                .body("items.size()", is(limit));
        return sessions.getStatistics().getPrepareStatementCount();
    }

    private static void archive(String id) {
        Api.move(id, "archive", Api.etag(id));
    }

    private static void assertIds(Map<String, String> filters, String... expected) {
        List<String> ids = given().queryParam("municipality", MERIDA).queryParams(filters).get(PRACTICES).then()
                .statusCode(200).extract().path("items.id");
        assertThat(new HashSet<>(ids)).as("filters %s", filters).containsExactlyInAnyOrder(expected);
    }
}
