package org.cajaga.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Offline checks of the rendered Kubernetes manifests (kubectl kustomize, no cluster): every core
 * object parses into its Kubernetes model with no unknown or mistyped field, operator objects are
 * of the kinds the operators serve, and every reference between objects resolves.
 */
class ManifestsTest {

    private static final Set<String> CORE_API_VERSIONS = Set.of("v1", "apps/v1", "policy/v1", "autoscaling/v2",
            "networking.k8s.io/v1");
    private static final Set<String> OPERATOR_KINDS = Set.of("postgresql.cnpg.io/v1 Cluster", "postgresql.cnpg.io/v1 Database",
            "k8s.keycloak.org/v2alpha1 Keycloak", "k8s.keycloak.org/v2alpha1 KeycloakRealmImport",
            "monitoring.coreos.com/v1 ServiceMonitor");
    /** Secrets the operator creates before applying; documented in the overlays. */
    private static final Set<String> DOCUMENTED_SECRETS = Set.of("cajaga-db-credentials", "cajaga-scoring-client");
    /** The suite's own Deployments: Quarkus services with its health endpoints. */
    private static final Set<String> SERVICES = Set.of("taxonomy-service", "practices-service", "scoring-service",
            "notifications-service", "gateway");
    /** Services made by the Keycloak operator, not by these manifests. */
    private static final Set<String> OPERATOR_SERVICES = Set.of("keycloak-service");

