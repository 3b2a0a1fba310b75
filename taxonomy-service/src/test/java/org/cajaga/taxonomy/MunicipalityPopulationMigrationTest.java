package org.cajaga.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.cajaga.testing.PostgresTestResource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code V5__MunicipalityPopulation} on a database of the versions before it. */
class MunicipalityPopulationMigrationTest {

    private final PostgresTestResource database = new PostgresTestResource();
    private String url;
    private String user;

    @BeforeEach
    void freshDatabase() {
        database.init(Map.of("database", "cajaga_taxonomy_population"));
        Map<String, String> datasource = database.start();
        url = datasource.get("quarkus.datasource.jdbc.url");
        user = datasource.get("quarkus.datasource.username");
    }

    @AfterEach
    void dropDatabase() {
        database.stop();
    }

    @Test
    void everyCensusMunicipalityGetsItsPopulationAndANewVersion() throws SQLException {
        migrate("4");
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO mx_municipality (cvegeo, state_code, municipality_code, name) "
                    + "VALUES ('04013', '04', '013', 'Dzitbalché')");

            migrate("latest");

            assertThat(number(sql, "SELECT count(*) FROM mx_municipality WHERE population IS NOT NULL")).isEqualTo(2469);
            assertThat(number(sql, "SELECT sum(population) FROM mx_municipality")).isEqualTo(126_014_024L);
            assertThat(number(sql, "SELECT population FROM mx_municipality WHERE cvegeo = '14039'")).isEqualTo(1_385_629L);
            assertThat(number(sql, "SELECT count(*) FROM mx_municipality WHERE population IS NOT NULL AND version = 1"))
                    .isEqualTo(2469);
            assertThat(number(sql, "SELECT count(*) FROM mx_municipality WHERE cvegeo = '04013' AND population IS NULL "
                    + "AND version = 0")).isOne();
        }
    }

    private void migrate(String target) {
        Flyway.configure().dataSource(url, user, "")
                .locations("classpath:db/migration", "classpath:org/cajaga/taxonomy/migration")
                .target(target).load().migrate();
    }

    private static long number(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
