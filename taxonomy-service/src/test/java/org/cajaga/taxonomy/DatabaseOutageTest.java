package org.cajaga.taxonomy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.cajaga.testing.DatabaseOutage;
import org.cajaga.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * While the database is away, reads keep answering from the last snapshot (a 304 never needed it); a write is a
 * 503 that says when to retry, and the database's return needs no restart.
 */
@QuarkusTest
class DatabaseOutageTest {

    private static final String SEARCH = "/api/v1/taxonomy/municipalities";
    private static final String PRINCIPLES = "/api/v1/taxonomy/principles";

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @Test
    void readsKeepServingTheLastSnapshotWritesAreA503AndTheReturnNeedsNoRestart() throws InterruptedException {
        String tag = given().get(PRINCIPLES).then().statusCode(200).extract().header("ETag");
        try (DatabaseOutage ignored = DatabaseOutage.begin(url, user)) {
            given().header("If-None-Match", tag).get(PRINCIPLES).then().statusCode(304);
            given().get(PRINCIPLES).then().statusCode(200).header("ETag", is(tag));
            for (String[] search : new String[][] {{"Juarez", "Juárez"}, {"Chihuahua", "Chihuahua"}, {"Merida", "Mérida"}}) {
                given().queryParam("q", search[0]).get(SEARCH).then().statusCode(200).body("items.name", hasItem(search[1]));
            }
            given().contentType(ContentType.JSON).body("{\"states\": [\"08\"]}").post("/api/v1/taxonomy/validation")
                    .then().statusCode(200).body("valid", is(true));
            rename().then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "2")
                    .body("type", is("https://cajaga.mx/problems/unavailable"));
        }
        assertThat(renamedWithin(40)).as("status of a write once the database is back").isEqualTo(200);
        given().get(SEARCH + "/08019/history").then().statusCode(200).body("items.newName", hasItem("Chihuahua"));
    }

    private static Response rename() {
        return given().auth().oauth2(TestTokens.forUser("carla.curator", "curator")).contentType(ContentType.JSON)
                .header("If-Match", "*").body("{\"name\": \"Chihuahua\", \"reason\": \"Prueba de caída\"}")
                .put(SEARCH + "/08019");
    }

    /** The status of a rename once it answers 200, trying at most {@code tries} times half a second apart. */
    private static int renamedWithin(int tries) throws InterruptedException {
        int status = 0;
        for (int attempt = 0; attempt < tries && status != 200; attempt++) {
            status = rename().statusCode();
            if (status != 200) {
                Thread.sleep(500);
            }
        }
        return status;
    }
}
