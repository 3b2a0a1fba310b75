package org.cajaga.practices.practice;

/**
 * The OpenAPI example of getPractice's JSON-LD representation: what {@code linkeddata.PracticeDocument}
 * writes for the example record (Chihuahua, state 08, municipality 08019).
 */
final class LinkedDataExample {

    static final String DOCUMENT = """
            {
              "@context": {
                "@vocab": "https://schema.org/",
                "sameAs": {"@type": "@id"},
                "url": {"@type": "@id"},
                "inDefinedTermSet": {"@type": "@id"},
                "foundingDate": {"@type": "http://www.w3.org/2001/XMLSchema#date"},
                "dissolutionDate": {"@type": "http://www.w3.org/2001/XMLSchema#date"}
              },
              "@id": "urn:uuid:01936b8e-7c1a-7d2e-9f00-3b4c5d6e7f80",
              "@type": "Project",
              "identifier": "01936b8e-7c1a-7d2e-9f00-3b4c5d6e7f80",
              "name": {"@value": "Ejemplo: Presupuesto participativo en Chihuahua", "@language": "es"},
              "description": {"@value": "Vecinas y vecinos deciden obras con parte del presupuesto.", "@language": "es"},
              "sameAs": "https://api.cajaga.mx/api/v1/practices/01936b8e-7c1a-7d2e-9f00-3b4c5d6e7f80",
              "areaServed": [{
                "@id": "https://api.cajaga.mx/api/v1/taxonomy/municipalities/08019",
                "@type": "AdministrativeArea",
                "identifier": {"@type": "PropertyValue", "propertyID": "INEGI CVEGEO", "value": "08019"},
                "containedInPlace": {
                  "@id": "https://api.cajaga.mx/api/v1/taxonomy/states/08",
                  "@type": "AdministrativeArea",
                  "identifier": {"@type": "PropertyValue", "propertyID": "INEGI CVE_ENT", "value": "08"},
                  "containedInPlace": {"@type": "Country", "name": "México", "identifier": "MX"}
                }
              }],
              "foundingDate": "2021-03-01",
              "dissolutionDate": "2023-12-31",
              "keywords": [
                "presupuesto",
                {"@id": "https://api.cajaga.mx/api/v1/taxonomy/principles/PARTICIPATION", "@type": "DefinedTerm",
                 "termCode": "PARTICIPATION", "inDefinedTermSet": "https://api.cajaga.mx/api/v1/taxonomy/principles"},
                {"@id": "https://api.cajaga.mx/api/v1/taxonomy/lessons/COCREATION", "@type": "DefinedTerm",
                 "termCode": "COCREATION", "inDefinedTermSet": "https://api.cajaga.mx/api/v1/taxonomy/lessons"},
                {"@id": "https://api.cajaga.mx/api/v1/taxonomy/sdg/targets/16.7", "@type": "DefinedTerm",
                 "termCode": "16.7", "inDefinedTermSet": "https://api.cajaga.mx/api/v1/taxonomy/sdg/targets"},
                {"@id": "https://api.cajaga.mx/api/v1/catalog#classification-GOOD_PRACTICE", "@type": "DefinedTerm",
                 "termCode": "GOOD_PRACTICE", "inDefinedTermSet": "https://api.cajaga.mx/api/v1/catalog#classifications",
                 "name": [{"@value": "Buena práctica", "@language": "es"}, {"@value": "Good practice", "@language": "en"}]}
              ],
              "parentOrganization": [{"@type": "Organization", "name": "Municipio de Chihuahua"}],
              "contactPoint": {"@type": "ContactPoint", "name": "Dirección de Participación Ciudadana",
                               "email": "participacion@municipio.example"}
            }
            """;

    private LinkedDataExample() {
    }
}
