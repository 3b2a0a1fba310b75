package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cajaga.practices.Api.PRACTICES;
import static org.cajaga.practices.SampleRecords.chihuahuaSystem;
import static org.cajaga.practices.SampleRecords.editor;
import static org.cajaga.practices.SampleRecords.practice;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The change feed ({@code updatedSince}, then {@code next} and {@code resume}) never skips a commit:
 * transactions that commit out of order, and readers that page while writers push, lose nothing.
 * León (11020) and Zapopan (14120) are used only here.
 */
@QuarkusTest
class ChangeFeedTest {

    private static final String LEON = "11020";
    private static final String ZAPOPAN = "14120";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WRITERS = 4;
    private static final int BULKS_PER_WRITER = 5;
    private static final int RECORDS_PER_BULK = 50;
    /** Bounds the reader's loop: far more pages than the pushes can fill at the page size used. */
    private static final int MAX_READS = 5_000;

    @Test
    void twoTransactionsCommittingOutOfOrderAreBothServed() throws Exception {
        String since = Instant.now().minusSeconds(1).toString();
        String first = Api.published(practice("Ejemplo: Primera en empezar", LEON));
        String second = Api.published(practice("Ejemplo: Primera en terminar", LEON));
        Feed feed = new Feed(since, Map.of("municipality", LEON));
        assertThat(feed.drain()).containsExactly(first, second);

        try (Connection early = TestDatabase.connect(); Connection late = TestDatabase.connect()) {
            early.setAutoCommit(false);
            late.setAutoCommit(false);
            touch(early, first);
            touch(late, second);
            late.commit();
            // the later transaction has committed, but the earlier one still can: the feed waits for it
            assertThat(feed.drain()).isEmpty();
            early.commit();
        }
        assertThat(feed.drain()).containsExactly(first, second);
        assertThat(feed.drain()).isEmpty();
    }

    @Test
    void aReaderPagingWhileFourWritersPushMissesNothing() throws Exception {
        String since = Instant.now().minusSeconds(1).toString();
        Set<String> pushed = new HashSet<>();
        Set<String> served = new HashSet<>();
        Feed feed = new Feed(since, Map.of("municipality", ZAPOPAN, "status", "DRAFT", "limit", "20"));
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<List<String>>> pushes = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                int number = writer;
                pushes.add(writers.submit(() -> push(number)));
            }
            int reads = 0;
            while (!pushes.stream().allMatch(Future::isDone) && reads++ < MAX_READS) {
                served.addAll(feed.page());
            }
            for (Future<List<String>> push : pushes) {
                pushed.addAll(push.get(5, TimeUnit.MINUTES));
            }
        } finally {
            writers.shutdownNow();
        }
        served.addAll(feed.drain());
        assertThat(pushed).hasSize(WRITERS * BULKS_PER_WRITER * RECORDS_PER_BULK);
        assertThat(served).containsAll(pushed);
    }

    /** One writer's bulk pushes, each one transaction; the ids stored. */
    private static List<String> push(int writer) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int bulk = 0; bulk < BULKS_PER_WRITER; bulk++) {
            StringBuilder lines = new StringBuilder();
            for (int n = 0; n < RECORDS_PER_BULK; n++) {
                String key = "FEED-" + writer + "-" + bulk + "-" + n + "-" + UUID.randomUUID();
                lines.append(JSON.writeValueAsString(Map.of("externalId", key,
                        "practice", practice("Ejemplo: Alimentación " + key, ZAPOPAN)))).append('\n');
            }
            Response report = given().auth().oauth2(chihuahuaSystem()).contentType("application/x-ndjson; charset=UTF-8")
                    .body(lines.toString().getBytes(StandardCharsets.UTF_8)).queryParam("source", "bulk-system")
                    .urlEncodingEnabled(false).post(PRACTICES + ":bulk");
            report.then().statusCode(200).body("summary.created", is(RECORDS_PER_BULK));
            ids.addAll(report.path("records.id"));
        }
        return ids;
    }

    /** A reader of the change feed, as a portal runs one: pages with {@code next}, polls with {@code resume}. */
    private static final class Feed {

        private final String since;
        private final Map<String, String> filters;
        private String cursor;
        private boolean more;

        Feed(String since, Map<String, String> filters) {
            this.since = since;
            this.filters = filters;
        }

        /** One page after the reader's position; the ids served. The position is kept. */
        List<String> page() {
            var request = given().auth().oauth2(editor()).queryParam("updatedSince", since).queryParams(filters);
            Response page = (cursor == null ? request : request.queryParam("cursor", cursor)).get(PRACTICES);
            page.then().statusCode(200).body("removed", empty());
            String next = page.path("next");
            more = next != null;
            cursor = more ? next : page.path("resume");
            return page.path("items.id");
        }

        /** Every page ready now. */
        List<String> drain() {
            List<String> ids = new ArrayList<>();
            for (int pages = 0; pages < MAX_READS; pages++) {
                ids.addAll(page());
                if (!more) {
                    return ids;
                }
            }
            throw new AssertionError("the feed kept answering pages");
        }
    }

    private static void touch(Connection connection, String id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update practice set summary = summary || ' (revisado)' where id = cast(? as uuid)")) {
            update.setString(1, id);
            assertThat(update.executeUpdate()).isOne();
        }
    }
}
