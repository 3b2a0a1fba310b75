package org.cajaga.practices.linkeddata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.cajaga.practices.practice.Classification;
import org.cajaga.practices.practice.PracticeView;
import org.cajaga.practices.rdf.ResourceIris;
import org.cajaga.practices.taxonomy.Vocabulary;

/**
 * A practice as schema.org linked data: a {@code Project} with its name and summary in the record's
 * language, the municipalities it serves as {@code AdministrativeArea}s with their INEGI codes (inside
 * their state, inside Mexico), its period as founding and dissolution dates, its tags and its
 * principles, lessons, SDG targets and classification as {@code keywords} ({@code DefinedTerm}s named
 * by their API addresses), its contact, and {@code sameAs} its API address. The {@code @context} is
 * inline, so no JSON-LD processor fetches anything to read it.
 */
final class PracticeDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String XSD_DATE = "http://www.w3.org/2001/XMLSchema#date";


    private PracticeDocument() {
    }

    /** @param base the public base URL */
    static String of(String base, PracticeView practice) {
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
