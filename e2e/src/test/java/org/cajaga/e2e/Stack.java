package org.cajaga.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The real suite, started by the README's own launcher (deploy/run.sh) on free ports, with its own
 * fresh databases and without demo data; stopped with SIGTERM, which stops what the launcher started.
 */
final class Stack {

    static final Path ROOT = Path.of(Optional.ofNullable(System.getenv("CAJAGA_ROOT")).orElse("..")).toAbsolutePath().normalize();

    /** Anonymous callers' budget of a replicated stack: one they can use up in a test, per hour so that it hardly refills. */
    static final int ANONYMOUS_BUDGET = 600;
    /** How long a practices-service replica of a replicated stack trusts what it read from taxonomy-service. */
    static final Duration TAXONOMY_CACHE_TIME = Duration.ofSeconds(10);
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final List<String> DATABASES = List.of("taxonomy", "practices", "scoring", "notifications");

    final int gatewayPort = freePort();
    final int secondGatewayPort = freePort();
    final int keycloakPort = freePort();
    final int scoringPort = freePort();
    private final boolean replicated;
    private final Map<String, String> environment;
    /** This run's databases: their own names, so that runs on one PostgreSQL server never meet. */
    private final String databasePrefix = "cajaga_e2e_" + UUID.randomUUID().toString().substring(0, 8);
    private final Path log = ROOT.resolve("deploy/run/logs/e2e-launcher.log");
    private Process launcher;

    /** One of each component. */
    Stack() {
        this(false, Map.of());
    }

    /**
     * With {@code replicated}, two of everything that runs replicated in production (deploy/run.sh
     * CAJAGA_REPLICAS=2): the second gateway routes to second practices-, scoring- and
     * notifications-services, on the same databases, and both gateways count rate limits in the Redis
     * at 127.0.0.1:6379 under a prefix of this run's own. Every process also gets {@code environment}
     * (e.g. where to export traces).
     */
    Stack(boolean replicated, Map<String, String> environment) {
        this.replicated = replicated;
        this.environment = environment;
    }

    String gateway() {
        return "http://localhost:" + gatewayPort;
    }

    /** The second gateway of a replicated stack. */
    String secondGateway() {
        return "http://localhost:" + secondGatewayPort;
    }

    /** A JDBC URL of one of the stack's databases ({@code practices}, {@code scoring}, ...). */
    String database(String name) {
        return SERVER + databasePrefix + "_" + name + "?user=postgres";
    }

    String keycloak() {
        return "http://localhost:" + keycloakPort;
    }

    void start() throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder("bash", "deploy/run.sh").directory(ROOT.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of(
                "GATEWAY_PORT", String.valueOf(gatewayPort),
                "TAXONOMY_PORT", String.valueOf(freePort()),
                "PRACTICES_PORT", String.valueOf(freePort()),
                "SCORING_PORT", String.valueOf(scoringPort),
                "NOTIFY_PORT", String.valueOf(freePort()),
                "KEYCLOAK_PORT", String.valueOf(keycloakPort),
                "CAJAGA_DB_PREFIX", databasePrefix,
                "CAJAGA_FRESH_DATABASES", "true",
                "CAJAGA_DEMO_DATA", "false",
                "CAJAGA_SKIP_BUILD", "true"));
        if (replicated) {
            builder.environment().putAll(Map.of(
                    "CAJAGA_REPLICAS", "2",
                    "GATEWAY_PORT_2", String.valueOf(secondGatewayPort),
                    "PRACTICES_PORT_2", String.valueOf(freePort()),
                    "SCORING_PORT_2", String.valueOf(freePort()),
                    "NOTIFY_PORT_2", String.valueOf(freePort()),
                    "GATEWAY_REDIS_URL", "redis://127.0.0.1:6379",
                    "CAJAGA_GATEWAY_RATE_LIMIT_REDIS_PREFIX", "cajaga-e2e-" + UUID.randomUUID() + ":",
                    "GATEWAY_RATE_ANONYMOUS", String.valueOf(ANONYMOUS_BUDGET),
                    "CAJAGA_GATEWAY_RATE_LIMIT_PERIOD", "PT1H"));
            builder.environment().put("PRACTICES_TAXONOMY_CACHE_TTL", TAXONOMY_CACHE_TIME.toString());
        }
        // The merged OpenAPI's server: Swagger UI and generated clients call this gateway, not port 8080.
        builder.environment().put("GATEWAY_PUBLIC_URL", gateway());
        builder.environment().putAll(environment);
        launcher = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(15));
        while (Instant.now().isBefore(deadline)) {
            String output = Files.exists(log) ? Files.readString(log) : "";
            if (output.contains("cajaga is running")) {
                return;
            }
            if (!launcher.isAlive()) {
                throw new IllegalStateException("deploy/run.sh stopped:\n" + output);
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the stack did not start in 15 minutes:\n" + Files.readString(log));
    }

    /** Stops scoring-service alone (a child of the launcher), as an operator's outage would. */
    void stopScoringService() {
        launcher.descendants().filter(p -> p.info().commandLine().orElse("").contains("scoring-service"))
                .forEach(ProcessHandle::destroy);
    }

    /** Stops the launcher (and what it started), then drops the run's databases. */
    void stop() throws InterruptedException, SQLException {
        if (launcher != null) {
            launcher.destroy();
            launcher.waitFor();
        }
        try (Connection server = DriverManager.getConnection(SERVER + "postgres?user=postgres");
             Statement drop = server.createStatement()) {
            for (String name : DATABASES) {
                drop.execute("DROP DATABASE IF EXISTS " + databasePrefix + "_" + name + " WITH (FORCE)");
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
