package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cajaga.practices.Api.PRACTICES;
import static org.cajaga.practices.SampleRecords.chihuahuaSystem;
import static org.cajaga.practices.SampleRecords.practice;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.cajaga.practices.ingest.ChunkPermits;
import org.cajaga.testing.metrics.Scrape;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bulk chunks take turns for a bounded share of the pool (ChunkPermits): while every turn is taken a push waits,
 * shown by a gauge, and searches still answer; the push goes on once a turn is free, and a chunk whose turn does
 * not come within the chunk wait (5 s in tests) is reported retryable, a push of only such records being a 503.
 */
@QuarkusTest
class BulkTurnsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = "bulk-system";
    private static final String WAITING = "cajaga_practices_bulk_chunks_waiting";

    @Inject
    ChunkPermits permits;

    private final List<ChunkPermits.Permit> taken = new ArrayList<>();

    @AfterEach
    void giveBack() {
        taken.forEach(ChunkPermits.Permit::close);
    }

    @Test
    void aPushWaitsForItsTurnWhileSearchesAnswerAndGoesOnOnceATurnIsFree() throws Exception {
        String batch = lines("TURN-", 2);
        takeEveryTurn();
        CompletableFuture<Response> push = CompletableFuture.supplyAsync(() -> push(batch));
        while (permits.waiting() == 0 && !push.isDone()) {
            Thread.sleep(20);
        }
        assertThat(Scrape.now().value(WAITING)).isEqualTo(1);
        given().queryParam("q", "huertos").get(PRACTICES).then().statusCode(200);
        assertThat(push).isNotDone();

        taken.remove(0).close();
        push.join().then().statusCode(200).body("summary.created", is(2));
        assertThat(Scrape.now().value(WAITING)).isZero();
    }

    @Test
    void aChunkWhoseTurnDoesNotComeIsRetryable() throws Exception {
        String batch = lines("LATE-", 2);
        takeEveryTurn();
        push(batch).then().statusCode(503).header("Retry-After", "2")
                .body("type", is("https://cajaga.mx/problems/unavailable"));
        giveBack();
        taken.clear();
        push(batch).then().statusCode(200).body("summary.created", is(2))
                .body("records.status", everyItem(is("created")));
    }

    private void takeEveryTurn() {
        for (int n = 0; n < permits.permits(); n++) {
            taken.add(permits.take());
        }
    }

    private static Response push(String ndjson) {
        return given().auth().oauth2(chihuahuaSystem()).contentType("application/x-ndjson; charset=UTF-8")
                .body(ndjson.getBytes(StandardCharsets.UTF_8))
                .queryParam("source", SOURCE).urlEncodingEnabled(false).post(PRACTICES + ":bulk");
    }

    private static String lines(String prefix, int count) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int n = 1; n <= count; n++) {
            lines.append(JSON.writeValueAsString(Map.of("externalId", prefix + n,
                    "practice", practice("Ejemplo: turno " + prefix + n, "08037")))).append('\n');
        }
        return lines.toString();
    }
}
