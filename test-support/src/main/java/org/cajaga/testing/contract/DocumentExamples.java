package org.cajaga.testing.contract;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks every example an OpenAPI document gives (on schemas and their properties, parameters, request
 * and response bodies) against the schema it illustrates: an example a client copies must be valid.
 */
public final class DocumentExamples {

    private final OpenAPI document;
    private final SchemaValidator validator;
    private final List<String> invalid = new ArrayList<>();
    private final Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private DocumentExamples(String json) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        this.document = new OpenAPIV3Parser().readContents(json, null, options).getOpenAPI();
        this.validator = new SchemaValidator(document, new MessageResolver());
    }

    /** Every example of the document that its schema refuses, as "where: why"; empty when all are valid. */
    public static List<String> invalidIn(String documentJson) {
        DocumentExamples examples = new DocumentExamples(documentJson);
        examples.checkAll();
        return examples.invalid;
    }

    private void checkAll() {
        if (document.getComponents() != null && document.getComponents().getSchemas() != null) {
            document.getComponents().getSchemas().forEach((name, schema) -> checkSchema("#/components/schemas/" + name, schema));
        }
        if (document.getPaths() == null) {
            return;
        }
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                checkOperation(method + " " + path, operation)));
    }

    private void checkOperation(String where, Operation operation) {
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if (parameter.getExample() != null && parameter.getSchema() != null) {
                    check(where + " parameter " + parameter.getName(), parameter.getExample(), parameter.getSchema());
                }
            }
        }
        if (operation.getRequestBody() != null) {
            checkContent(where + " request", operation.getRequestBody().getContent());
        }
        if (operation.getResponses() != null) {
            operation.getResponses().forEach((status, response) -> checkContent(where + " " + status, response.getContent()));
        }
    }

    private void checkContent(String where, Content content) {
        if (content == null) {
            return;
        }
        content.forEach((mediaType, media) -> {
            if (mediaType.contains("json") && media.getSchema() != null) {
                checkMedia(where + " " + mediaType, media);
            }
        });
    }

    private void checkMedia(String where, MediaType media) {
        if (media.getExample() != null) {
            check(where, media.getExample(), media.getSchema());
        }
        if (media.getExamples() != null) {
            media.getExamples().forEach((name, example) -> {
                if (example.getValue() != null) {
                    check(where + " example " + name, example.getValue(), media.getSchema());
                }
            });
        }
        checkSchema(where, media.getSchema());
    }

    private void checkSchema(String where, Schema<?> schema) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getExample() != null && schema.get$ref() == null) {
            check(where, schema.getExample(), schema);
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            properties.forEach((name, property) -> checkSchema(where + "." + name, property));
        }
        if (schema.getItems() != null) {
            checkSchema(where + "[]", schema.getItems());
        }
        if (schema.getAllOf() != null) {
            schema.getAllOf().forEach(part -> checkSchema(where + " (allOf)", part));
        }
    }

    private void check(String where, Object example, Schema<?> schema) {
        JsonNode value;
        try {
            value = example instanceof String text && looksLikeJson(text, schema)
                    ? Json.mapper().readTree(text) : Json.mapper().valueToTree(example);
        } catch (JsonProcessingException notJson) {
            invalid.add(where + ": example is not JSON: " + example);
            return;
        }
        ValidationReport report = validator.validate(() -> value, schema, "example");
        if (report.hasErrors()) {
            invalid.add(where + ": " + value + " → " + Reports.describe(report).strip());
        }
    }

    /** A string example of an object or array schema is the example's JSON text, as MicroProfile annotations give it. */
    private static boolean looksLikeJson(String text, Schema<?> schema) {
        String type = schema.getType();
        return ("object".equals(type) || "array".equals(type) || (type == null && schema.get$ref() != null))
                && (text.startsWith("{") || text.startsWith("["));
    }
}
