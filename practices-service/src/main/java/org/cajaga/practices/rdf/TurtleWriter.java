package org.cajaga.practices.rdf;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turtle (RDF 1.1): the prefixes of {@link Namespace}, then each resource with its statements. */
public final class TurtleWriter {

    public static final String MEDIA_TYPE = "text/turtle";

    private static final String TYPE = Namespace.RDF.term("type");

    private TurtleWriter() {
    }

    public static String write(RdfGraph graph) {
        StringBuilder out = new StringBuilder();
        for (Namespace ns : Namespace.values()) {
            out.append("@prefix ").append(ns.prefix()).append(": <").append(ns.uri()).append("> .\n");
        }
        graph.subjects().forEach((subject, statements) -> {
            out.append('\n').append(iri(subject));
            String separator = "\n    ";
            for (Map.Entry<String, List<RdfGraph.Value>> statement : statements.entrySet()) {
                out.append(separator).append(TYPE.equals(statement.getKey()) ? "a" : name(statement.getKey())).append(' ')
                        .append(statement.getValue().stream().map(TurtleWriter::value).collect(Collectors.joining(", ")));
                separator = " ;\n    ";
            }
            out.append(" .\n");
        });
        return out.toString();
    }

    private static String value(RdfGraph.Value value) {
        if (value instanceof RdfGraph.Iri iri) {
            return name(iri.value());
        }
        RdfGraph.Literal literal = (RdfGraph.Literal) value;
        String quoted = '"' + escape(literal.lexical()) + '"';
        if (literal.language() != null) {
            return quoted + "@" + literal.language();
        }
        return literal.datatype() == null ? quoted : quoted + "^^" + name(literal.datatype());
    }

    private static String name(String iri) {
        return Namespace.compact(iri).orElseGet(() -> iri(iri));
    }

    private static String iri(String iri) {
        return "<" + iri.replace("\\", "\\u005C").replace(">", "\\u003E").replace(" ", "\\u0020") + ">";
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '"' -> escaped.append("\\\"");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
