package org.cajaga.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A fresh PostgreSQL database for one test run, without Docker: a new database on the server at
 * 127.0.0.1:5432 when one answers, otherwise an embedded PostgreSQL (io.zonky). The database is
 * dropped, or the embedded server stopped, when the run ends.
 *
 * <p>Init arg {@code database}: the name prefix, e.g. {@code cajaga_taxonomy}. Environment
 * {@code CAJAGA_TEST_PG=embedded} forces the embedded server; {@code CAJAGA_TEST_PG_HOST}/{@code _PORT}/
 * {@code _USER} point at another server.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final Logger LOG = Logger.getLogger(PostgresTestResource.class);

    private String prefix = "cajaga";
    private EmbeddedPostgres embedded;
    private String createdDatabase;
    private String serverUrl;
    private String user;

    @Override
    public void init(Map<String, String> initArgs) {
        prefix = initArgs.getOrDefault("database", prefix);
    }

    @Override
    public Map<String, String> start() {
        String host = env("CAJAGA_TEST_PG_HOST", "127.0.0.1");
        String port = env("CAJAGA_TEST_PG_PORT", "5432");
        user = env("CAJAGA_TEST_PG_USER", "postgres");
        String database = prefix + "_test_" + UUID.randomUUID().toString().substring(0, 8);
        if (!"embedded".equals(System.getenv("CAJAGA_TEST_PG"))) {
            serverUrl = "jdbc:postgresql://" + host + ":" + port + "/";
            if (canConnect(serverUrl + "postgres")) {
                execute(serverUrl + "postgres", "CREATE DATABASE " + database);
                createdDatabase = database;
                LOG.infof("Tests use database %s on %s:%s", database, host, port);
                return datasource(serverUrl + database, user);
            }
        }
        return startEmbedded(database);
    }

    private Map<String, String> startEmbedded(String database) {
        try {
            embedded = EmbeddedPostgres.builder().start();
        } catch (IOException | RuntimeException failed) {
            throw new IllegalStateException("No PostgreSQL at 127.0.0.1:5432 and the embedded one did not start. "
                    + "Start PostgreSQL, or run the build as a non-root user (initdb refuses root; "
                    + "`unshare -U ./mvnw verify` works as root).", failed);
        }
        serverUrl = embedded.getJdbcUrl("postgres", "postgres").replaceFirst("/postgres(\\?.*)?$", "/");
        user = "postgres";
        execute(embedded.getJdbcUrl("postgres", "postgres"), "CREATE DATABASE " + database);
        LOG.infof("Tests use database %s on an embedded PostgreSQL at port %d", database, embedded.getPort());
        return datasource(embedded.getJdbcUrl("postgres", database), "postgres");
    }

    @Override
    public void stop() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException ignored) {
                LOG.warn("Embedded PostgreSQL did not stop cleanly", ignored);
            }
            return;
        }
        if (createdDatabase != null) {
            execute(serverUrl + "postgres", "DROP DATABASE IF EXISTS " + createdDatabase + " WITH (FORCE)");
        }
    }

    private static Map<String, String> datasource(String url, String user) {
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", "");
    }

    private boolean canConnect(String url) {
        try (Connection ignored = DriverManager.getConnection(url, user, "")) {
            return true;
        } catch (SQLException unreachable) {
            LOG.infof("No PostgreSQL at %s (%s); falling back to embedded PostgreSQL", url, unreachable.getMessage());
            return false;
        }
    }

    private void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failed) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + url, failed);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
