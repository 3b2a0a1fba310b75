package org.cajaga.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** deploy/compose.yaml cannot run here (no Docker); this checks what can be checked without it. */
class ComposeTest {

    private final JsonNode compose = read();

    @Test
    void runsEveryServiceWithTheImagesTheKubernetesManifestsUse() throws Exception {
        Set<String> services = new HashSet<>();
        compose.path("services").fieldNames().forEachRemaining(services::add);
        assertThat(services).containsExactlyInAnyOrder("postgres", "keycloak", "taxonomy-service", "practices-service",
                "scoring-service", "notifications-service", "gateway");
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

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(Path.of("compose.yaml").toFile());
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
