package org.cajaga.taxonomy;

import static io.restassured.RestAssured.given;
import static org.cajaga.taxonomy.TermBodies.sector;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Reads answer from the in-memory snapshot, and a write through this instance is read back at once: the periodic
 * revision check is set to an hour in tests, so only the refresh after the write can have brought it.
 */
@QuarkusTest
class TaxonomySnapshotTest {

    private static final String SECTORS = "/api/v1/taxonomy/sectors";

    private static String curator() {
        return TestTokens.forUser("carla.curator", "curator");
    }

    @Test
    void aWriteThroughThisInstanceIsReadBackAtOnce() {
        String tag = given().auth().oauth2(curator()).contentType(ContentType.JSON)
                .body(sector("SNAPSHOT_WRITE", "Escritura", "Write", 31)).post(SECTORS).then().statusCode(201)
                .extract().header("ETag");
        given().queryParam("limit", 200).get(SECTORS).then().statusCode(200).body("items.code", hasItem("SNAPSHOT_WRITE"));
        given().header("If-None-Match", tag).get(SECTORS + "/SNAPSHOT_WRITE").then().statusCode(304);

        given().auth().oauth2(curator()).contentType(ContentType.JSON).header("If-Match", tag)
                .body(change("Escritura leída", "Write read back")).put(SECTORS + "/SNAPSHOT_WRITE").then().statusCode(200);
        given().get(SECTORS + "/SNAPSHOT_WRITE").then().statusCode(200).body("name", is("Escritura leída")).body("version", is(1));
        given().header("If-None-Match", tag).get(SECTORS + "/SNAPSHOT_WRITE").then().statusCode(200);

        int municipalities = given().get("/api/v1/taxonomy/states/31").then().statusCode(200)
                .extract().path("municipalityCount");
        given().auth().oauth2(curator()).contentType(ContentType.JSON)
                .body("{\"cvegeo\": \"31901\", \"name\": \"Municipio Instantáneo\", \"reason\": \"Prueba\"}")
                .post("/api/v1/taxonomy/municipalities").then().statusCode(201);
        given().queryParam("q", "instantaneo").get("/api/v1/taxonomy/municipalities").then().statusCode(200)
                .body("items.cvegeo", hasItem("31901"));
        given().get("/api/v1/taxonomy/states/31").then().statusCode(200).body("municipalityCount", is(municipalities + 1));
    }

    private static String change(String es, String en) {
        return "{\"name\": {\"es\": \"" + es + "\", \"en\": \"" + en + "\"},"
                + " \"description\": {\"es\": \"Descripción\", \"en\": \"Description\"}, \"position\": 31}";
    }
}