    private final KubernetesSerialization kubernetes = new KubernetesSerialization();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void needsKubectl() {
        assumeTrue(Manifests.kubectlAvailable(), "kubectl (with its built-in kustomize) renders the manifests");
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void everyObjectIsAValidKubernetesObject(String kustomization) throws Exception {
        List<String> faults = new ArrayList<>();
        for (JsonNode document : Manifests.documents(Manifests.render(kustomization))) {
            String apiVersion = document.path("apiVersion").asText();
            String kind = document.path("kind").asText();
            String where = apiVersion + " " + kind + " " + Manifests.name(document);
            if (Manifests.name(document).isBlank()) {
                faults.add(where + ": no metadata.name");
            }
            if (CORE_API_VERSIONS.contains(apiVersion)) {
                HasMetadata typed = kubernetes.unmarshal(json.writeValueAsString(document));
                if (typed instanceof GenericKubernetesResource) {
                    faults.add(where + ": not a known Kubernetes kind");
                }
                UnknownFields.of(typed).forEach(field -> faults.add(where + ": unknown field " + field));
            } else if (!OPERATOR_KINDS.contains(apiVersion + " " + kind)) {
                faults.add(where + ": neither a core kind nor one of the operators' kinds " + OPERATOR_KINDS);
            }
        }
        assertThat(faults).as(kustomization).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void everyReferenceResolves(String kustomization) throws Exception {
        List<JsonNode> documents = Manifests.documents(Manifests.render(kustomization));
        Set<String> configKeys = new HashSet<>();
        Manifests.ofKind(documents, "ConfigMap").forEach(map -> map.path("data").fieldNames().forEachRemaining(configKeys::add));
        List<JsonNode> deployments = Manifests.ofKind(documents, "Deployment");
        Set<String> deploymentNames = deployments.stream().map(Manifests::name).collect(Collectors.toSet());
        Set<String> serviceNames = new HashSet<>(OPERATOR_SERVICES);
        List<String> faults = new ArrayList<>();

        for (JsonNode deployment : deployments) {
            String name = Manifests.name(deployment);
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            for (JsonNode env : container.path("env")) {
                JsonNode config = env.at("/valueFrom/configMapKeyRef");
                if (!config.isMissingNode() && !configKeys.contains(config.path("key").asText())) {
                    faults.add(name + ": env " + env.path("name").asText() + " reads a missing ConfigMap key");
                }
                JsonNode secret = env.at("/valueFrom/secretKeyRef");
                if (!secret.isMissingNode() && !DOCUMENTED_SECRETS.contains(secret.path("name").asText())) {
                    faults.add(name + ": env " + env.path("name").asText() + " reads an undocumented Secret");
                }
            }
            if (SERVICES.contains(name) && (!container.at("/readinessProbe/httpGet/path").asText().equals("/q/health/ready")
                    || !container.at("/livenessProbe/httpGet/path").asText().equals("/q/health/live"))) {
                faults.add(name + ": readiness and liveness probes must use /q/health/ready and /q/health/live");
            }
            if (container.at("/resources/requests/cpu").isMissingNode() || container.at("/resources/limits/memory").isMissingNode()) {
                faults.add(name + ": needs a CPU request and a memory limit");
            }
            Set<String> ports = StreamSupport.stream(container.path("ports").spliterator(), false)
                    .map(p -> p.path("name").asText()).collect(Collectors.toSet());
            for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
                JsonNode port = container.at("/" + probe).has("tcpSocket") ? container.at("/" + probe + "/tcpSocket/port")
                        : container.at("/" + probe + "/httpGet/port");
                boolean needed = SERVICES.contains(name) || !container.at("/" + probe).isMissingNode();
                if (needed && !ports.contains(port.asText())) {
                    faults.add(name + ": " + probe + " uses a port the container does not name");
                }
            }
        }
        for (JsonNode service : Manifests.ofKind(documents, "Service")) {
            serviceNames.add(Manifests.name(service));
            JsonNode selector = service.at("/spec/selector");
            boolean selectsSomething = deployments.stream().anyMatch(d -> {
                JsonNode labels = d.at("/spec/template/metadata/labels");
                return StreamSupport.stream(((Iterable<String>) selector::fieldNames).spliterator(), false)
                        .allMatch(label -> selector.path(label).asText().equals(labels.path(label).asText()));
            });
            if (!selectsSomething) {
                faults.add("Service " + Manifests.name(service) + " selects no Deployment's pods");
            }
        }
        for (JsonNode hpa : Manifests.ofKind(documents, "HorizontalPodAutoscaler")) {
            if (!deploymentNames.contains(hpa.at("/spec/scaleTargetRef/name").asText())) {
                faults.add("HorizontalPodAutoscaler " + Manifests.name(hpa) + " scales a missing Deployment");
            }
        }
        for (JsonNode pdb : Manifests.ofKind(documents, "PodDisruptionBudget")) {
            if (!deploymentNames.contains(pdb.at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText())) {
                faults.add("PodDisruptionBudget " + Manifests.name(pdb) + " protects no Deployment");
            }
        }
        for (JsonNode ingress : Manifests.ofKind(documents, "Ingress")) {
            for (JsonNode rule : ingress.at("/spec/rules")) {
                for (JsonNode path : rule.at("/http/paths")) {
                    if (!serviceNames.contains(path.at("/backend/service/name").asText())) {
                        faults.add("Ingress " + Manifests.name(ingress) + " routes to a missing Service");
                    }
                }
            }
        }
        assertThat(faults).as(kustomization).isEmpty();
        assertThat(deploymentNames).containsAll(SERVICES);
        assertThat(deploymentNames).as("the suite and, in production, the gateway's Valkey")
                .isSubsetOf(Stream.concat(SERVICES.stream(), Stream.of("valkey")).collect(Collectors.toSet()));
    }

    @Test
    void productionMetricsAreScrapedFromEveryServiceOnItsNamedPort() throws Exception {
        List<JsonNode> documents = Manifests.documents(Manifests.render("overlays/prod"));
        List<JsonNode> monitors = Manifests.ofKind(documents, "ServiceMonitor");
        assertThat(monitors).hasSize(1);
        JsonNode monitor = monitors.get(0);
        assertThat(monitor.path("apiVersion").asText()).isEqualTo("monitoring.coreos.com/v1");
        JsonNode endpoint = monitor.at("/spec/endpoints/0");
        assertThat(endpoint.path("path").asText()).isEqualTo("/q/metrics");
        JsonNode selector = monitor.at("/spec/selector/matchLabels");
        assertThat(selector.size()).isPositive();
        Set<String> scraped = new HashSet<>();
        for (JsonNode service : Manifests.ofKind(documents, "Service")) {
            JsonNode labels = service.at("/metadata/labels");
            boolean selected = StreamSupport.stream(((Iterable<String>) selector::fieldNames).spliterator(), false)
                    .allMatch(label -> selector.path(label).asText().equals(labels.path(label).asText()));
            if (selected) {
                assertThat(service.at("/spec/ports").findValuesAsText("name")).as(Manifests.name(service))
                        .contains(endpoint.path("port").asText());
                scraped.add(Manifests.name(service));
            }
        }
        assertThat(scraped).containsExactlyInAnyOrder("taxonomy-service", "practices-service", "scoring-service",
                "notifications-service", "gateway");
    }

    @Test
    void theProductionRealmImportFollowsTheDemoRealmWithoutItsSecretsOrPeople() throws Exception {
        JsonNode realm = json.readTree(Path.of("keycloak", "cajaga-realm.json").toFile());
        JsonNode imported = Manifests.ofKind(Manifests.documents(Manifests.render("overlays/prod")), "KeycloakRealmImport")
                .get(0).at("/spec/realm");

        assertThat(names(imported.path("roles").path("realm"), "name")).isEqualTo(names(realm.path("roles").path("realm"), "name"));
        Set<String> demoClients = names(realm.path("clients"), "clientId");
        demoClients.remove("demo-cli");
        assertThat(names(imported.path("clients"), "clientId")).isEqualTo(demoClients);
        for (JsonNode client : imported.path("clients")) {
            if (client.has("secret")) {
                assertThat(client.path("secret").asText()).as(client.path("clientId").asText()).startsWith("${");
            }
        }
        for (JsonNode user : imported.path("users")) {
            assertThat(user.has("credentials")).as(user.path("username").asText()).isFalse();
        }
    }

    private static Set<String> names(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asText()).collect(Collectors.toSet());
    }
}
