package org.cajaga.practices.rdf;

import java.util.Arrays;
import java.util.Optional;

/** The vocabularies the API's RDF uses, with the prefixes every serialization declares. */
public enum Namespace {
    RDF("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    RDFS("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    XSD("xsd", "http://www.w3.org/2001/XMLSchema#"),
    DCAT("dcat", "http://www.w3.org/ns/dcat#"),
    DCT("dct", "http://purl.org/dc/terms/"),
    FOAF("foaf", "http://xmlns.com/foaf/0.1/"),
    SKOS("skos", "http://www.w3.org/2004/02/skos/core#"),
    VCARD("vcard", "http://www.w3.org/2006/vcard/ns#");

    private final String prefix;
    private final String uri;

    Namespace(String prefix, String uri) {
        this.prefix = prefix;
        this.uri = uri;
    }

    public String prefix() {
        return prefix;
    }

    public String uri() {
        return uri;
    }

    /** The IRI of a term of this vocabulary. */
    public String term(String localName) {
        return uri + localName;
    }

    /** The namespace an IRI's term belongs to, when it is one of these. */
    static Optional<Namespace> of(String iri) {
        return Arrays.stream(values()).filter(ns -> iri.startsWith(ns.uri)
                && iri.substring(ns.uri.length()).matches("[A-Za-z][A-Za-z0-9_-]*")).findFirst();
    }

    /** {@code prefix:localName} for a term of these vocabularies. */
    static Optional<String> compact(String iri) {
        return of(iri).map(ns -> ns.prefix + ":" + iri.substring(ns.uri.length()));
    }
}
