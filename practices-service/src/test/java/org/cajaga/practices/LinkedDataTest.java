package org.cajaga.practices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cajaga.practices.SampleRecords.practice;
import static org.cajaga.practices.SampleRecords.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** Practices as schema.org JSON-LD, read back with Apache Jena's JSON-LD reader. */
@QuarkusTest
class LinkedDataTest {

    private static final String JSON_LD = "application/ld+json";
    private static final String SCHEMA = "https://schema.org/";
    private static final String SOMBRERETE = "32042";

    @Test
    void aPublishedPracticeIsASchemaOrgProject() {
        String id = Api.published(with(with(practice("Ejemplo: Datos enlazados", SOMBRERETE),
                "period", Map.of("start", "2021-03-01", "end", "2023-12-31")),
                "responsibleOrganisations", List.of("Municipio de Sombrerete (ficticio)")));
        Model document = read(given().accept(JSON_LD).get(Api.PRACTICES + "/" + id));
        String base = "http://localhost:" + RestAssured.port + "/";
        Resource project = document.getResource("urn:uuid:" + id);

        assertThat(document.contains(project, RDF.type, schema("Project"))).isTrue();
        assertThat(literal(project, "name").getString()).isEqualTo("Ejemplo: Datos enlazados");
        assertThat(literal(project, "name").getLanguage()).isEqualTo("es");
        assertThat(project.getPropertyResourceValue(schema("sameAs")).getURI()).isEqualTo(base + "api/v1/practices/" + id);
        assertThat(literal(project, "foundingDate").getDatatype()).isEqualTo(XSDDatatype.XSDdate);
        assertThat(literal(project, "foundingDate").getLexicalForm()).isEqualTo("2021-03-01");
        assertThat(literal(project, "dissolutionDate").getLexicalForm()).isEqualTo("2023-12-31");

        Resource area = project.getPropertyResourceValue(schema("areaServed"));
        assertThat(area.getURI()).isEqualTo(base + "api/v1/taxonomy/municipalities/" + SOMBRERETE);
        assertThat(document.contains(area, RDF.type, schema("AdministrativeArea"))).isTrue();
        Resource inegi = area.getPropertyResourceValue(schema("identifier"));
        assertThat(literal(inegi, "propertyID").getString()).isEqualTo("INEGI CVEGEO");
        assertThat(literal(inegi, "value").getString()).isEqualTo(SOMBRERETE);
        assertThat(area.getPropertyResourceValue(schema("containedInPlace")).getURI())
                .isEqualTo(base + "api/v1/taxonomy/states/32");

        List<String> keywords = project.listProperties(schema("keywords")).mapWith(s -> s.getObject().isLiteral()
                ? s.getString() : s.getResource().getURI()).toList();
        assertThat(keywords).contains("presupuesto", base + "api/v1/taxonomy/principles/TRANSPARENCY",
                base + "api/v1/taxonomy/lessons/COCREATION", base + "api/v1/taxonomy/sdg/targets/16.7",
                base + "api/v1/catalog#classification-PENDING");
        Resource principle = document.getResource(base + "api/v1/taxonomy/principles/TRANSPARENCY");
        assertThat(document.contains(principle, RDF.type, schema("DefinedTerm"))).isTrue();
        assertThat(literal(principle, "termCode").getString()).isEqualTo("TRANSPARENCY");
        assertThat(principle.getPropertyResourceValue(schema("inDefinedTermSet")).getURI())
                .isEqualTo(base + "api/v1/taxonomy/principles");
        assertThat(document.getResource(base + "api/v1/catalog#classification-PENDING")
                .listProperties(schema("name")).mapWith(s -> s.getLiteral().getLexicalForm()).toList())
                .contains("Pendiente de evaluación", "Pending evaluation");
    }

    @Test
    void visibilityAndCachingAreThoseOfTheJsonRecord() {
        Response created = Api.create(SampleRecords.editor(), practice("Ejemplo: Borrador enlazado", SOMBRERETE));
        String id = created.path("id");
        given().accept(JSON_LD).get(Api.PRACTICES + "/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        Response asStaff = given().auth().oauth2(SampleRecords.editor()).accept(JSON_LD).get(Api.PRACTICES + "/" + id);
        asStaff.then().statusCode(200).contentType(JSON_LD);
        assertThat(asStaff.header("ETag")).isNotEqualTo(created.header("ETag"));
        given().auth().oauth2(SampleRecords.editor()).accept(JSON_LD).header("If-None-Match", asStaff.header("ETag"))
                .get(Api.PRACTICES + "/" + id).then().statusCode(304);
        given().auth().oauth2(SampleRecords.editor()).accept("application/json").get(Api.PRACTICES + "/" + id).then()
                .statusCode(200).contentType("application/json").header("ETag", created.header("ETag"));
        given().auth().oauth2(SampleRecords.editor()).get(Api.PRACTICES + "/" + id).then()
                .statusCode(200).contentType("application/json");
    }

    private static Model read(Response response) {
        String body = response.then().statusCode(200).contentType(JSON_LD).extract().asString();
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(body)).lang(Lang.JSONLD).parse(model);
        return model;
    }

    private static Property schema(String name) {
        return ModelFactory.createDefaultModel().createProperty(SCHEMA + name);
    }

    private static Literal literal(Resource subject, String property) {
        return subject.getProperty(schema(property)).getLiteral();
    }
}
