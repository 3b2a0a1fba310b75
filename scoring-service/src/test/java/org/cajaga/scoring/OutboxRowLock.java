package org.cajaga.scoring;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * A practices-service stub extension: while it handles a classification, it tries to lock the practice's outbox row
 * on a database connection of its own ({@code FOR UPDATE NOWAIT}). It answers 200 with {@code X-Row-Lock: free} when
 * it could, 503 with {@code X-Row-Lock: held} when scoring-service holds a lock on the row during the call.
 */
public class OutboxRowLock implements ResponseDefinitionTransformerV2 {

    static final String NAME = "outbox-row-lock";
    static final String HEADER = "X-Row-Lock";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Parameters database = event.getTransformerParameters();
        String[] path = event.getRequest().getUrl().split("/");
        boolean free = rowIsFree(database.getString("jdbcUrl"), database.getString("user"), path[path.length - 2]);
        return ResponseDefinitionBuilder.like(event.getResponseDefinition()).but()
                .withStatus(free ? 200 : 503).withHeader(HEADER, free ? "free" : "held").build();
    }

    private static boolean rowIsFree(String jdbcUrl, String user, String practice) {
        Properties login = new Properties();
        login.setProperty("user", user);
        try (Connection connection = new Driver().connect(jdbcUrl, login)) {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT id FROM classification_outbox WHERE practice_id = ?::uuid FOR UPDATE NOWAIT")) {
                lock.setString(1, practice);
                try (ResultSet rows = lock.executeQuery()) {
                    if (!rows.next()) {
                        throw new IllegalStateException("no outbox row for practice " + practice);
                    }
                }
            } finally {
                connection.rollback();
            }
            return true;
        } catch (SQLException e) {
            if ("55P03".equals(e.getSQLState())) {
                return false;
            }
            throw new IllegalStateException(e);
        }
    }
}
