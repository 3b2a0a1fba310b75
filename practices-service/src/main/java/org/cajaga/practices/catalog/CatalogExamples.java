package org.cajaga.practices.catalog;

/** Shortened examples of the catalogue for the OpenAPI document (the catalogue itself is much longer). */
final class CatalogExamples {

    static final String TURTLE = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct: <http://purl.org/dc/terms/> .

            <https://api.cajaga.mx/api/v1/catalog>
                a dcat:Catalog ;
                dct:title "Catálogo de buenas prácticas de gobierno abierto municipal"@es, \
            "Catalogue of good practices of municipal open government"@en ;
                dct:publisher <https://api.cajaga.mx/api/v1/catalog#publisher> ;
                dcat:dataset <https://api.cajaga.mx/api/v1/catalog#practices> ;
                dcat:service <https://api.cajaga.mx/api/v1/catalog#api> .

            <https://api.cajaga.mx/api/v1/catalog#practices-csv>
                a dcat:Distribution ;
                dcat:downloadURL <https://api.cajaga.mx/api/v1/practices:export?format=csv> ;
                dcat:mediaType <https://www.iana.org/assignments/media-types/text/csv> ;
                dct:format <http://publications.europa.eu/resource/authority/file-type/CSV> .
            """;

    static final String JSON_LD = """
            {
              "@context": {"dcat": "http://www.w3.org/ns/dcat#", "dct": "http://purl.org/dc/terms/"},
              "@graph": [
                {
                  "@id": "https://api.cajaga.mx/api/v1/catalog",
                  "@type": ["dcat:Catalog"],
                  "dct:title": [{"@value": "Catalogue of good practices of municipal open government", "@language": "en"}],
                  "dcat:dataset": [{"@id": "https://api.cajaga.mx/api/v1/catalog#practices"}],
                  "dcat:service": [{"@id": "https://api.cajaga.mx/api/v1/catalog#api"}]
                }
              ]
            }
            """;

    static final String RDF_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                xmlns:dcat="http://www.w3.org/ns/dcat#" xmlns:dct="http://purl.org/dc/terms/">
              <rdf:Description rdf:about="https://api.cajaga.mx/api/v1/catalog">
                <rdf:type rdf:resource="http://www.w3.org/ns/dcat#Catalog"/>
                <dct:title xml:lang="en">Catalogue of good practices of municipal open government</dct:title>
                <dcat:dataset rdf:resource="https://api.cajaga.mx/api/v1/catalog#practices"/>
              </rdf:Description>
            </rdf:RDF>
            """;

    private CatalogExamples() {
    }
}
