package org.cajaga.testing.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metrics the operators' dashboard ({@code deploy/observability/grafana-dashboard.json}) queries, and the check
 * that a running service exposes each of its own: a panel on a metric no service exposes shows nothing, silently.
 */
public final class DashboardMetrics {

    /** The dashboard, from a module's directory (where Maven runs its tests). */
    public static final Path DASHBOARD = Path.of("..", "deploy", "observability", "grafana-dashboard.json");

    private static final Pattern SERIES = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]");

    private DashboardMetrics() {
    }

    /** Every series name {@code cajaga_<service>_...} the dashboard's PromQL expressions name. */
    public static Set<String> queried(String service) {
        Pattern name = Pattern.compile("\\bcajaga_" + Pattern.quote(service) + "_[a-z0-9_]*[a-z0-9]");
        Set<String> names = new TreeSet<>();
        read().findValues("expr").forEach(expression -> {
            Matcher found = name.matcher(expression.asText());
            while (found.find()) {
                names.add(found.group());
            }
        });
        return names;
    }

    /** The series names of a Prometheus text exposition. */
    public static Set<String> exposed(String exposition) {
        Set<String> names = new TreeSet<>();
        exposition.lines().filter(line -> !line.startsWith("#")).forEach(line -> {
            Matcher series = SERIES.matcher(line);
            if (series.find()) {
                names.add(series.group(1));
            }
        });
        return names;
    }

    /** The service under test (RestAssured's base URI and port) serves at {@code /q/metrics} what the dashboard asks. */
    public static void assertServed(String service) {
        String exposition = given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
        Set<String> queried = queried(service);
        assertThat(queried).as("the dashboard's cajaga_%s_ metrics", service).isNotEmpty();
        assertThat(exposed(exposition)).as("what /q/metrics exposes").containsAll(queried);
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(Files.readString(DASHBOARD));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The dashboard " + DASHBOARD.toAbsolutePath() + " cannot be read", unreadable);
        }
    }
}
