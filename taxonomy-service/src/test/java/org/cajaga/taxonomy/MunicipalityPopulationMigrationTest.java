package org.cajaga.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code V5__MunicipalityPopulation} on a database of the versions before it. */
class MunicipalityPopulationMigrationTest {

    private MigrationDatabase database;

    @BeforeEach
    void freshDatabase() {
        database = new MigrationDatabase("cajaga_taxonomy_population");
    }

    @AfterEach
    void dropDatabase() {
        database.drop();
    }

    @Test
    void everyCensusMunicipalityGetsItsPopulationAndANewVersion() throws SQLException {
        database.migrate("4");
        try (Connection connection = database.connect();
             Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO mx_municipality (cvegeo, state_code, municipality_code, name) "
                    + "VALUES ('04013', '04', '013', 'Dzitbalché')");

            database.migrate("latest");

            assertThat(number(sql, "SELECT count(*) FROM mx_municipality WHERE population IS NOT NULL")).isEqualTo(2469);
            assertThat(number(sql, "SELECT sum(population) FROM mx_municipality")).isEqualTo(126_014_024L);
            assertThat(number(sql, "SELECT population FROM mx_municipality WHERE cvegeo = '14039'")).isEqualTo(1_385_629L);
            assertThat(number(sql, "SELECT count(*) FROM mx_municipality WHERE population IS NOT NULL AND version = 1"))
                    .isEqualTo(2469);
            assertThat(number(sql, "SELECT count(*) FROM mx_municipality WHERE cvegeo = '04013' AND population IS NULL "
                    + "AND version = 0")).isOne();
        }
    }


    private static long number(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
