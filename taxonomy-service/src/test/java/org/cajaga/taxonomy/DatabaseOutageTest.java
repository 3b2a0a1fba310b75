package org.cajaga.taxonomy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.cajaga.testing.DatabaseOutage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The database going away is a 503 that says when to retry, and its return needs no restart. */
@QuarkusTest
class DatabaseOutageTest {

    private static final String SEARCH = "/api/v1/taxonomy/municipalities";

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @Test
    void anUnreachableDatabaseIsA503WithRetryAfterAndItsReturnNeedsNoRestart() throws InterruptedException {
        given().queryParam("q", "Juarez").get(SEARCH).then().statusCode(200);
        try (DatabaseOutage ignored = DatabaseOutage.begin(url, user)) {
            for (String q : new String[] {"Juarez", "Chihuahua", "Merida"}) {
                given().queryParam("q", q).get(SEARCH).then().statusCode(503)
                        .contentType("application/problem+json")
                        .header("Retry-After", "2")
                        .body("type", is("https://cajaga.mx/problems/unavailable"));
            }
        }
        assertThat(answersWithin(40)).as("status once the database is back").isEqualTo(200);
    }

    /** The status of the search once it answers 200, trying at most {@code tries} times half a second apart. */
    private static int answersWithin(int tries) throws InterruptedException {
        int status = 0;
        for (int attempt = 0; attempt < tries && status != 200; attempt++) {
            status = given().queryParam("q", "Juarez").get(SEARCH).statusCode();
            if (status != 200) {
                Thread.sleep(500);
            }
        }
        return status;
    }
}
