package org.cajaga.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Takes the test database away from the service under test as an outage would, and gives it back:
 * new connections are refused ({@code ALLOW_CONNECTIONS false}) and the open ones are terminated, so the
 * pool holds only dead connections. Works on the server and on the embedded PostgreSQL alike.
 */
public final class DatabaseOutage implements AutoCloseable {

    private final String adminUrl;
    private final String user;
    private final String database;

    private DatabaseOutage(String jdbcUrl, String user) {
        String withoutParameters = jdbcUrl.contains("?") ? jdbcUrl.substring(0, jdbcUrl.indexOf('?')) : jdbcUrl;
        int slash = withoutParameters.lastIndexOf('/');
        this.database = withoutParameters.substring(slash + 1);
        this.adminUrl = withoutParameters.substring(0, slash + 1) + "postgres";
        this.user = user;
    }

    /** Starts the outage of the database at {@code jdbcUrl}; closing it ends the outage. */
    public static DatabaseOutage begin(String jdbcUrl, String user) {
        DatabaseOutage outage = new DatabaseOutage(jdbcUrl, user);
        outage.execute("ALTER DATABASE " + outage.database + " ALLOW_CONNECTIONS false");
        outage.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + outage.database
                + "' AND pid <> pg_backend_pid()");
        return outage;
    }

    @Override
    public void close() {
        execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failed) {
            throw new IllegalStateException("Could not run '" + sql + "'", failed);
        }
    }
}
