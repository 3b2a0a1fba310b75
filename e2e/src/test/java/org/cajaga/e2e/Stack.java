package org.cajaga.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The real suite, started by the README's own launcher (deploy/run.sh) on free ports, with its own
 * fresh databases and without demo data; stopped with SIGTERM, which stops what the launcher started.
 */
final class Stack {

    static final Path ROOT = Path.of(Optional.ofNullable(System.getenv("CAJAGA_ROOT")).orElse("..")).toAbsolutePath().normalize();

    final int gatewayPort = freePort();
    final int keycloakPort = freePort();
    final int scoringPort = freePort();
    private final Path log = ROOT.resolve("deploy/run/logs/e2e-launcher.log");
    private final Map<String, String> environment;
    private Process launcher;

    Stack() {
        this(Map.of());
    }

    /** A stack whose processes also get {@code environment} (e.g. where to export traces). */
    Stack(Map<String, String> environment) {
        this.environment = environment;
    }

    String gateway() {
        return "http://localhost:" + gatewayPort;
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
                "KEYCLOAK_PORT", String.valueOf(keycloakPort),
                "CAJAGA_DB_PREFIX", "cajaga_e2e",
                "CAJAGA_FRESH_DATABASES", "true",
                "CAJAGA_DEMO_DATA", "false",
                "CAJAGA_SKIP_BUILD", "true"));
        // The merged OpenAPI's server: Swagger UI and generated clients call this gateway, not port 8080.
        builder.environment().put("GATEWAY_PUBLIC_URL", gateway());
        builder.environment().putAll(environment);
        launcher = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
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
        throw new IllegalStateException("the stack did not start in 8 minutes:\n" + Files.readString(log));
    }

    /** Stops scoring-service alone (a child of the launcher), as an operator's outage would. */
    void stopScoringService() {
        launcher.descendants().filter(p -> p.info().commandLine().orElse("").contains("scoring-service"))
                .forEach(ProcessHandle::destroy);
    }

    void stop() throws InterruptedException {
        if (launcher != null) {
            launcher.destroy();
            launcher.waitFor();
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
