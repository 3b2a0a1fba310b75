package org.cajaga.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL for deploy/run.sh on a machine without a server: an embedded PostgreSQL (io.zonky) on
 * 127.0.0.1:5432, user {@code postgres} with trust authentication, its data kept in a folder so a
 * second run finds its databases again. Runs until it is stopped.
 *
 * <p>Arguments: the data folder, then the databases to create when missing.
 */
public final class EmbeddedPostgresServer {

    private EmbeddedPostgresServer() {
    }

    public static void main(String[] args) throws IOException, SQLException, InterruptedException {
        File data = new File(args[0]);
        data.mkdirs();
        EmbeddedPostgres server = EmbeddedPostgres.builder().setPort(5432).setDataDirectory(data)
                .setCleanDataDirectory(false).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException notStopped) {
                System.err.println("embedded PostgreSQL did not stop cleanly: " + notStopped);
            }
        }));
        try (Connection connection = DriverManager.getConnection(server.getJdbcUrl("postgres", "postgres"));
             Statement create = connection.createStatement();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            for (int i = 1; i < args.length; i++) {
                exists.setString(1, args[i]);
                try (ResultSet found = exists.executeQuery()) {
                    if (!found.next()) {
                        create.execute("CREATE DATABASE " + args[i]);
                    }
                }
            }
        }
        System.out.println("embedded PostgreSQL ready on 127.0.0.1:5432");
        Thread.currentThread().join();
    }
}
