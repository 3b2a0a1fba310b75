package org.cajaga.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the services' OpenAPI 3.0 documents into the one the gateway serves: paths as clients call
 * them (services already serve the gateway's paths), tags de-duplicated, and the services' schemas,
 * headers, parameters, responses, request bodies and examples merged by name (one that differs under
 * the same name is renamed {@code <Service><Name>} and its references follow). The services' security
 * schemes are dropped: {@link GatewayDocumentation} adds the gateway's, under the same name, and
 * everything else the gateway itself answers. The requests services send ({@code x-webhooks}: OpenAPI 3.0
 * has no {@code webhooks} section) are merged by name like paths.
 */
public final class OpenApiMerger {

    public static final String VERSION = "3.0.3";

    /** The extension in which services describe the webhooks they send. */
    public static final String WEBHOOKS = "x-webhooks";

    /** The kinds of components merged by name, as they appear under {@code components}. */
    static final List<String> MERGED_COMPONENTS = List.of("schemas", "headers", "parameters", "responses",
            "requestBodies", "examples");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OpenApiMerger() {
    }

    /** @param documents service name → its OpenAPI document */
    public static ObjectNode merge(Map<String, JsonNode> documents, String publicUrl, String realmUrl) {
        ObjectNode merged = NODES.objectNode();
        merged.put("openapi", VERSION);
        merged.putObject("info").put("title", "cajaga API").put("version", "1.0")
                .put("description", "Municipal open-government good practices in Mexico: taxonomy, practices, "
                        + "evaluations and statistics behind one gateway. Errors are RFC 9457 problems; labels follow "
                        + "Accept-Language (es, en). Text is taken in Unicode NFC (composed accents): the services compose "
                        + "text of bodies, query parameters and path segments before they check or store it.")
                .<ObjectNode>set("contact", NODES.objectNode().put("name", "cajaga").put("url", "https://cajaga.mx"))
                .putObject("license").put("name", "Apache 2.0").put("url", "https://www.apache.org/licenses/LICENSE-2.0");
        merged.set("servers", GatewayDocumentation.servers(publicUrl));
        ArrayNode tags = merged.putArray("tags");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        MERGED_COMPONENTS.forEach(components::putObject);
        Set<String> tagNames = new HashSet<>();
        documents.forEach((service, document) -> {
            JsonNode copy = document.deepCopy();
            for (String kind : MERGED_COMPONENTS) {
                renameConflicting(service, kind, copy, (ObjectNode) components.get(kind));
                copy.path("components").path(kind).fields()
                        .forEachRemaining(component -> ((ObjectNode) components.get(kind))
                                .set(component.getKey(), component.getValue()));
            }
            copy.path("paths").fields().forEachRemaining(path -> paths.set(path.getKey(), path.getValue()));
            copy.path(WEBHOOKS).fields().forEachRemaining(webhook -> webhooks(merged).set(webhook.getKey(), webhook.getValue()));
            copy.path("tags").forEach(tag -> {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            });
        });
        GatewayDocumentation.addTo(merged, realmUrl);
        return merged;
    }

    private static ObjectNode webhooks(ObjectNode merged) {
        return merged.has(WEBHOOKS) ? (ObjectNode) merged.get(WEBHOOKS) : merged.putObject(WEBHOOKS);
    }

    /** Components named like an already merged but different one get the service's prefix, references too. */
    private static void renameConflicting(String service, String kind, JsonNode document, ObjectNode merged) {
        JsonNode own = document.path("components").path(kind);
        if (!own.isObject()) {
            return;
        }
        String prefix = Character.toUpperCase(service.charAt(0)) + service.substring(1);
        Set<String> conflicting = new HashSet<>();
        own.fields().forEachRemaining(component -> {
            JsonNode existing = merged.get(component.getKey());
            if (existing != null && !existing.equals(component.getValue())) {
                conflicting.add(component.getKey());
            }
        });
        if (conflicting.isEmpty()) {
            return;
        }
        ObjectNode components = (ObjectNode) own;
        for (String name : conflicting) {
            components.set(prefix + name, components.remove(name));
        }
        rewriteRefs(document, "#/components/" + kind + "/", conflicting, prefix);
    }

    private static void rewriteRefs(JsonNode node, String base, Set<String> renamed, String prefix) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(base)
                    && renamed.contains(ref.asText().substring(base.length()))) {
                object.set("$ref", TextNode.valueOf(base + prefix + ref.asText().substring(base.length())));
            }
            for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
                rewriteRefs(children.next(), base, renamed, prefix);
            }
        } else if (node.isArray()) {
            node.forEach(child -> rewriteRefs(child, base, renamed, prefix));
        }
    }
}
