package org.cajaga.taxonomy;

import static io.restassured.RestAssured.given;
import static org.cajaga.taxonomy.TermBodies.sector;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Curators extend and edit vocabularies; everyone reads them, cached and localized. */
@QuarkusTest
class VocabularyTest {

    private static final String SECTORS = "/api/v1/taxonomy/sectors";

    private static String curator() {
        return TestTokens.forUser("carla.curator", "curator");
    }

    @Test
    void aCuratorAddsASectorReadableInBothLanguages() {
        Response created = given().auth().oauth2(curator()).contentType(ContentType.JSON)
                .body(sector("COOPERATIVES", "Cooperativas", "Cooperatives", 7)).post(SECTORS);
        created.then().statusCode(201)
                .header("Location", endsWith("/api/v1/taxonomy/sectors/COOPERATIVES"))
                .body("code", is("COOPERATIVES")).body("name", is("Cooperativas")).body("version", is(0));
        given().header("Accept-Language", "en").get(SECTORS + "/COOPERATIVES").then().statusCode(200)
                .header("Content-Language", "en").header("Vary", is("Accept-Language"))
                .body("name", is("Cooperatives"));
        given().auth().oauth2(curator()).contentType(ContentType.JSON)
                .body(sector("COOPERATIVES", "Otra", "Other", 8)).post(SECTORS).then().statusCode(409)
                .body("type", is("https://cajaga.mx/problems/already-exists"));
    }

    @Test
    void anEditNeedsTheCurrentEtag() {
        given().auth().oauth2(curator()).contentType(ContentType.JSON)
                .body(sector("UNIONS", "Sindicatos", "Unions", 8)).post(SECTORS).then().statusCode(201);
        String spanishTag = given().get(SECTORS + "/UNIONS").then().statusCode(200).extract().header("ETag");
        String englishTag = given().header("Accept-Language", "en").get(SECTORS + "/UNIONS").then().extract().header("ETag");
        org.assertj.core.api.Assertions.assertThat(spanishTag).isNotEqualTo(englishTag);

        given().auth().oauth2(curator()).contentType(ContentType.JSON)
                .body(change("Sindicatos de trabajadores", "Trade unions", 8)).put(SECTORS + "/UNIONS").then()
                .statusCode(428).body("type", is("https://cajaga.mx/problems/precondition-required"));
        String newTag = given().auth().oauth2(curator()).contentType(ContentType.JSON).header("If-Match", englishTag)
                .body(change("Sindicatos de trabajadores", "Trade unions", 8)).put(SECTORS + "/UNIONS").then()
                .statusCode(200).body("version", is(1)).body("name", is("Sindicatos de trabajadores"))
                .header("ETag", not(is(spanishTag))).extract().header("ETag");
        given().auth().oauth2(curator()).contentType(ContentType.JSON).header("If-Match", spanishTag)
                .body(change("Perdido", "Lost", 8)).put(SECTORS + "/UNIONS").then().statusCode(412)
                .body("type", is("https://cajaga.mx/problems/precondition-failed"));
        given().header("If-None-Match", newTag).get(SECTORS + "/UNIONS").then().statusCode(304);
        given().header("Accept-Language", "en").get(SECTORS + "/UNIONS").then().body("name", is("Trade unions"));
        given().auth().oauth2(curator()).contentType(ContentType.JSON).header("If-Match", newTag)
                .body(change("x", "y", 1)).put(SECTORS + "/NO_SUCH").then().statusCode(404);
    }

    @Test
    void listsAreCacheableAndRevalidatedWithTheirEtag() {
        Response first = given().get("/api/v1/taxonomy/principles");
        first.then().statusCode(200).header("Cache-Control", is("max-age=300"));
        given().header("If-None-Match", first.header("ETag")).get("/api/v1/taxonomy/principles").then().statusCode(304);
        given().header("If-None-Match", first.header("ETag")).header("Accept-Language", "en")
                .get("/api/v1/taxonomy/principles").then().statusCode(200);
    }

    @Test
    void principlesAreEditableByAdminsButNotByIntegrators() {
        given().auth().oauth2(TestTokens.forUser("gov-system", "integrator")).contentType(ContentType.JSON)
                .header("If-Match", "*").body(change("x", "y", 1)).put("/api/v1/taxonomy/principles/TRANSPARENCY")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.forUser("ada", "admin")).contentType(ContentType.JSON)
                .body(sector("LOCAL_MEDIA", "Medios locales", "Local media", 9)).post(SECTORS).then().statusCode(201);
    }

    private static String change(String es, String en, int position) {
        return "{\"name\": {\"es\": \"" + es + "\", \"en\": \"" + en + "\"},"
                + " \"description\": {\"es\": \"Descripción\", \"en\": \"Description\"}, \"position\": " + position + "}";
    }
}
