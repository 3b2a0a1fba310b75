package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cajaga.practices.SampleRecords.practice;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/**
 * The DCAT-AP catalogue, read back with Apache Jena in each of its three syntaxes and validated
 * against the DCAT-AP 3.0.1 SHACL shapes (src/test/resources/dcat-ap, see its SOURCE.md).
 */
@QuarkusTest
class CatalogTest {

    private static final String CATALOG = "/api/v1/catalog";
    private static final String FRESNILLO = "32010";
    private static final String SHACL = "http://www.w3.org/ns/shacl#";

    private static Instant published;

    /** A published practice in Fresnillo, Zacatecas (state 32, only here), made once; when it last changed. */
    private static synchronized Instant publishedInZacatecas() {
        if (published == null) {
            String id = Api.published(practice("Ejemplo: Catálogo de datos abiertos", FRESNILLO));
            published = Instant.parse(given().get(Api.PRACTICES + "/" + id).then().statusCode(200).extract()
                    .path("updatedAt"));
        }
        return published;
    }

    @Test
    void theCatalogueHasNoDcatApViolation() {
        publishedInZacatecas();
        Model catalogue = read("text/turtle", Lang.TURTLE);
        Shapes shapes = Shapes.parse(shapesGraph());
        ValidationReport report = ShaclValidator.get().validate(shapes, catalogue.getGraph());
        List<String> violations = report.getEntries().stream()
                .filter(entry -> entry.severity().equals(Severity.Violation))
                .map(entry -> entry.focusNode() + " " + entry.resultPath() + ": " + entry.message())
                .collect(Collectors.toList());
        assertThat(violations).isEmpty();
        assertThat(catalogue.listSubjectsWithProperty(RDF.type, DCAT.Catalog).toList()).hasSize(1);
    }

    @Test
    void turtleJsonLdAndRdfXmlSayTheSame() {
        Model turtle = read("text/turtle", Lang.TURTLE);
        assertThat(turtle.size()).isGreaterThan(300);
        assertThat(read("application/ld+json", Lang.JSONLD).isIsomorphicWith(turtle)).isTrue();
        assertThat(read("application/rdf+xml", Lang.RDFXML).isIsomorphicWith(turtle)).isTrue();
    }

    @Test
    void datasetsDistributionsAndServicePointAtTheApi() {
        Instant changed = publishedInZacatecas();
        Model catalogue = read("application/ld+json", Lang.JSONLD);
        String base = baseUrl();
        Resource practices = catalogue.getResource(base + "api/v1/catalog#practices");
        assertThat(catalogue.contains(practices, RDF.type, DCAT.Dataset)).isTrue();
        Instant modified = Instant.parse(literal(practices, DCTerms.modified).getLexicalForm());
        assertThat(modified).isAfterOrEqualTo(changed);
        assertThat(practices.listProperties(DCTerms.spatial).mapWith(s -> s.getObject().toString()).toList())
                .contains(base + "api/v1/taxonomy/states/32",
                        "http://publications.europa.eu/resource/authority/country/MEX");
        assertThat(literal(catalogue.getResource(base + "api/v1/taxonomy/states/32"), SKOS.prefLabel).getString())
                .isEqualTo("Zacatecas");

        Resource csv = catalogue.getResource(base + "api/v1/catalog#practices-csv");
        assertThat(catalogue.contains(practices, DCAT.distribution, csv)).isTrue();
        assertThat(csv.getPropertyResourceValue(DCAT.downloadURL).getURI())
                .isEqualTo(base + "api/v1/practices:export?format=csv");
        assertThat(csv.getPropertyResourceValue(DCAT.mediaType).getURI())
                .isEqualTo("https://www.iana.org/assignments/media-types/text/csv");
        assertThat(csv.getPropertyResourceValue(DCTerms.format).getURI())
                .isEqualTo("http://publications.europa.eu/resource/authority/file-type/CSV");
        assertThat(csv.getPropertyResourceValue(DCTerms.license).getURI())
                .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        Resource statistics = catalogue.getResource(base + "api/v1/catalog#classification-statistics");
        assertThat(statistics.listProperties(DCAT.distribution).mapWith(s -> s.getResource()
                .getPropertyResourceValue(DCAT.downloadURL).getURI()).toList())
                .contains(base + "api/v1/stats/classifications", base + "api/v1/practices/statistics");

        Resource service = catalogue.getResource(base + "api/v1/catalog#api");
        assertThat(catalogue.contains(service, RDF.type, DCAT.DataService)).isTrue();
        assertThat(service.getPropertyResourceValue(DCAT.endpointDescription).getURI()).isEqualTo(base + "openapi");
        assertThat(catalogue.contains(service, DCAT.servesDataset, practices)).isTrue();
    }

