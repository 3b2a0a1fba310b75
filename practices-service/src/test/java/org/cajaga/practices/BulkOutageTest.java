package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cajaga.practices.Api.PRACTICES;
import static org.cajaga.practices.SampleRecords.chihuahuaSystem;
import static org.cajaga.practices.SampleRecords.practice;
import static org.cajaga.practices.SampleRecords.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.TimeUnit;
import org.cajaga.testing.DatabaseOutage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bulk records that fail for a passing reason — the database taken away, taxonomy-service down — are reported as
 * retryable (`record-unavailable`, 503), never as malformed; a push none of whose records could be stored for such
 * reasons is itself a 503 with Retry-After; sending the same push again once the outage is over stores them.
 */
@QuarkusTest
class BulkOutageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = "bulk-system";
    private static final String RECORD_UNAVAILABLE = "https://cajaga.mx/problems/record-unavailable";

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "cajaga.practices.bulk-chunk-size")
    int chunkSize;

    @TestHTTPResource("/api/v1/practices:bulk")
    URI bulk;

    @AfterEach
    void everythingBack() throws InterruptedException {
        TaxonomyControl.goUp();
        // the circuit breaker lets a trial call through once its delay (300 ms in tests) is over
        Thread.sleep(600);
    }

    @Test
    void withoutTheDatabaseAPushIsA503WithRetryAfterUnlessSomeRecordWasRefusedForGood() throws Exception {
        String valid = lines("DB-OUT-", 3, "08037");
        // refused for good whatever the database holds: no title, outside the token's municipalities, an unknown code
        String mixed = lines("DB-MIX-", 2, "08037")
                + line("DB-MIX-BAD", with(practice("Ejemplo: Lote sin título", "08037"), "title", ""))
                + line("DB-MIX-OUT", practice("Ejemplo: Lote fuera de alcance", "20067"))
                + line("DB-MIX-CODE", with(practice("Ejemplo: Lote con código raro", "08037"), "principles",
                        List.of("OPENNESS")));
        try (DatabaseOutage ignored = DatabaseOutage.begin(url, user)) {
            push(valid).then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "2")
                    .body("type", is("https://cajaga.mx/problems/unavailable"));
            push(mixed).then().statusCode(200)
                    .body("summary.received", is(5)).body("summary.rejected", is(5)).body("summary.retryable", is(2))
                    .body("records.status", everyItem(is("rejected")))
                    .body("records[0].problems[0].type", is(RECORD_UNAVAILABLE))
                    .body("records[0].problems[0].status", is(503))
                    .body("records[1].problems[0].type", is(RECORD_UNAVAILABLE))
                    .body("records[2].problems[0].status", is(422))
                    .body("records[3].problems[0].type", is("https://cajaga.mx/problems/out-of-scope"))
                    .body("records[4].problems[0].status", is(422))
                    .body("records[4].problems[0].violations.field", contains("principles"));
        }
        awaitDatabase();
        push(valid).then().statusCode(200).body("summary.created", is(3)).body("summary.retryable", is(0));
        push(mixed).then().statusCode(200).body("summary.created", is(2)).body("summary.retryable", is(0))
                .body("summary.rejected", is(3));
    }

    @Test
    void aPushThatLosesTheDatabaseHalfwayKeepsWhatWasStoredAndMarksTheRestRetryable() throws Exception {
        int rest = 20;
        String first = lines("DB-HALF-", chunkSize + 1, "14039");
        String second = lines("DB-HALF-REST-", rest - 1, "14039");
        HttpResponse<String> response;
        try (SubmissionPublisher<ByteBuffer> body = new SubmissionPublisher<>()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(bulk + "?source=" + SOURCE))
                    .header("Authorization", "Bearer " + chihuahuaSystem())
                    .header("Content-Type", "application/x-ndjson; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.fromPublisher(body)).build();
            CompletableFuture<HttpResponse<String>> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .build().sendAsync(request, HttpResponse.BodyHandlers.ofString());
            // a publisher hands items only to its subscribers: the client subscribes once it is connected
            for (int attempt = 0; attempt < 400 && body.getNumberOfSubscribers() == 0; attempt++) {
                Thread.sleep(50);
            }
            body.submit(ByteBuffer.wrap(first.getBytes(StandardCharsets.UTF_8)));
            assertThat(storedWithin(240, "DB-HALF-%")).as("records stored from the first chunk").isEqualTo(chunkSize);
            try (DatabaseOutage ignored = DatabaseOutage.begin(url, user)) {
                body.submit(ByteBuffer.wrap(second.getBytes(StandardCharsets.UTF_8)));
                body.close();
                response = answer.get(120, TimeUnit.SECONDS);
            }
        }
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.at("/summary/received").asInt()).isEqualTo(chunkSize + rest);
        assertThat(report.at("/summary/created").asInt()).isEqualTo(chunkSize);
        assertThat(report.at("/summary/rejected").asInt()).isEqualTo(rest);
        assertThat(report.at("/summary/retryable").asInt()).isEqualTo(rest);
        for (int n = chunkSize; n < chunkSize + rest; n++) {
            assertThat(report.at("/records/" + n + "/problems/0/type").asText()).as("record %d", n).isEqualTo(RECORD_UNAVAILABLE);
            assertThat(report.at("/records/" + n + "/problems/0/status").asInt()).as("record %d", n).isEqualTo(503);
        }

        awaitDatabase();
        push(first + second).then().statusCode(200)
                .body("summary.unchanged", is(chunkSize)).body("summary.created", is(rest))
                .body("summary.rejected", is(0)).body("summary.retryable", is(0));
    }

    @Test
    void duringATaxonomyOutageRecordsWithConfirmedCodesAreStoredAndTheOthersAreRetryable() throws Exception {
        TaxonomyControl.goUp();
        push(line("TAX-BEFORE", practice("Ejemplo: Antes del corte de taxonomía", "08037"))).then().statusCode(200)
                .body("summary.created", is(1));
        TaxonomyControl.goDown();
        String partly = line("TAX-KNOWN", practice("Ejemplo: Códigos confirmados", "08037"))
                + line("TAX-NEW", with(practice("Ejemplo: Meta nunca confirmada", "08037"), "sdgTargets", List.of("14.b")));
        String never = line("TAX-NEVER-1", with(practice("Ejemplo: Otra meta nueva", "08037"), "sdgTargets", List.of("15.c")))
                + line("TAX-NEVER-2", with(practice("Ejemplo: Otra meta nueva, dos", "08037"), "sdgTargets", List.of("15.c")));
        push(partly).then().statusCode(200)
                .body("summary.created", is(1)).body("summary.rejected", is(1)).body("summary.retryable", is(1))
                .body("records.status", is(List.of("created", "rejected")))
                .body("records[1].id", nullValue())
                .body("records[1].problems[0].type", is(RECORD_UNAVAILABLE))
                .body("records[1].problems[0].status", is(503));
        push(never).then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "10")
                .body("type", is("https://cajaga.mx/problems/dependency-unavailable"));

        TaxonomyControl.goUp();
        Thread.sleep(600);
        push(partly).then().statusCode(200).body("summary.unchanged", is(1)).body("summary.created", is(1));
        push(never).then().statusCode(200).body("summary.created", is(2));
    }

    private static Response push(String ndjson) {
        return given().auth().oauth2(chihuahuaSystem()).contentType("application/x-ndjson; charset=UTF-8")
                .body(ndjson.getBytes(StandardCharsets.UTF_8))
                .queryParam("source", SOURCE).urlEncodingEnabled(false).post(PRACTICES + ":bulk");
    }

    private static String lines(String prefix, int count, String municipality) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int n = 1; n <= count; n++) {
            lines.append(line(prefix + n, practice("Ejemplo: " + prefix + n, municipality)));
        }
        return lines.toString();
    }

    private static String line(String externalId, Map<String, Object> record) throws IOException {
        return JSON.writeValueAsString(Map.of("externalId", externalId, "practice", record)) + "\n";
    }

    /** How many records with these external ids are stored, asking until a chunk's worth is, at most {@code tries} times. */
    private int storedWithin(int tries, String externalIds) throws InterruptedException, SQLException {
        int stored = 0;
        for (int attempt = 0; attempt < tries && stored < chunkSize; attempt++) {
            Thread.sleep(250);
            try (Connection connection = DriverManager.getConnection(url, user, "");
                 PreparedStatement count = connection.prepareStatement(
                         "SELECT count(*) FROM practice WHERE source_system = ? AND external_id LIKE ?")) {
                count.setString(1, SOURCE);
                count.setString(2, externalIds);
                try (ResultSet result = count.executeQuery()) {
                    result.next();
                    stored = result.getInt(1);
                }
            }
        }
        return stored;
    }

    /** The service reconnects by itself: a read answers 200 again within a bounded number of tries. */
    private static void awaitDatabase() throws InterruptedException {
        int status = 0;
        for (int attempt = 0; attempt < 40 && status != 200; attempt++) {
            status = given().queryParam("q", "Ejemplo").get(PRACTICES).statusCode();
            if (status != 200) {
                Thread.sleep(500);
            }
        }
        assertThat(status).as("status once the database is back").isEqualTo(200);
    }
}
