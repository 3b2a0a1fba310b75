package org.cajaga.taxonomy.migration;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the SDG and INEGI reference data shipped in {@code src/main/resources/reference} (see its
 * SOURCE.md). Runs once, like any versioned migration; later changes to municipalities go through the API.
 */
public class V2__ReferenceData extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        insert(connection, "sdg-goals.csv",
                "INSERT INTO sdg_goal (number, title_es, title_en, short_es, short_en) VALUES (?, ?, ?, ?, ?)",
                (row, position, statement) -> {
                    statement.setInt(1, Integer.parseInt(row.get("goal")));
                    statement.setString(2, row.get("title_es"));
                    statement.setString(3, row.get("title_en"));
                    statement.setString(4, row.get("short_es"));
                    statement.setString(5, row.get("short_en"));
                });
        insert(connection, "sdg-targets.csv",
                "INSERT INTO sdg_target (code, goal_number, position, title_es, title_en) VALUES (?, ?, ?, ?, ?)",
                (row, position, statement) -> {
                    statement.setString(1, row.get("target"));
                    statement.setInt(2, Integer.parseInt(row.get("goal")));
                    statement.setInt(3, position);
                    statement.setString(4, row.get("title_es"));
                    statement.setString(5, row.get("title_en"));
                });
        insert(connection, "sdg-indicators.csv",
                "INSERT INTO sdg_indicator (code, target_code, position, title_es, title_en) VALUES (?, ?, ?, ?, ?)",
                (row, position, statement) -> {
                    statement.setString(1, row.get("indicator"));
                    statement.setString(2, row.get("target"));
                    statement.setInt(3, position);
                    statement.setString(4, row.get("title_es"));
                    statement.setString(5, row.get("title_en"));
                });
        insert(connection, "mx-states.csv",
                "INSERT INTO mx_state (code, name) VALUES (?, ?)",
                (row, position, statement) -> {
                    statement.setString(1, row.get("state_code"));
                    statement.setString(2, row.get("name"));
                });
        insert(connection, "mx-municipalities.csv",
                "INSERT INTO mx_municipality (cvegeo, state_code, municipality_code, name) VALUES (?, ?, ?, ?)",
                (row, position, statement) -> {
                    statement.setString(1, row.get("cvegeo"));
                    statement.setString(2, row.get("state_code"));
                    statement.setString(3, row.get("municipality_code"));
                    statement.setString(4, row.get("name"));
                });
    }

    @FunctionalInterface
    private interface RowBinder {
        void bind(Map<String, String> row, int position, PreparedStatement statement) throws SQLException;
    }

    private static void insert(Connection connection, String file, String sql, RowBinder binder)
            throws IOException, SQLException {
        List<Map<String, String>> rows = ReferenceCsv.rows(file);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int position = 0; position < rows.size(); position++) {
                binder.bind(rows.get(position), position, statement);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
