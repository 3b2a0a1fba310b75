package org.cajaga.practices.rdf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * JSON-LD 1.1 in flattened form: an inline {@code @context} with the prefixes of {@link Namespace}
 * (so no processor fetches anything) and one {@code @graph} node per resource, every value in
 * expanded form ({@code @id}, or {@code @value} with {@code @language} or {@code @type}).
 */
public final class JsonLdWriter {

    public static final String MEDIA_TYPE = "application/ld+json";

    private static final String TYPE = Namespace.RDF.term("type");
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLdWriter() {
    }

    public static String write(RdfGraph graph) {
        ObjectNode document = JSON.createObjectNode();
        ObjectNode context = document.putObject("@context");
        for (Namespace ns : Namespace.values()) {
            context.put(ns.prefix(), ns.uri());
        }
        ArrayNode nodes = document.putArray("@graph");
        graph.subjects().forEach((subject, statements) -> {
            ObjectNode node = nodes.addObject().put("@id", subject);
            for (Map.Entry<String, List<RdfGraph.Value>> statement : statements.entrySet()) {
                if (TYPE.equals(statement.getKey())) {
                    ArrayNode types = node.putArray("@type");
                    statement.getValue().forEach(type -> types.add(name(((RdfGraph.Iri) type).value())));
                } else {
                    ArrayNode values = node.putArray(name(statement.getKey()));
                    statement.getValue().forEach(value -> values.add(value(value)));
                }
            }
        });
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static ObjectNode value(RdfGraph.Value value) {
        if (value instanceof RdfGraph.Iri iri) {
            return JSON.createObjectNode().put("@id", iri.value());
        }
        RdfGraph.Literal literal = (RdfGraph.Literal) value;
        ObjectNode node = JSON.createObjectNode().put("@value", literal.lexical());
        if (literal.language() != null) {
            node.put("@language", literal.language());
        } else if (literal.datatype() != null) {
            node.put("@type", name(literal.datatype()));
        }
        return node;
    }

    private static String name(String iri) {
        return Namespace.compact(iri).orElse(iri);
    }
}
