package org.cajaga.practices.practice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.support.problem.Problems;

/**
 * A JSON Merge Patch (RFC 7396) as the client sent it, read at the edge: objects merge member by member, null
 * removes, anything else replaces.
 */
public final class MergePatch {

    private final ObjectNode members;

    private MergePatch(ObjectNode members) {
        this.members = members;
    }

    /** The patch in a request body; anything but a JSON object is a 400 problem. */
    public static MergePatch parse(byte[] body, ObjectMapper json) {
        JsonNode patch;
        try {
            patch = body == null || body.length == 0 ? null : json.readTree(body);
        } catch (IOException malformed) {
            throw Problems.of(ProblemType.MALFORMED, "El parche no es JSON UTF-8 válido.", "The patch is not valid UTF-8 JSON.");
        }
        if (patch == null || !patch.isObject()) {
            throw Problems.of(ProblemType.MALFORMED, "El parche debe ser un objeto JSON.", "The patch must be a JSON object.");
        }
        return new MergePatch((ObjectNode) patch);
    }

    JsonNode applyTo(JsonNode target) {
        return apply(target, members);
    }

    private static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        patch.fields().forEachRemaining(member -> {
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), apply(result.get(member.getKey()), member.getValue()));
            }
        });
        return result;
    }
}
