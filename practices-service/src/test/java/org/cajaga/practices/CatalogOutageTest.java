package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's labels come from taxonomy-service: before they were ever read, an outage is a 503 that
 * says when to try again; once read, they serve while it is down. Its own application, so that no other
 * test has read the labels before.
 */
@QuarkusTest
@TestProfile(CatalogOutageTest.FreshLabels.class)
class CatalogOutageTest {

    private static final String CATALOG = "/api/v1/catalog";
    /** Every read of taxonomy-service's lists fails, ahead of the stub's usual answers. */
    private static final String LISTS_DOWN = "{\"priority\": 1, \"request\": {\"method\": \"GET\", "
            + "\"urlPathPattern\": \"/api/v1/taxonomy/.*\"}, \"response\": {\"fault\": \"CONNECTION_RESET_BY_PEER\"}}";

    /** Another application than the other tests', whose labels are never fresh: every read asks taxonomy-service. */
    public static class FreshLabels implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cajaga.practices.taxonomy-cache-ttl", "PT0S");
        }
    }

    @Test
    void beforeTheLabelsWereReadAnOutageIsA503AfterwardsTheyServe() {
        String down = given().body(LISTS_DOWN).post(TaxonomyControl.admin() + "/mappings").then().statusCode(201).extract().path("id");
        try {
            given().accept("text/turtle").get(CATALOG).then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", not(emptyOrNullString()))
                    .body("type", is("https://cajaga.mx/problems/dependency-unavailable"))
                    .body("detail", containsString("taxonomía"));
        } finally {
            given().delete(TaxonomyControl.admin() + "/mappings/" + down).then().statusCode(200);
        }
        given().accept("text/turtle").get(CATALOG).then().statusCode(200);
        down = given().body(LISTS_DOWN).post(TaxonomyControl.admin() + "/mappings").then().statusCode(201).extract().path("id");
        try {
            given().accept("text/turtle").get(CATALOG).then().statusCode(200).body(containsString("dcat:Catalog"));
        } finally {
            given().delete(TaxonomyControl.admin() + "/mappings/" + down).then().statusCode(200);
        }
    }
}
