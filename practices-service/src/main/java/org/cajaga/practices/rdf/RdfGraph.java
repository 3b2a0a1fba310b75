package org.cajaga.practices.rdf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A small RDF graph of named resources only (no blank nodes), in the order statements were added,
 * so that each serialization lists a resource with all its statements together. It holds what the
 * API publishes as linked data and nothing more: writing it needs no RDF library.
 */
public final class RdfGraph {

    /** An object of a statement: an IRI or a literal. */
    public sealed interface Value permits Iri, Literal {
    }

    public record Iri(String value) implements Value {
        public Iri {
            Objects.requireNonNull(value);
        }
    }

    /** A literal with a language tag, a datatype IRI, or neither (a plain string). */
    public record Literal(String lexical, String language, String datatype) implements Value {
        public Literal {
            Objects.requireNonNull(lexical);
        }
    }

    private final Map<String, Map<String, List<Value>>> subjects = new LinkedHashMap<>();

    public static Iri iri(String value) {
        return new Iri(value);
    }

    public static Literal text(String lexical, String language) {
        return new Literal(lexical, language, null);
    }

    public static Literal plain(String lexical) {
        return new Literal(lexical, null, null);
    }

    public static Literal dateTime(Instant instant) {
        return new Literal(instant.toString(), null, Namespace.XSD.term("dateTime"));
    }

    /** Adds a statement; a repeated one is kept once. */
    public RdfGraph add(String subject, String predicate, Value object) {
        List<Value> objects = subjects.computeIfAbsent(subject, s -> new LinkedHashMap<>())
                .computeIfAbsent(predicate, p -> new ArrayList<>());
        if (!objects.contains(object)) {
            objects.add(object);
        }
        return this;
    }

    public RdfGraph type(String subject, String classIri) {
        return add(subject, Namespace.RDF.term("type"), iri(classIri));
    }

    /** Adds the statement only when there is a value. */
    public RdfGraph addIfPresent(String subject, String predicate, Value object) {
        return object == null ? this : add(subject, predicate, object);
    }

    /** Subject → predicate → objects, in insertion order. */
    public Map<String, Map<String, List<Value>>> subjects() {
        return subjects;
    }
}
