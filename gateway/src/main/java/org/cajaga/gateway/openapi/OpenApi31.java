package org.cajaga.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The merged document as OpenAPI 3.1 ({@code GET /openapi?version=3.1}): the same API, with the requests the
 * services send in the 3.1 {@code webhooks} section instead of the {@code x-webhooks} extension, and the schema
 * keywords 3.1 spells otherwise (it takes JSON Schema 2020-12): {@code nullable: true} becomes a {@code "null"}
 * type, and the boolean {@code exclusiveMinimum}/{@code exclusiveMaximum} take the bound's value. The 3.0.3
 * document stays the default, as more client generators read it.
 */
public final class OpenApi31 {

    public static final String VERSION = "3.1.0";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OpenApi31() {
    }

    public static ObjectNode of(JsonNode merged) {
        ObjectNode document = merged.deepCopy();
        document.put("openapi", VERSION);
        JsonNode webhooks = document.remove(OpenApiMerger.WEBHOOKS);
        ObjectNode converted = (ObjectNode) convert(document);
        if (webhooks != null) {
            converted.set("webhooks", convert(webhooks));
        }
        return converted;
    }

    /** The node with every schema in it written as 3.1 does; objects are walked whole. */
    private static JsonNode convert(JsonNode node) {
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, convert(array.get(i)));
            }
            return array;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode object = (ObjectNode) node;
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            field.setValue(convert(field.getValue()));
        }
        exclusive(object, "exclusiveMinimum", "minimum");
        exclusive(object, "exclusiveMaximum", "maximum");
        JsonNode nullable = object.get("nullable");
        if (nullable == null || !nullable.isBoolean()) {
            return object;
        }
        object.remove("nullable");
        if (!nullable.booleanValue()) {
            return object;
        }
        JsonNode type = object.get("type");
        if (type != null && type.isTextual()) {
            object.set("type", NODES.arrayNode().add(type.asText()).add("null"));
            if (object.get("enum") instanceof ArrayNode values && !values.has(NODES.nullNode().asText())) {
                values.addNull();
            }
            return object;
        }
        ObjectNode either = NODES.objectNode();
        either.putArray("anyOf").add(object).addObject().put("type", "null");
        return either;
    }

    /** 3.0's {@code exclusiveMinimum: true} beside {@code minimum: m} is 3.1's {@code exclusiveMinimum: m}. */
    private static void exclusive(ObjectNode schema, String exclusive, String bound) {
        JsonNode flag = schema.get(exclusive);
        if (flag == null || !flag.isBoolean()) {
            return;
        }
        schema.remove(exclusive);
        if (flag.booleanValue() && schema.has(bound)) {
            schema.set(exclusive, schema.remove(bound));
        }
    }
}
