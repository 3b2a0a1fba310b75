package org.cajaga.taxonomy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.cajaga.testing.PostgresTestResource;
import org.flywaydb.core.Flyway;

/** A database of its own for a migration test, migrated by the service's migrations up to a version asked for. */
final class MigrationDatabase {

    private final PostgresTestResource database = new PostgresTestResource();
    private final String url;
    private final String user;

    MigrationDatabase(String name) {
        database.init(Map.of("database", name));
        Map<String, String> datasource = database.start();
        url = datasource.get("quarkus.datasource.jdbc.url");
        user = datasource.get("quarkus.datasource.username");
    }

    /** Migrates to {@code target}: a version number, or {@code latest}. */
    void migrate(String target) {
        Flyway.configure().dataSource(url, user, "")
                .locations("classpath:db/migration", "classpath:org/cajaga/taxonomy/migration")
                .target(target).load().migrate();
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, "");
    }

    void drop() {
        database.stop();
    }
}
