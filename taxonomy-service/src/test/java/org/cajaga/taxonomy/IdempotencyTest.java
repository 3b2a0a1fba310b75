package org.cajaga.taxonomy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.cajaga.support.idempotency.IdempotencyStore;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Idempotency-Key (service-support) as every service's POSTs honour it, shown on adding a sector. */
@QuarkusTest
class IdempotencyTest {

    private static final String SECTORS = "/api/v1/taxonomy/sectors";
    private static final String KEY = "Idempotency-Key";

    @Inject
    AgroalDataSource database;

    @Inject
    IdempotencyStore store;

    private static String curator() {
        return TestTokens.forUser("carla.curator", "curator");
    }

    private static String sector(String code) {
        return "{\"code\": \"" + code + "\", \"name\": {\"es\": \"Cooperativas\", \"en\": \"Cooperatives\"},"
                + " \"description\": {\"es\": \"Cooperativas locales\", \"en\": \"Local cooperatives\"}, \"position\": 20}";
    }

    private static Response post(String token, String key, String body) {
        return given().auth().oauth2(token).header(KEY, key).contentType(ContentType.JSON).body(body).post(SECTORS);
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndNothingIsDoneTwice() {
        Response first = post(curator(), "add-coop-1", sector("RETRIED_COOPERATIVES"));
        first.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        Response retry = post(curator(), "add-coop-1", sector("RETRIED_COOPERATIVES"));
        retry.then().statusCode(201).header("Idempotent-Replayed", is("true"))
                .header("Location", is(first.header("Location"))).header("ETag", is(first.header("ETag")));
        assertThat(retry.asString()).isEqualTo(first.asString());
        given().auth().oauth2(curator()).contentType(ContentType.JSON).body(sector("RETRIED_COOPERATIVES"))
                .post(SECTORS).then().statusCode(409);
    }

    @Test
    void theSameKeyForAnotherRequestIsRefusedAndKeysBelongToTheirCaller() {
        post(curator(), "add-unions", sector("RETRIED_UNIONS")).then().statusCode(201);
        post(curator(), "add-unions", sector("RETRIED_TRADE_UNIONS")).then().statusCode(422)
                .body("type", is("https://cajaga.mx/problems/invalid-data"));
        post(TestTokens.forUser("ana.admin", "admin"), "add-unions", sector("RETRIED_UNIONS")).then().statusCode(409)
                .body("type", is("https://cajaga.mx/problems/already-exists"));
    }

    @Test
    void aKeyWhoseFirstRequestStillRunsIsAConflict() throws SQLException {
        post(curator(), "add-guilds", sector("RETRIED_GUILDS")).then().statusCode(201);
        update("UPDATE idempotency_keys SET state = 'RUNNING' WHERE key = 'add-guilds'");
        post(curator(), "add-guilds", sector("RETRIED_GUILDS")).then().statusCode(409)
                .body("type", is("https://cajaga.mx/problems/conflict"));
    }

    @Test
    void keysExpireAfterADayAndMalformedKeysAreRefused() throws SQLException {
        post(curator(), "add-choirs", sector("RETRIED_CHOIRS")).then().statusCode(201);
        update("UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = 'add-choirs'");
        store.expire();
        post(curator(), "add-choirs", sector("RETRIED_CHOIRS")).then().statusCode(409)
                .body("type", is("https://cajaga.mx/problems/already-exists"));
        post(curator(), "x".repeat(256), sector("NEVER_ADDED")).then().statusCode(400);
        post(curator(), "with space", sector("NEVER_ADDED")).then().statusCode(400);
    }

    private void update(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }
}
