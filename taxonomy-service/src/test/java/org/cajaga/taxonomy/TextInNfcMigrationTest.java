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

/**
 * {@code V4__text_in_nfc} on a database loaded as the first delivery left it: the SDG texts partly
 * decomposed, and names stored as clients sent them, decomposed.
 */
class TextInNfcMigrationTest {

    private final PostgresTestResource database = new PostgresTestResource();
    private String url;
    private String user;

    @BeforeEach
    void freshDatabase() {
        database.init(Map.of("database", "cajaga_taxonomy_migration"));
        Map<String, String> datasource = database.start();
        url = datasource.get("quarkus.datasource.jdbc.url");
        user = datasource.get("quarkus.datasource.username");
    }

    @AfterEach
    void dropDatabase() {
        database.stop();
    }

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(url, user, "")
                .locations("classpath:db/migration", "classpath:org/cajaga/taxonomy/migration")
                .target(target).load();
    }

    @Test
    void decomposedRowsAreComposedAndGetANewVersion() throws SQLException {
        flyway("3").migrate();
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement sql = connection.createStatement()) {
            // as the first delivery and clients before the API normalised left them
            sql.executeUpdate("UPDATE sdg_goal SET title_es = normalize(title_es, NFD), short_es = normalize(short_es, NFD)");
            sql.executeUpdate("UPDATE sdg_target SET title_es = normalize(title_es, NFD)");
            sql.executeUpdate("UPDATE sdg_indicator SET title_es = normalize(title_es, NFD)");
            sql.executeUpdate("UPDATE vocabulary_term SET name_es = normalize(name_es, NFD) WHERE code = 'PARTICIPATION'");
            sql.executeUpdate("UPDATE criterion SET description_es = normalize(description_es, NFD) WHERE position = 0");
            sql.executeUpdate("UPDATE mx_municipality SET name = normalize(name, NFD) WHERE cvegeo = '08037'");
            assertThat(count(sql, "SELECT count(*) FROM sdg_target WHERE title_es IS NOT NFC NORMALIZED")).isGreaterThan(100);
            assertThat(single(sql, "SELECT search_name FROM mx_municipality WHERE cvegeo = '08037'")).isEqualTo("juarez");

            flyway("4").migrate();

            for (String check : new String[] {
                    "SELECT count(*) FROM sdg_goal WHERE NOT (title_es IS NFC NORMALIZED AND short_es IS NFC NORMALIZED)",
                    "SELECT count(*) FROM sdg_target WHERE title_es IS NOT NFC NORMALIZED",
                    "SELECT count(*) FROM sdg_indicator WHERE title_es IS NOT NFC NORMALIZED",
                    "SELECT count(*) FROM vocabulary_term WHERE name_es IS NOT NFC NORMALIZED",
                    "SELECT count(*) FROM criterion WHERE description_es IS NOT NFC NORMALIZED",
                    "SELECT count(*) FROM mx_municipality WHERE name IS NOT NFC NORMALIZED"}) {
                assertThat(count(sql, check)).as(check).isZero();
            }
            assertThat(single(sql, "SELECT title_es FROM sdg_target WHERE code = '5.5'"))
                    .contains("la participaci\u00f3n plena");
            assertThat(single(sql, "SELECT name || ' ' || search_name || ' ' || version FROM mx_municipality"
                    + " WHERE cvegeo = '08037'")).isEqualTo("Ju\u00e1rez juarez 1");
            assertThat(single(sql, "SELECT name_es || ' ' || version FROM vocabulary_term WHERE code = 'PARTICIPATION'"))
                    .isEqualTo("Participaci\u00f3n ciudadana 1");
            assertThat(count(sql, "SELECT count(*) FROM vocabulary_term WHERE version > 0")).isOne();
            assertThat(count(sql, "SELECT max(version) FROM criteria_set_version")).isOne();
            assertThat(count(sql, "SELECT count(*) FROM mx_municipality WHERE version > 0")).isOne();
        }
    }

    @Test
    void aDatabaseAlreadyInNfcIsLeftAsItIs() throws SQLException {
        flyway("4").migrate();
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement sql = connection.createStatement()) {
            assertThat(count(sql, "SELECT count(*) FROM vocabulary_term WHERE version > 0")).isZero();
            assertThat(count(sql, "SELECT count(*) FROM mx_municipality WHERE version > 0")).isZero();
            assertThat(count(sql, "SELECT max(version) FROM criteria_set_version")).isZero();
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }
}
