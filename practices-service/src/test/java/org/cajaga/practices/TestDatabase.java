package org.cajaga.practices;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.eclipse.microprofile.config.ConfigProvider;

/** A connection of the test's own to the database the running service uses, outside the service. */
final class TestDatabase {

    private TestDatabase() {
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class),
                ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class), "");
    }
}