    @Test
    void theVocabularyIsPublishedAsSkosConceptSchemes() {
        Model catalogue = read("text/turtle", Lang.TURTLE);
        String base = baseUrl();
        Resource catalog = catalogue.getResource(base + "api/v1/catalog");
        assertThat(catalog.listProperties(DCAT.themeTaxonomy).mapWith(s -> s.getObject().toString()).toList())
                .contains(base + "api/v1/taxonomy/principles", base + "api/v1/taxonomy/lessons",
                        base + "api/v1/taxonomy/criteria-sets/mapeo-2022/versions/1", base + "api/v1/taxonomy/sdg/goals");
        Resource transparency = catalogue.getResource(base + "api/v1/taxonomy/principles/TRANSPARENCY");
        assertThat(catalogue.contains(transparency, RDF.type, SKOS.Concept)).isTrue();
        assertThat(labels(transparency)).contains("Transparencia@es", "Transparency@en");
        assertThat(labels(catalogue.getResource(base + "api/v1/taxonomy/sdg/goals/16")))
                .contains("Paz, justicia e instituciones fuertes@es", "Peace, justice and strong institutions@en");
        Resource innovation = catalogue.getResource(base + "api/v1/taxonomy/criteria-sets/mapeo-2022/versions/1#INNOVATION");
        assertThat(innovation.getPropertyResourceValue(SKOS.inScheme).getURI())
                .isEqualTo(base + "api/v1/taxonomy/criteria-sets/mapeo-2022/versions/1");
        assertThat(catalogue.getResource(base + "api/v1/catalog#practices").listProperties(DCAT.theme)
                .mapWith(s -> s.getObject().toString()).toList())
                .contains(base + "api/v1/taxonomy/principles/TRANSPARENCY", base + "api/v1/taxonomy/lessons/COCREATION",
                        base + "api/v1/taxonomy/sdg/goals/16");
    }

    @Test
    void otherFormatsAreRefusedAndUnchangedCataloguesAreNotSentAgain() {
        given().accept("text/html").get(CATALOG).then().statusCode(406).contentType("application/problem+json");
        Response first = given().accept("application/rdf+xml").get(CATALOG);
        first.then().statusCode(200).contentType("application/rdf+xml").header("Vary", "Accept");
        given().accept("application/rdf+xml").header("If-None-Match", first.header("ETag")).get(CATALOG)
                .then().statusCode(304);
        assertThat(given().accept("text/turtle").get(CATALOG).header("ETag")).isNotEqualTo(first.header("ETag"));
        given().accept("*/*").get(CATALOG).then().statusCode(200).contentType("text/turtle");
    }

    private static Model read(String mediaType, Lang syntax) {
        String body = given().accept(mediaType).get(CATALOG).then().statusCode(200).contentType(mediaType)
                .extract().asString();
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(body)).lang(syntax).parse(model);
        return model;
    }

    private static Graph shapesGraph() {
        Model shapes = ModelFactory.createDefaultModel();
        for (String file : List.of("dcat-ap-SHACL.ttl", "ranges.ttl", "shapes_recommended.ttl", "deprecateduris.ttl")) {
            RDFDataMgr.read(shapes, CatalogTest.class.getResourceAsStream("/dcat-ap/" + file), Lang.TURTLE);
        }
        // ranges.ttl lists a few property shapes that none of the release's files defines; Jena refuses
        // a shapes graph with such references, so they are left out (every defined shape stays).
        Property property = shapes.createProperty(SHACL + "property");
        List<Statement> undefined = shapes.listStatements(null, property, (RDFNode) null)
                .filterKeep(statement -> !statement.getResource().listProperties().hasNext()).toList();
        assertThat(undefined.size()).as("undefined property shapes").isLessThan(10);
        shapes.remove(undefined);
        return shapes.getGraph();
    }

    private static Literal literal(Resource subject, Property property) {
        return subject.getProperty(property).getLiteral();
    }

    private static List<String> labels(Resource concept) {
        return concept.listProperties(SKOS.prefLabel).mapWith(s -> {
            RDFNode label = s.getObject();
            return label.asLiteral().getString() + "@" + label.asLiteral().getLanguage();
        }).toList();
    }

    private static String baseUrl() {
        return "http://localhost:" + io.restassured.RestAssured.port + "/";
    }
}
