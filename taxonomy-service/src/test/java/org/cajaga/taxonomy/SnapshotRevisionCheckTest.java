package org.cajaga.taxonomy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cajaga.taxonomy.TermBodies.sector;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A change this instance did not make (another replica's, or plain SQL) bumps the revision in its own transaction
 * and is served here once the periodic check has seen it.
 */
@QuarkusTest
@TestProfile(SnapshotRevisionCheckTest.CheckEverySecond.class)
class SnapshotRevisionCheckTest {

    /** The production default, instead of the tests' hour. */
    public static class CheckEverySecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cajaga.taxonomy.snapshot.check", "1s");
        }
    }

    private static final String SECTORS = "/api/v1/taxonomy/sectors";

    @Inject
    DataSource database;

    @Test
    void aChangeMadeElsewhereIsReadOnceTheRevisionCheckRan() throws Exception {
        given().auth().oauth2(curator()).contentType(ContentType.JSON)
                .body(sector("SNAPSHOT_ELSEWHERE", "Antes", "Before", 32)).post(SECTORS).then().statusCode(201);
        long before = revision();

        inOneTransaction("UPDATE vocabulary_term SET name_es = 'Después', version = version + 1"
                        + " WHERE kind = 'SECTOR' AND code = 'SNAPSHOT_ELSEWHERE'",
                "INSERT INTO mx_municipality (cvegeo, state_code, municipality_code, name)"
                        + " VALUES ('31900', '31', '900', 'Otra Réplica')");

        assertThat(revision()).as("revision bumped by the same transactions").isGreaterThan(before);
        assertThat(nameOnceChanged()).isEqualTo("Después");
        given().get("/api/v1/taxonomy/municipalities/31900").then().statusCode(200).body("name", is("Otra Réplica"));
        given().contentType(ContentType.JSON).body("{\"municipalities\": [\"31900\"]}").post("/api/v1/taxonomy/validation")
                .then().statusCode(200).body("valid", is(true));
    }

    /** The sector's Spanish name once it is no longer "Antes", asking at most 100 times a tenth of a second apart. */
    private static String nameOnceChanged() throws InterruptedException {
        String name = "Antes";
        for (int attempt = 0; attempt < 100 && name.equals("Antes"); attempt++) {
            name = given().get(SECTORS + "/SNAPSHOT_ELSEWHERE").then().statusCode(200).extract().path("name");
            if (name.equals("Antes")) {
                Thread.sleep(100);
            }
        }
        return name;
    }

    private long revision() throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("SELECT revision FROM taxonomy_revision")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** What another replica's write does: the statements, and the revision the triggers bump, in one commit. */
    private void inOneTransaction(String... statements) throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (String statement : statements) {
                sql.executeUpdate(statement);
            }
            connection.commit();
        }
    }

    private static String curator() {
        return TestTokens.forUser("carla.curator", "curator");
    }
}
