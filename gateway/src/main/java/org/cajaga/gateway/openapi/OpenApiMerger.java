package org.cajaga.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Merges the services' OpenAPI documents into the one the gateway serves: paths as clients call them
 * (services already serve the gateway's paths), tags and schemas de-duplicated (a schema that differs
 * under the same name is renamed {@code <Service><Name>} and its references follow), an OAuth2
 * scheme pointing at Keycloak, and the gateway as the only server.
 */
public final class OpenApiMerger {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String SCHEMA_REF = "#/components/schemas/";

    private OpenApiMerger() {
    }

    /** @param documents service name → its OpenAPI document */
    public static ObjectNode merge(Map<String, JsonNode> documents, String publicUrl, String realmUrl) {
        ObjectNode merged = NODES.objectNode();
        merged.put("openapi", "3.1.0");
        merged.putObject("info").put("title", "cajaga API").put("version", "1.0")
                .put("description", "Municipal open-government good practices in Mexico: taxonomy, practices, "
                        + "evaluations and statistics behind one gateway. Errors are RFC 9457 problems; labels follow "
                        + "Accept-Language (es, en).")
                .putObject("license").put("name", "Apache 2.0").put("url", "https://www.apache.org/licenses/LICENSE-2.0");
        merged.putArray("servers").addObject().put("url", publicUrl).put("description", "cajaga gateway");
        ArrayNode tags = merged.putArray("tags");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode schemas = merged.putObject("components").putObject("schemas");
        Set<String> tagNames = new HashSet<>();
        documents.forEach((service, document) -> {
            JsonNode copy = document.deepCopy();
            renameConflictingSchemas(service, copy, schemas);
            copy.path("components").path("schemas").fields()
                    .forEachRemaining(schema -> schemas.set(schema.getKey(), schema.getValue()));
            copy.path("paths").fields().forEachRemaining(path -> paths.set(path.getKey(), path.getValue()));
            copy.path("tags").forEach(tag -> {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            });
        });
        ((ObjectNode) merged.get("components")).putObject("securitySchemes").set("keycloak", oauth2(realmUrl));
        return merged;
    }

    private static ObjectNode oauth2(String realmUrl) {
        ObjectNode scheme = NODES.objectNode().put("type", "oauth2")
                .put("description", "Access tokens from the Keycloak realm 'cajaga' (audience cajaga-api). Portals and "
                        + "government systems use client credentials; apps and Swagger UI use authorization code with PKCE.");
        ObjectNode flows = scheme.putObject("flows");
        flows.putObject("clientCredentials").put("tokenUrl", realmUrl + "/protocol/openid-connect/token").putObject("scopes");
        flows.putObject("authorizationCode").put("authorizationUrl", realmUrl + "/protocol/openid-connect/auth")
                .put("tokenUrl", realmUrl + "/protocol/openid-connect/token").putObject("scopes");
        return scheme;
    }

    /** Schemas named like an already merged but different one get the service's prefix, references too. */
    private static void renameConflictingSchemas(String service, JsonNode document, ObjectNode merged) {
        JsonNode own = document.path("components").path("schemas");
        if (!own.isObject()) {
            return;
        }
        String prefix = Character.toUpperCase(service.charAt(0)) + service.substring(1);
        Set<String> conflicting = new HashSet<>();
        own.fields().forEachRemaining(schema -> {
            JsonNode existing = merged.get(schema.getKey());
            if (existing != null && !existing.equals(schema.getValue())) {
                conflicting.add(schema.getKey());
            }
        });
        if (conflicting.isEmpty()) {
            return;
        }
        ObjectNode schemas = (ObjectNode) own;
        for (String name : conflicting) {
            schemas.set(prefix + name, schemas.remove(name));
        }
        rewriteRefs(document, conflicting, prefix);
    }

    private static void rewriteRefs(JsonNode node, Set<String> renamed, String prefix) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMA_REF)
                    && renamed.contains(ref.asText().substring(SCHEMA_REF.length()))) {
                object.set("$ref", TextNode.valueOf(SCHEMA_REF + prefix + ref.asText().substring(SCHEMA_REF.length())));
            }
            for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
                rewriteRefs(children.next(), renamed, prefix);
            }
        } else if (node.isArray()) {
            node.forEach(child -> rewriteRefs(child, renamed, prefix));
        }
    }
}
