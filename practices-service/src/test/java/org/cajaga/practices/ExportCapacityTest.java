package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cajaga.practices.Api.PRACTICES;
import static org.cajaga.practices.SampleRecords.practice;
import static org.cajaga.practices.SampleRecords.with;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cajaga.testing.metrics.Scrape;
import org.junit.jupiter.api.Test;

/**
 * Exports run on their own connections, a few at a time: clients that take an export and read nothing
 * hold only the export slots (the others are refused at once, and counted at /q/metrics), reads of single
 * records and searches go on as usual, and when those clients go away their transactions end and exports
 * work again. Zacatecas (32056) holds the large catalogue, only here.
 */
@QuarkusTest
class ExportCapacityTest {

    private static final String ZACATECAS = "32056";
    /** About 8 MB of NDJSON: more than the socket buffers between the service and a client that reads nothing. */
    private static final int RECORDS = 400;
    private static final int SLOW_CLIENTS = 10;
    private static final int SLOTS = 2;
    /** Generous: the test machine may be busy; a request waiting for a connection an export holds fails instead. */
    private static final Duration FAST = Duration.ofSeconds(5);
    private static final Duration RELEASE = Duration.ofSeconds(30);
    private static final String REFUSED = "cajaga_practices_exports_refused_total";

    @Test
    void slowExportsHoldOnlyTheirSlotsAndEndWithTheirClients() throws Exception {
        String id = Api.published(with(practice("Ejemplo: Catálogo voluminoso", ZACATECAS), "description", "z".repeat(20_000)));
        copy(id, RECORDS - 1);
        List<Socket> slow = new ArrayList<>();
        double refusedBefore = Scrape.now().value(REFUSED);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                Socket client = exportReadingNothing();
                slow.add(client);
                statuses.add(status(client));
            }
            assertThat(Collections.frequency(statuses, 200)).isEqualTo(SLOTS);
            assertThat(Collections.frequency(statuses, 503)).isEqualTo(SLOW_CLIENTS - SLOTS);
            given().urlEncodingEnabled(false).queryParam("municipality", "08037").get(PRACTICES + ":export").then()
                    .statusCode(503).contentType("application/problem+json").header("Retry-After", is("10"))
                    .body("type", is("https://cajaga.mx/problems/unavailable"));
            assertThat(Scrape.now().value(REFUSED) - refusedBefore).isEqualTo(SLOW_CLIENTS - SLOTS + 1);
            for (int i = 0; i < 5; i++) {
                assertFast(() -> given().get(PRACTICES + "/" + id).then().statusCode(200));
                assertFast(() -> given().queryParam("q", "catálogo voluminoso").queryParam("limit", 5).get(PRACTICES)
                        .then().statusCode(200));
            }
            assertThat(exportTransactions()).isEqualTo(SLOTS);
        } finally {
            for (Socket client : slow) {
                client.close();
            }
        }
        long deadline = System.nanoTime() + RELEASE.toNanos();
        while (exportTransactions() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(exportTransactions()).isZero();
        given().urlEncodingEnabled(false).queryParam("municipality", "08037").get(PRACTICES + ":export").then().statusCode(200);
    }

    private static void assertFast(Runnable request) {
        long started = System.nanoTime();
        request.run();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(FAST);
    }

    /** A client with a tiny receive buffer that asks for the large export and then reads only the status line. */
    private static Socket exportReadingNothing() throws IOException {
        Socket client = new Socket();
        client.setReceiveBufferSize(1024);
        client.setSoTimeout(60_000);
        client.connect(new InetSocketAddress("127.0.0.1", RestAssured.port));
        client.getOutputStream().write(("GET " + PRACTICES + ":export?municipality=" + ZACATECAS + " HTTP/1.1\r\n"
                + "Host: localhost\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        client.getOutputStream().flush();
        return client;
    }

    private static int status(Socket client) throws IOException {
        InputStream in = client.getInputStream();
        byte[] statusLine = in.readNBytes(12);
        return Integer.parseInt(new String(statusLine, StandardCharsets.ISO_8859_1).substring(9, 12));
    }

    /** Copies the practice {@code id} {@code count} times in the database (the API would take minutes). */
    private static void copy(String id, int count) throws SQLException {
        try (Connection connection = TestDatabase.connect()) {
            String columns;
            try (ResultSet names = connection.createStatement().executeQuery("select string_agg(column_name, ', ') "
                    + "from information_schema.columns where table_name = 'practice' and is_generated = 'NEVER' "
                    + "and column_name <> 'id'")) {
                names.next();
                columns = names.getString(1);
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into practice (id, " + columns + ") "
                    + "select gen_random_uuid(), " + columns + " from practice, generate_series(1, ?) where id = ?::uuid")) {
                insert.setInt(1, count);
                insert.setString(2, id);
                assertThat(insert.executeUpdate()).isEqualTo(count);
            }
        }
    }

    /** Transactions open on the export datasource's connections (application name practices-export). */
    private static int exportTransactions() throws SQLException {
        try (Connection connection = TestDatabase.connect(); ResultSet count = connection.createStatement().executeQuery(
                "select count(*) from pg_stat_activity where datname = current_database() "
                        + "and application_name = 'practices-export' and state in ('active', 'idle in transaction')")) {
            count.next();
            return count.getInt(1);
        }
    }
}
