package org.cajaga.taxonomy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Walking a list page by page through its Link headers gives every item exactly once, in order. */
@QuarkusTest
class PaginationTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @Test
    void walkingAllMunicipalitiesGivesEachOnceInOrder() {
        List<String> seen = walk("/api/v1/taxonomy/municipalities?limit=200", "items.cvegeo");
        assertThat(seen).hasSizeGreaterThanOrEqualTo(2469).doesNotHaveDuplicates().isSorted();
        assertThat(seen).contains("01001", "32058");
    }

    @Test
    void smallPagesOfTargetsJoinUpWithoutGaps() {
        List<String> paged = walk("/api/v1/taxonomy/sdg/targets?limit=7", "items.code");
        List<String> whole = given().queryParam("limit", 200).get("/api/v1/taxonomy/sdg/targets").then()
                .extract().jsonPath().getList("items.code");
        assertThat(paged).hasSize(169).isEqualTo(whole);
    }

    @Test
    void theLastPageHasNoNextLink() {
        Response last = given().queryParam("limit", 17).get("/api/v1/taxonomy/sdg/goals");
        last.then().statusCode(200).body("items.size()", is(17));
        assertThat(last.header("Link")).isNull();
        assertThat(last.jsonPath().getString("next")).isNull();
    }

    @Test
    void limitsOutsideOneToTwoHundredAndForgedCursorsAreBadRequests() {
        for (String limit : new String[] {"0", "201", "-5"}) {
            given().queryParam("limit", limit).get("/api/v1/taxonomy/states").then().statusCode(400)
                    .contentType("application/problem+json").body("type", is("https://cajaga.mx/problems/invalid-parameter"));
        }
        given().queryParam("limit", "many").get("/api/v1/taxonomy/states").then().statusCode(400)
                .body("detail", is("El parámetro 'limit' debe ser un número entero; se recibió 'many'."));
        given().queryParam("goal", "five").get("/api/v1/taxonomy/sdg/targets").then().statusCode(400);
        for (String cursor : new String[] {"garbage!", "YWJj", "YzEfLTU"}) {
            given().queryParam("cursor", cursor).get("/api/v1/taxonomy/sdg/targets").then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    private static List<String> walk(String firstUrl, String path) {
        List<String> seen = new ArrayList<>();
        String url = firstUrl;
        int pages = 0;
        while (url != null) {
            Response page = given().urlEncodingEnabled(false).get(url);
            page.then().statusCode(200);
            seen.addAll(page.jsonPath().getList(path));
            String link = page.header("Link");
            url = null;
            if (link != null) {
                Matcher next = NEXT.matcher(link);
                assertThat(next.find()).isTrue();
                url = next.group(1);
            }
            assertThat(++pages).isLessThan(100);
        }
        assertThat(new LinkedHashSet<>(seen)).hasSameSizeAs(seen);
        return seen;
    }
}
