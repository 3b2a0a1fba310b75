package org.cajaga.practices;

import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cajaga.practices.Api.PRACTICES;
import static org.cajaga.practices.SampleRecords.chihuahuaSystem;
import static org.cajaga.practices.SampleRecords.editor;
import static org.cajaga.practices.SampleRecords.practice;
import static org.cajaga.practices.SampleRecords.with;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.cajaga.testing.RawHttp;
import org.junit.jupiter.api.Test;

/**
 * One record's body is at most 1 MB, whether it declares its length or comes in chunks; the bulk
 * operation takes many records, up to its own limit. A body that stops or trickles ends with a 408.
 */
@QuarkusTest
class BodyLimitsTest {

    private static final String LARGE = "x".repeat(1024 * 1024 + 1);
    private static final Duration TRICKLE = Duration.ofMillis(100);

    private static Map<String, String> json() {
        return Map.of("Authorization", "Bearer " + editor(), "Content-Type", "application/json", "Accept-Language", "en");
    }

    private static byte[] bytes(Map<String, Object> record) throws Exception {
        return new ObjectMapper().writeValueAsBytes(record);
    }

    private static void assertRefused(RawHttp.Answer answer, int status, String type) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"type\":\"https://cajaga.mx/problems/" + type + "\"");
        assertThat(answer.header("Connection")).isEqualToIgnoringCase("close");
        assertThat(answer.closed()).isTrue();
    }

    @Test
    void aSingleRecordOverOneMegabyteIsRefusedBeforeItIsRead() {
        given().auth().oauth2(editor()).contentType(ContentType.JSON)
                .body(with(practice("Ejemplo: Registro enorme", "08037"), "description", LARGE))
                .post(PRACTICES).then().statusCode(413).contentType("application/problem+json")
                .body("type", is("https://cajaga.mx/problems/too-large"));
    }

    @Test
    void aChunkedSingleRecordOverOneMegabyteIsRefusedOnceTheLimitIsReadAndNothingIsStored() throws Exception {
        byte[] body = bytes(with(practice("Ejemplo: Registro troceado enorme", "08037"), "description", LARGE + LARGE));
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST", PRACTICES, json(), RawHttp.Body.chunked(body));
        assertRefused(answer, 413, "too-large");
        assertThat(answer.body()).contains("1024 KiB");
        given().auth().oauth2(editor()).queryParam("q", "registro troceado enorme").queryParam("status", "DRAFT")
                .get(PRACTICES).then().statusCode(200)
                .body("items.title", not(hasItem(containsStringIgnoringCase("troceado enorme"))));
    }

    @Test
    void aChunkedSingleRecordWithinTheLimitIsStored() throws Exception {
        // The first write of a run also warms up the taxonomy client, which a busy machine may need more than its timeout for.
        Api.create(editor(), practice("Ejemplo: Registro previo al troceado", "08037")).then().statusCode(201);
        byte[] body = bytes(with(practice("Ejemplo: Registro troceado pequeño", "08037"), "description", "y".repeat(40_000)));
        Map<String, String> headers = new HashMap<>(json());
        headers.put("Connection", "close");
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST", PRACTICES, headers, RawHttp.Body.chunked(body));
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body()).contains("Ejemplo: Registro troceado pequeño");
    }

    @Test
    void aBodyThatStopsArrivingEndsWith408AndTheConnectionClosed() throws Exception {
        byte[] record = bytes(practice("Ejemplo: Registro detenido", "08037"));
        byte[] half = Arrays.copyOf(record, record.length / 2);
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST", PRACTICES, json(),
                RawHttp.Body.stalled(half, record.length));
        assertRefused(answer, 408, "request-timeout");
        given().auth().oauth2(editor()).queryParam("q", "registro detenido").queryParam("status", "DRAFT")
                .get(PRACTICES).then().statusCode(200)
                .body("items.title", not(hasItem(containsStringIgnoringCase("registro detenido"))));
    }

    @Test
    void aTrickledBodyEndsWith408() throws Exception {
        long started = System.nanoTime();
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST", PRACTICES, json(),
                RawHttp.Body.trickled(bytes(practice("Ejemplo: Registro a cuentagotas", "08037")), TRICKLE));
        assertRefused(answer, 408, "request-timeout");
        // The test profile's upload timeout is 3 s; the whole record would take two minutes at this pace.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(90));
    }

    @Test
    void aTrickledBulkPushEndsWith408() {
        String line = "{\"externalId\": \"SLOW-1\", \"practice\": {\"title\": \"Ejemplo: lento\"}}\n";
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST", PRACTICES + ":bulk?source=bulk-system",
                Map.of("Authorization", "Bearer " + chihuahuaSystem(), "Content-Type", "application/x-ndjson"),
                RawHttp.Body.trickled(line.repeat(20).getBytes(StandardCharsets.UTF_8), TRICKLE));
        assertRefused(answer, 408, "request-timeout");
    }

    @Test
    void aBulkPushOverOneMegabyteIsReadAndReportedRecordByRecord() {
        String line = "{\"externalId\": \"BIG-1\", \"practice\": {\"title\": \"Ejemplo: enorme\", \"description\": \"" + LARGE + "\"}}\n";
        given().auth().oauth2(chihuahuaSystem()).contentType("application/x-ndjson")
                .body(line.getBytes(StandardCharsets.UTF_8)).queryParam("source", "limits-system").urlEncodingEnabled(false)
                .post(PRACTICES + ":bulk").then().statusCode(200)
                .body("summary.received", is(1)).body("records[0].status", is("rejected"));
    }
}
