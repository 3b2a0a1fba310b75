package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cajaga.practices.Api.PRACTICES;
import static org.cajaga.practices.SampleRecords.editor;
import static org.cajaga.practices.SampleRecords.practice;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cajaga.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The reflections' change feed ({@code GET /api/v1/practices/reflections}): shown reflections as items, hidden
 * ones as removals, in commit order, never skipping a commit; and one reflection read alone.
 */
@QuarkusTest
class ReflectionFeedTest {

    private static final String FEED = PRACTICES + "/reflections";
    private static final String ANA = TestTokens.forUser("ana.academica");
    /** Bounds the reader's loop. */
    private static final int MAX_PAGES = 1_000;

    @Test
    void shownReflectionsAreItemsAndHiddenOnesRemovals() {
        Feed feed = new Feed(Instant.now().minusSeconds(1).toString());
        String practiceId = Api.published(practice("Ejemplo: Cabildo abierto", "08037"));
        String reflections = PRACTICES + "/" + practiceId + "/reflections";
        Response posted = post(reflections, "Lo adaptaríamos con sesiones en línea.");
        String id = posted.path("id");

        Feed.Read read = feed.drain();
        assertThat(read.items()).contains(id);
        assertThat(read.removed()).doesNotContain(id);
        given().get(reflections + "/" + id).then().statusCode(200).body("text", is("Lo adaptaríamos con sesiones en línea."))
                .body("practiceId", is(practiceId));
        given().header("If-None-Match", posted.header("ETag")).get(reflections + "/" + id).then().statusCode(304);

        String hidden = given().auth().oauth2(editor()).contentType(ContentType.JSON).header("If-Match", posted.header("ETag"))
                .body("{\"hidden\": true, \"reason\": \"Contiene datos personales\"}").put(reflections + "/" + id + "/moderation")
                .then().statusCode(200).extract().header("ETag");
        read = feed.drain();
        assertThat(read.items()).doesNotContain(id);
        assertThat(read.removed()).containsExactly(id);
        given().get(reflections + "/" + id).then().statusCode(404);
        given().auth().oauth2(editor()).get(reflections + "/" + id).then().statusCode(200).body("hidden", is(true));

        given().auth().oauth2(editor()).contentType(ContentType.JSON).header("If-Match", hidden)
                .body("{\"hidden\": false}").put(reflections + "/" + id + "/moderation").then().statusCode(200);
        read = feed.drain();
        assertThat(read.items()).containsExactly(id);
        assertThat(feed.drain().items()).isEmpty();
    }

    @Test
    void reflectionsOfAPracticeNoLongerPublishedAreNotServed() {
        Feed feed = new Feed(Instant.now().minusSeconds(1).toString());
        String practiceId = Api.published(practice("Ejemplo: Presupuesto que se retira", "08037"));
        String id = post(PRACTICES + "/" + practiceId + "/reflections", "Una reflexión").path("id");
        Api.move(practiceId, "withdraw", Api.etag(practiceId));
        assertThat(feed.drain().items()).doesNotContain(id);
    }

    @Test
    void twoTransactionsCommittingOutOfOrderAreBothServed() throws Exception {
        String practiceId = Api.published(practice("Ejemplo: Mesas de diálogo", "08037"));
        String reflections = PRACTICES + "/" + practiceId + "/reflections";
        String first = post(reflections, "Primera").path("id");
        String second = post(reflections, "Segunda").path("id");
        Feed feed = new Feed(Instant.now().minusSeconds(60).toString());
        feed.drain();

        try (Connection early = TestDatabase.connect(); Connection late = TestDatabase.connect()) {
            early.setAutoCommit(false);
            late.setAutoCommit(false);
            touch(early, first);
            touch(late, second);
            late.commit();
            // the later transaction has committed, but the earlier one still can: the feed waits for it
            assertThat(feed.drain().items()).doesNotContain(first, second);
            early.commit();
        }
        assertThat(feed.drain().items()).containsSubsequence(first, second);
    }

    @Test
    void theFeedRefusesWhatItCannotRead() {
        given().get(FEED).then().statusCode(400).body("type", is("https://cajaga.mx/problems/invalid-parameter"));
        given().queryParam("updatedSince", "ayer").get(FEED).then().statusCode(400);
        given().queryParam("updatedSince", "2026-01-31T12:00:00Z").queryParam("cursor", "no-es-un-cursor").get(FEED).then()
                .statusCode(400);
        given().queryParam("updatedSince", "2026-01-31T12:00:00Z").queryParam("limit", "0").get(FEED).then().statusCode(400);
    }

    private static Response post(String reflections, String text) {
        Response posted = given().auth().oauth2(ANA).contentType(ContentType.JSON)
                .body("{\"text\": \"" + text + "\", \"sector\": \"ACADEMIA\"}").post(reflections);
        posted.then().statusCode(201);
        return posted;
    }

    private static void touch(Connection connection, String id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update reflection set text = text || ' (revisada)', updated_at = now() where id = cast(? as uuid)")) {
            update.setString(1, id);
            assertThat(update.executeUpdate()).isOne();
        }
    }

    /** A reader of the feed, as a portal runs one: pages with {@code next}, polls with {@code resume}. */
    private static final class Feed {

        record Read(List<String> items, List<String> removed) {
        }

        private final String since;
        private String cursor;

        Feed(String since) {
            this.since = since;
        }

        /** Every page ready now, from the reader's position; the position is kept. */
        Read drain() {
            List<String> items = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            for (int pages = 0; pages < MAX_PAGES; pages++) {
                var request = given().queryParam("updatedSince", since).queryParam("limit", 2);
                Response page = (cursor == null ? request : request.queryParam("cursor", cursor)).get(FEED);
                page.then().statusCode(200);
                items.addAll(page.path("items.id"));
                removed.addAll(page.path("removed.id"));
                String next = page.path("next");
                cursor = next != null ? next : page.path("resume");
                if (next == null) {
                    return new Read(items, removed);
                }
            }
            throw new AssertionError("the feed kept answering pages");
        }
    }
}
