package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.cajaga.practices.Api.PRACTICES;
import static org.cajaga.practices.SampleRecords.practice;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.cajaga.practices.labels.TaxonomyLabels;
import org.junit.jupiter.api.Test;

/**
 * A read statement that runs past {@code cajaga.practices.read-timeout} is cancelled in PostgreSQL and the request
 * answers 503 with {@code Retry-After}, in Spanish and English, never a 500; once the statement can run again, the
 * same request answers. The statement is made slow by a lock this test holds on a table it reads
 * ({@code municipality_profile}), so it waits until its time limit cancels it.
 */
@QuarkusTest
@TestProfile(ReadTimeoutTest.ShortReads.class)
class ReadTimeoutTest {

    private static final String SUGGESTIONS = "/api/v1/taxonomy/municipalities/08019/suggestions";
    /** Without a time limit the request would wait for the lock as long as the test holds it: it gives up instead. */
    private static final RestAssuredConfig GIVES_UP = RestAssuredConfig.config()
            .httpClient(HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 30_000));

    /** Another application than the other tests', whose reads may run one second. */
    public static class ShortReads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cajaga.practices.read-timeout", "1S");
        }
    }

    @Inject
    TaxonomyLabels labels;

    @Test
    void aReadCancelledAtItsTimeLimitIsA503ThatSaysRetry() throws Exception {
        labels.refresh();
        String similar = PRACTICES + "/" + Api.published(practice("Ejemplo: Consulta que tarda", "08019")) + "/similar";
        given().get(similar).then().statusCode(200);
        given().get(SUGGESTIONS).then().statusCode(200);
        try (Connection blocking = TestDatabase.connect(); Statement statement = blocking.createStatement()) {
            blocking.setAutoCommit(false);
            statement.execute("lock table municipality_profile in access exclusive mode");
            try {
                whileLocked().get(similar).then().statusCode(503).contentType("application/problem+json")
                        .header("Retry-After", not(emptyOrNullString()))
                        .body("type", is("https://cajaga.mx/problems/unavailable"))
                        .body("title", is("Servicio no disponible"))
                        .body("detail", containsString("tardó demasiado"));
                whileLocked().header("Accept-Language", "en").get(SUGGESTIONS).then().statusCode(503)
                        .contentType("application/problem+json").header("Retry-After", not(emptyOrNullString()))
                        .body("type", is("https://cajaga.mx/problems/unavailable"))
                        .body("title", is("Service unavailable"))
                        .body("detail", containsString("took too long"));
            } finally {
                blocking.rollback();
            }
        }
        given().get(similar).then().statusCode(200);
        given().get(SUGGESTIONS).then().statusCode(200);
    }

    private static RequestSpecification whileLocked() {
        return given().config(GIVES_UP);
    }
}
