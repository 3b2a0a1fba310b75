package org.cajaga.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** deploy/compose.yaml cannot run here (no Docker); this checks what can be checked without it. */
class ComposeTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final JsonNode compose = read();

    @Test
    void runsEveryServiceWithTheImagesTheKubernetesManifestsUse() throws Exception {
        Set<String> services = new HashSet<>();
        compose.path("services").fieldNames().forEachRemaining(services::add);
        assertThat(services).containsExactlyInAnyOrder("postgres", "keycloak", "taxonomy-service", "practices-service",
                "scoring-service", "notifications-service", "gateway", "prometheus", "grafana");
        for (String service : Set.of("taxonomy-service", "practices-service", "scoring-service", "notifications-service",
                "gateway")) {
            String image = compose.path("services").path(service).path("image").asText();
            assertThat(image).isEqualTo("cajaga/" + service + ":0.1.0");
            assertThat(Files.readString(Path.of("k8s", "base", service + ".yaml"))).contains("image: " + image);
        }
    }

    @Test
    void mountsFilesThatExist() {
        compose.path("services").forEach(service -> service.path("volumes").forEach(volume -> {
            String source = volume.asText().split(":")[0];
            if (source.startsWith("./")) {
                assertThat(Path.of(source)).as(volume.asText()).exists();
            }
        }));
    }

    @Test
    void eachServiceGetsItsOwnDatabase() {
        JsonNode services = compose.path("services");
        assertThat(services.at("/taxonomy-service/environment/TAXONOMY_DB_URL").asText()).endsWith("/cajaga_taxonomy");
        assertThat(services.at("/practices-service/environment/PRACTICES_DB_URL").asText()).endsWith("/cajaga_practices");
        assertThat(services.at("/scoring-service/environment/SCORING_DB_URL").asText()).endsWith("/cajaga_scoring");
        assertThat(services.at("/notifications-service/environment/NOTIFY_DB_URL").asText())
                .endsWith("/cajaga_notifications");
    }

    @Test
    void prometheusScrapesEveryServiceOnItsPortInComposeAndLocally() throws Exception {
        Map<String, Integer> ports = new TreeMap<>(Map.of("gateway", 8080, "taxonomy-service", 8081,
                "practices-service", 8082, "scoring-service", 8083, "notifications-service", 8084));
        for (Map.Entry<String, Integer> service : ports.entrySet()) {
            assertThat(Files.readString(Path.of("k8s", "base", service.getKey() + ".yaml")))
                    .as("the port of %s", service.getKey()).contains("port: " + service.getValue());
        }
        JsonNode composed = scrapeOf(Path.of("observability", "prometheus.yml"));
        assertThat(composed.path("metrics_path").asText()).isEqualTo("/q/metrics");
        assertThat(targets(composed)).containsExactlyInAnyOrderElementsOf(
                ports.entrySet().stream().map(service -> service.getKey() + ":" + service.getValue()).toList());
        JsonNode local = scrapeOf(Path.of("observability", "prometheus-local.yml"));
        assertThat(local.path("metrics_path").asText()).isEqualTo("/q/metrics");
        assertThat(targets(local)).containsExactlyInAnyOrderElementsOf(
                ports.values().stream().map(port -> "localhost:" + port).toList());
        assertThat(compose.at("/services/prometheus/volumes").toString())
                .contains("./observability/prometheus.yml:/etc/prometheus/prometheus.yml");
    }

    @Test
    void grafanaShowsTheDashboardOnTheComposePrometheus() throws Exception {
        String volumes = compose.at("/services/grafana/volumes").toString();
        assertThat(volumes).contains("./observability/grafana-dashboard.json:");
        JsonNode providers = YAML.readTree(Path.of("observability", "grafana", "dashboards.yaml").toFile());
        String folder = providers.at("/providers/0/options/path").asText();
        assertThat(volumes).contains("grafana-dashboard.json:" + folder + "/");
        JsonNode source = YAML.readTree(Path.of("observability", "grafana", "datasource.yaml").toFile());
        assertThat(source.at("/datasources/0/type").asText()).isEqualTo("prometheus");
        assertThat(source.at("/datasources/0/url").asText()).isEqualTo("http://prometheus:9090");
        JsonNode dashboard = new ObjectMapper().readTree(Path.of("observability", "grafana-dashboard.json").toFile());
        assertThat(dashboard.path("panels").size()).isGreaterThanOrEqualTo(6);
        dashboard.path("panels").forEach(panel -> assertThat(panel.path("targets").findValuesAsText("expr"))
                .as(panel.path("title").asText()).isNotEmpty().allMatch(expr -> expr.contains("cajaga_")));
    }

    private static JsonNode scrapeOf(Path config) throws Exception {
        JsonNode jobs = YAML.readTree(config.toFile()).path("scrape_configs");
        assertThat(jobs.size()).as(config.toString()).isEqualTo(1);
        return jobs.get(0);
    }

    private static List<String> targets(JsonNode job) {
        List<String> targets = new ArrayList<>();
        job.at("/static_configs/0/targets").forEach(target -> targets.add(target.asText()));
        return targets;
    }

    private static JsonNode read() {
        try {
            return YAML.readTree(Path.of("compose.yaml").toFile());
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
