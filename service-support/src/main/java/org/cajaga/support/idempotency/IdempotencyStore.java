package org.cajaga.support.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;

/**
 * Idempotency keys in the service's own database, so that every replica agrees: one row per caller and
 * key, claimed before the request runs (RUNNING) and holding the answer once it is given (DONE). Rows
 * expire after 24 hours; a RUNNING row whose request died is released after five minutes. The table is
 * created here, not by each service's migrations, because it is the same everywhere.
 */
@ApplicationScoped
public class IdempotencyStore {

    private static final String TABLE = """
            CREATE TABLE IF NOT EXISTS idempotency_keys (
                caller       text        NOT NULL,
                key          text        NOT NULL,
                fingerprint  bytea       NOT NULL,
                state        text        NOT NULL CHECK (state IN ('RUNNING', 'DONE')),
                status       integer,
                headers      jsonb,
                body         bytea,
                created_at   timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (caller, key)
            )""";
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    @Inject
    AgroalDataSource database;

    @Inject
    ObjectMapper json;

    void createTable(@Observes StartupEvent started) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(TABLE);
        }
    }

    /** Claims {@code key} for the request with this fingerprint, or says what an earlier request left. */
    Attempt claim(String caller, String key, byte[] fingerprint) throws SQLException {
        try (Connection connection = database.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO idempotency_keys (caller, key, fingerprint, state) VALUES (?, ?, ?, 'RUNNING') "
                            + "ON CONFLICT (caller, key) DO NOTHING")) {
                insert.setString(1, caller);
                insert.setString(2, key);
                insert.setBytes(3, fingerprint);
                if (insert.executeUpdate() == 1) {
                    return new Attempt.First();
                }
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT fingerprint, state, status, headers, body FROM idempotency_keys WHERE caller = ? AND key = ?")) {
                select.setString(1, caller);
                select.setString(2, key);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return claim(caller, key, fingerprint);
                    }
                    if (!Arrays.equals(row.getBytes("fingerprint"), fingerprint)) {
                        return new Attempt.Reused();
                    }
                    if ("RUNNING".equals(row.getString("state"))) {
                        return new Attempt.InProgress();
                    }
                    return new Attempt.Repeated(new StoredAnswer(row.getInt("status"), headers(row.getString("headers")),
                            row.getBytes("body")));
                }
            }
        }
    }

    /** Keeps the answer of the request that claimed {@code key}. */
    void complete(String caller, String key, StoredAnswer answer) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement update = connection.prepareStatement(
                "UPDATE idempotency_keys SET state = 'DONE', status = ?, headers = ?::jsonb, body = ? "
                        + "WHERE caller = ? AND key = ?")) {
            update.setInt(1, answer.status());
            update.setString(2, json.writeValueAsString(answer.headers()));
            update.setBytes(3, answer.body());
            update.setString(4, caller);
            update.setString(5, key);
            update.executeUpdate();
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("Headers of an answer could not be kept", unwritable);
        }
    }

    /** Gives {@code key} up: the request failed for a reason a retry may not meet, so a retry runs anew. */
    void release(String caller, String key) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM idempotency_keys WHERE caller = ? AND key = ? AND state = 'RUNNING'")) {
            delete.setString(1, caller);
            delete.setString(2, key);
            delete.executeUpdate();
        }
    }

    /** Forgets answers older than 24 hours and claims whose request died (five minutes without an answer). */
    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void expire() throws SQLException {
        try (Connection connection = database.getConnection(); Statement delete = connection.createStatement()) {
            delete.executeUpdate("DELETE FROM idempotency_keys WHERE created_at < now() - interval '24 hours' "
                    + "OR (state = 'RUNNING' AND created_at < now() - interval '5 minutes')");
        }
    }

    private Map<String, String> headers(String stored) {
        try {
            return stored == null ? Map.of() : json.readValue(stored, HEADERS);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("Headers of a kept answer could not be read", unreadable);
        }
    }
}
