package org.cajaga.practices.linkeddata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Variant;
import java.time.LocalDate;
import java.util.List;
import org.cajaga.practices.practice.Classification;
import org.cajaga.practices.practice.PracticeView;
import org.cajaga.practices.rdf.ResourceIris;
import org.cajaga.practices.taxonomy.Vocabulary;
import org.cajaga.support.http.EntityTags;

/**
 * A practice as schema.org linked data: a {@code Project} with its name and summary in the record's
 * language, the municipalities it serves as {@code AdministrativeArea}s with their INEGI codes (inside
 * their state, inside Mexico), its period as founding and dissolution dates, its tags and its
 * principles, lessons, SDG targets and classification as {@code keywords} ({@code DefinedTerm}s named
 * by their API addresses), its contact, and {@code sameAs} its API address. The {@code @context} is
 * inline, so no JSON-LD processor fetches anything to read it.
 */
public final class PracticeDocument {

    public static final String MEDIA_TYPE = "application/ld+json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String XSD_DATE = "http://www.w3.org/2001/XMLSchema#date";
    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf(MEDIA_TYPE)).build();

    /** What {@link #of} writes for the OpenAPI example record (Chihuahua, state 08, municipality 08019). */
    public static final String EXAMPLE = """
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

    private PracticeDocument() {
    }

    /** Whether the request's {@code Accept} prefers this representation to plain JSON. */
    public static boolean wanted(Request request) {
        Variant chosen = request.selectVariant(VARIANTS);
        return chosen != null && chosen.getMediaType().isCompatible(MediaType.valueOf(MEDIA_TYPE))
                && !chosen.getMediaType().isWildcardType();
    }

    /** The ETag of this representation, distinct from the JSON one of the same version. */
    public static EntityTag tagOf(EntityTag jsonTag) {
        return EntityTags.of(jsonTag.getValue(), MEDIA_TYPE);
    }

    /** @param base the public base URL */
    public static String of(String base, PracticeView practice) {
        ResourceIris iris = new ResourceIris(base);
        ObjectNode document = JSON.createObjectNode();
        document.set("@context", context());
        document.put("@id", "urn:uuid:" + practice.id());
        document.put("@type", "Project");
        document.put("identifier", practice.id().toString());
        String language = practice.language() == null ? "es" : practice.language();
        text(document, "name", practice.title(), language);
        text(document, "description", practice.summary() != null ? practice.summary() : practice.description(), language);
        document.put("sameAs", iris.practice(practice.id()));
        areaServed(document.putArray("areaServed"), iris, practice);
        if (practice.period() != null) {
            date(document, "foundingDate", practice.period().start());
            date(document, "dissolutionDate", practice.period().end());
        }
        ArrayNode keywords = document.putArray("keywords");
        orEmpty(practice.tags()).forEach(keywords::add);
        orEmpty(practice.principles()).forEach(code -> term(keywords, iris.principle(code), code, iris.principles()));
        orEmpty(practice.lessons()).forEach(code -> term(keywords, iris.lesson(code), code, iris.lessons()));
        orEmpty(practice.sdgTargets()).forEach(code -> term(keywords, iris.sdgTarget(code), code, iris.sdgTargets()));
        if (practice.classification() != null && practice.classification().value() != null) {
            Classification value = practice.classification().value();
            ObjectNode classification = term(keywords, iris.classification(value.name()), value.name(), iris.classifications());
            Vocabulary.Label name = ClassificationTerms.nameOf(value);
            ArrayNode names = classification.putArray("name");
            names.addObject().put("@value", name.es()).put("@language", "es");
            names.addObject().put("@value", name.en()).put("@language", "en");
        }
        orEmpty(practice.responsibleOrganisations()).forEach(organisation -> document.withArray("parentOrganization")
                .addObject().put("@type", "Organization").put("name", organisation));
        if (practice.contact() != null) {
            ObjectNode contact = document.putObject("contactPoint").put("@type", "ContactPoint")
                    .put("name", practice.contact().organisation());
            if (practice.contact().email() != null) {
                contact.put("email", practice.contact().email());
            }
            if (practice.contact().url() != null) {
                contact.put("url", practice.contact().url());
            }
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static ObjectNode context() {
        ObjectNode context = JSON.createObjectNode().put("@vocab", "https://schema.org/");
        for (String reference : List.of("sameAs", "url", "inDefinedTermSet")) {
            context.putObject(reference).put("@type", "@id");
        }
        for (String date : List.of("foundingDate", "dissolutionDate")) {
            context.putObject(date).put("@type", XSD_DATE);
        }
        return context;
    }

    private static void areaServed(ArrayNode areas, ResourceIris iris, PracticeView practice) {
        if (practice.location() == null) {
            return;
        }
        String state = practice.location().stateCode();
        for (String municipality : orEmpty(practice.location().municipalities())) {
            ObjectNode area = areas.addObject().put("@id", iris.municipality(municipality)).put("@type", "AdministrativeArea");
            inegi(area, "CVEGEO", municipality);
            ObjectNode inState = area.putObject("containedInPlace").put("@id", iris.state(state))
                    .put("@type", "AdministrativeArea");
            inegi(inState, "CVE_ENT", state);
            inState.putObject("containedInPlace").put("@type", "Country").put("name", "México").put("identifier", "MX");
        }
    }

    private static void inegi(ObjectNode area, String code, String value) {
        area.putObject("identifier").put("@type", "PropertyValue").put("propertyID", "INEGI " + code).put("value", value);
    }

    private static ObjectNode term(ArrayNode keywords, String iri, String code, String set) {
        return keywords.addObject().put("@id", iri).put("@type", "DefinedTerm").put("termCode", code)
                .put("inDefinedTermSet", set);
    }

    private static void text(ObjectNode node, String name, String value, String language) {
        if (value != null) {
            node.putObject(name).put("@value", value).put("@language", language);
        }
    }

    private static void date(ObjectNode node, String name, LocalDate date) {
        if (date != null) {
            node.put(name, date.toString());
        }
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
