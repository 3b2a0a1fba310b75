package org.cajaga.taxonomy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.cajaga.testing.RawHttp;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** A body of one record sent in chunks is refused once more than 1 MB has been read; a trickled body ends with a 408. */
@QuarkusTest
class BodyLimitsTest {

    private static final String SECTORS = "/api/v1/taxonomy/sectors";

    private static Map<String, String> curatorJson() {
        return Map.of("Authorization", "Bearer " + TestTokens.forUser("carla.curator", "curator"),
                "Content-Type", "application/json");
    }

    private static byte[] sector(String code, String description) {
        return ("{\"code\": \"" + code + "\", \"name\": {\"es\": \"Vecinos\", \"en\": \"Neighbours\"}, \"description\": "
                + "{\"es\": \"" + description + "\", \"en\": \"Boards\"}, \"position\": 1}").getBytes(StandardCharsets.UTF_8);
    }

    private static void assertRefused(RawHttp.Answer answer, int status, String type) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"type\":\"https://cajaga.mx/problems/" + type + "\"");
        assertThat(answer.header("Connection")).isEqualToIgnoringCase("close");
        assertThat(answer.closed()).isTrue();
    }

    @Test
    void aChunkedRecordOfTwoMegabytesIsRefusedAndNothingIsStored() {
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST", SECTORS, curatorJson(),
                RawHttp.Body.chunked(sector("CHUNKED_HUGE", "x".repeat(2 * 1024 * 1024))));
        assertRefused(answer, 413, "too-large");
        given().get(SECTORS + "/CHUNKED_HUGE").then().statusCode(404);
    }

    @Test
    void aTrickledRecordEndsWith408AndNothingIsStored() {
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST", SECTORS, curatorJson(),
                RawHttp.Body.trickled(sector("TRICKLED", "Juntas"), Duration.ofMillis(100)));
        assertRefused(answer, 408, "request-timeout");
        given().get(SECTORS + "/TRICKLED").then().statusCode(404);
    }
}
