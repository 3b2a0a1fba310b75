package org.cajaga.taxonomy.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Every municipality gets its 2020 census population ({@code reference/mx-municipalities-population.csv}, INEGI,
 * see SOURCE.md), from which the API derives its size class. A municipality that gets a population gets a new
 * version, so its ETag changes with its representation. Municipalities curators add later have none.
 */
public class V5__MunicipalityPopulation extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE mx_municipality ADD COLUMN population integer CHECK (population >= 0)");
            ddl.execute("CREATE INDEX mx_municipality_population ON mx_municipality (population, cvegeo)");
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE mx_municipality SET population = ?, "
                + "version = version + 1, updated_at = now() WHERE cvegeo = ?")) {
            for (Map<String, String> row : ReferenceCsv.rows("mx-municipalities-population.csv")) {
                update.setInt(1, Integer.parseInt(row.get("population_2020")));
                update.setString(2, row.get("cvegeo"));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
