package org.cajaga.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * In production only the gateway reaches the services (and the services the ones they call), only the
 * gateway reaches Valkey, only the services (and Keycloak) reach PostgreSQL: read from the rendered
 * NetworkPolicies as Kubernetes applies them (a pod not selected by any policy accepts everything; the
 * allowed peers of a selected pod are the union of its policies' rules).
 */
class NetworkPoliciesTest {

    private static final String NAME = "app.kubernetes.io/name";
    private static List<JsonNode> policies;

    @BeforeAll
    static void render() throws Exception {
        assumeTrue(Manifests.kubectlAvailable(), "kubectl (with its built-in kustomize) renders the manifests");
        policies = Manifests.ofKind(Manifests.documents(Manifests.render("overlays/prod")), "NetworkPolicy");
    }

    @Test
    void everyPodIsDeniedWhatNoPolicyAllows() {
        assertThat(policies).anySatisfy(policy -> {
            assertThat(policy.at("/spec/podSelector").isEmpty()).isTrue();
            assertThat(policy.at("/spec/ingress").isMissingNode() || policy.at("/spec/ingress").isEmpty()).isTrue();
        });
    }

    @Test
    void onlyTheirCallersReachTheServices() {
        Map<String, Set<String>> callers = new HashMap<>();
        callers.put("gateway", Set.of());
        callers.put("taxonomy-service", Set.of("gateway", "practices-service", "scoring-service"));
        callers.put("practices-service", Set.of("gateway", "scoring-service", "notifications-service"));
        callers.put("scoring-service", Set.of("gateway"));
        callers.put("notifications-service", Set.of("gateway"));
        callers.put("valkey", Set.of("gateway"));
        callers.forEach((pod, expected) -> assertThat(podsAllowedTo(Map.of(NAME, pod))).as(pod).isEqualTo(new TreeSet<>(expected)));
        assertThat(namespacesAllowedTo(Map.of(NAME, "gateway"))).containsExactlyInAnyOrder("ingress-nginx", "monitoring");
        for (String service : List.of("taxonomy-service", "practices-service", "scoring-service", "notifications-service")) {
            assertThat(namespacesAllowedTo(Map.of(NAME, service))).as(service).containsExactly("monitoring");
        }
    }

    @Test
    void onlyTheServicesAndKeycloakReachPostgres() {
        Map<String, String> postgres = Map.of("cnpg.io/cluster", "cajaga-pg");
        assertThat(podsAllowedTo(postgres)).containsExactlyInAnyOrder("taxonomy-service", "practices-service",
                "scoring-service", "notifications-service", "app=keycloak", "cnpg.io/cluster=cajaga-pg");
        assertThat(namespacesAllowedTo(postgres)).containsExactly("cnpg-system");
    }

    /** The pods (by name label, else label=value) the policies selecting {@code labels} let in. */
    private static Set<String> podsAllowedTo(Map<String, String> labels) {
        Set<String> pods = new TreeSet<>();
        for (JsonNode from : peers(labels)) {
            JsonNode selector = from.path("podSelector");
            if (selector.isMissingNode() || !from.path("namespaceSelector").isMissingNode()) {
                continue;
            }
            selector.path("matchLabels").fields().forEachRemaining(label -> pods.add(
                    label.getKey().equals(NAME) ? label.getValue().asText() : label.getKey() + "=" + label.getValue().asText()));
            for (JsonNode expression : selector.path("matchExpressions")) {
                assertThat(expression.path("operator").asText()).isEqualTo("In");
                expression.path("values").forEach(value -> pods.add(value.asText()));
            }
        }
        return pods;
    }

    /** The namespaces (by name) the policies selecting {@code labels} let in. */
    private static Set<String> namespacesAllowedTo(Map<String, String> labels) {
        Set<String> namespaces = new TreeSet<>();
        for (JsonNode from : peers(labels)) {
            JsonNode name = from.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name");
            if (!name.isMissingNode()) {
                namespaces.add(name.asText());
            }
        }
        return namespaces;
    }

    private static List<JsonNode> peers(Map<String, String> labels) {
        List<JsonNode> selecting = policies.stream().filter(policy -> selects(policy.at("/spec/podSelector"), labels)
                && !policy.at("/spec/podSelector").isEmpty()).toList();
        assertThat(selecting).as("policies selecting %s", labels).isNotEmpty();
        return selecting.stream().flatMap(policy -> StreamSupport.stream(policy.at("/spec/ingress").spliterator(), false))
                .flatMap(rule -> StreamSupport.stream(rule.path("from").spliterator(), false)).toList();
    }

    private static boolean selects(JsonNode selector, Map<String, String> labels) {
        boolean[] all = {true};
        selector.path("matchLabels").fields().forEachRemaining(label ->
                all[0] &= label.getValue().asText().equals(labels.get(label.getKey())));
        return all[0];
    }
}
