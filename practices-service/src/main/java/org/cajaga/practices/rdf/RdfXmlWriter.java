package org.cajaga.practices.rdf;

import java.util.List;
import java.util.Map;

/**
 * RDF/XML: one {@code rdf:Description} per resource, each statement a property element with
 * {@code rdf:resource}, {@code xml:lang} or {@code rdf:datatype}. Every predicate belongs to a
 * {@link Namespace}, so each has a qualified name.
 */
public final class RdfXmlWriter {

    public static final String MEDIA_TYPE = "application/rdf+xml";

    private RdfXmlWriter() {
    }

    public static String write(RdfGraph graph) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF");
        for (Namespace ns : Namespace.values()) {
            out.append("\n    xmlns:").append(ns.prefix()).append("=\"").append(ns.uri()).append('"');
        }
        out.append(">\n");
        graph.subjects().forEach((subject, statements) -> {
            out.append("  <rdf:Description rdf:about=\"").append(escape(subject)).append("\">\n");
            for (Map.Entry<String, List<RdfGraph.Value>> statement : statements.entrySet()) {
                String element = Namespace.compact(statement.getKey()).orElseThrow(() -> new IllegalArgumentException(
                        "No namespace for predicate " + statement.getKey()));
                statement.getValue().forEach(value -> property(out, element, value));
            }
            out.append("  </rdf:Description>\n");
        });
        return out.append("</rdf:RDF>\n").toString();
    }

    private static void property(StringBuilder out, String element, RdfGraph.Value value) {
        out.append("    <").append(element);
        if (value instanceof RdfGraph.Iri iri) {
            out.append(" rdf:resource=\"").append(escape(iri.value())).append("\"/>\n");
            return;
        }
        RdfGraph.Literal literal = (RdfGraph.Literal) value;
        if (literal.language() != null) {
            out.append(" xml:lang=\"").append(escape(literal.language())).append('"');
        } else if (literal.datatype() != null) {
            out.append(" rdf:datatype=\"").append(escape(literal.datatype())).append('"');
        }
        out.append('>').append(escape(literal.lexical())).append("</").append(element).append(">\n");
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\r' -> escaped.append("&#13;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
