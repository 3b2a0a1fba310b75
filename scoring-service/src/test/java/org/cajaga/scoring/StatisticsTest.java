package org.cajaga.scoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cajaga.scoring.Evaluations.evaluator;
import static org.cajaga.scoring.Evaluations.submitted;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatisticsTest {

    private static final String STATS = "/api/v1/stats";

    @Test
    void countsFollowTheConsolidationsAndAreAnonymousAndCacheable() {
        JsonPath before = read("/classifications");
        JsonPath statesBefore = read("/by-state");

        UUID emblematic = PracticeStubs.published(true);
        submitted(evaluator("ana"), emblematic, 1, Set.of());
        submitted(evaluator("beto"), emblematic, 1, Set.of());
        UUID good = PracticeStubs.published(false);
        submitted(evaluator("ana"), good, 1, Set.of("RESULTS"));
        submitted(evaluator("beto"), good, 1, Set.of("RESULTS"));

        JsonPath after = read("/classifications");
        assertDelta(before, after, "total", 2);
        assertDelta(before, after, "emblematic", 1);
        assertDelta(before, after, "goodPractice", 1);
        assertDelta(statesBefore, read("/by-state"), "find { it.key == '08' }.counts.total", 2);

        given().get(STATS + "/by-sdg-goal").then().statusCode(200)
                .body("find { it.key == '16' }.counts.total", notNullValue());
        given().get(STATS + "/by-principle").then().statusCode(200)
                .body("find { it.key == 'PARTICIPATION' }.counts.total", notNullValue());
        given().get(STATS + "/criteria").then().statusCode(200)
                .body("find { it.criteriaSet == 'mapeo-2022' && it.criteriaSetVersion == 1 }.criteria[0].criterion",
                        equalTo("INNOVATION"))
                .body("find { it.criteriaSetVersion == 1 }.criteria.find { it.criterion == 'RESULTS' }.notMet",
                        notNullValue());
        given().get(STATS + "/agreement").then().statusCode(200)
                .body("practices", notNullValue()).body("meanAgreementPercent", notNullValue());

        String etag = given().get(STATS + "/classifications").then().statusCode(200)
                .header("Cache-Control", containsString("max-age=60")).extract().header("ETag");
        given().header("If-None-Match", etag).get(STATS + "/classifications").then().statusCode(304);
    }

    private static JsonPath read(String path) {
        return given().get(STATS + path).then().statusCode(200).extract().jsonPath();
    }

    private static void assertDelta(JsonPath before, JsonPath after, String path, int delta) {
        Number was = before.get(path);
        Number now = after.get(path);
        assertThat((now == null ? 0 : now.intValue()) - (was == null ? 0 : was.intValue()))
                .as(path).isEqualTo(delta);
    }
}
