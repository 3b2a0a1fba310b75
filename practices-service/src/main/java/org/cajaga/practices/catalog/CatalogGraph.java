package org.cajaga.practices.catalog;

import static org.cajaga.practices.rdf.RdfGraph.dateTime;
import static org.cajaga.practices.rdf.RdfGraph.iri;
import static org.cajaga.practices.rdf.RdfGraph.plain;
import static org.cajaga.practices.rdf.RdfGraph.text;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.cajaga.practices.catalog.CatalogFacts.Facts;
import org.cajaga.practices.config.PracticesConfig;
import org.cajaga.practices.linkeddata.ClassificationTerms;
import org.cajaga.practices.practice.Classification;
import org.cajaga.practices.rdf.Namespace;
import org.cajaga.practices.rdf.RdfGraph;
import org.cajaga.practices.rdf.ResourceIris;
import org.cajaga.practices.taxonomy.Vocabulary;

/**
 * The DCAT-AP 3 description of what the API publishes: a catalogue with a dataset of published
 * practices (the CSV and NDJSON exports) and one of classification statistics (the statistics
 * endpoints), the API as a data service, and the vocabulary as SKOS concept schemes used as themes.
 * Terms outside the API (languages, licence, file types, media types, Mexico) are typed with the
 * classes DCAT-AP expects of them, so the catalogue validates on its own.
 */
final class CatalogGraph {

    private static final String EU = "http://publications.europa.eu/resource/authority/";
    private static final String IANA = "https://www.iana.org/assignments/media-types/";
    private static final String MEXICO = EU + "country/MEX";
    private static final String GOVERNMENT_THEME = EU + "data-theme/GOVE";
    /** DCAT-AP's range shapes ask addresses for their class, which only RDFS inference would give. */
    private static final String RESOURCE = Namespace.RDFS.term("Resource");
    private static final List<String> LANGUAGES = List.of(EU + "language/SPA", EU + "language/ENG");

    private final RdfGraph graph = new RdfGraph();
    private final ResourceIris iris;
    private final PracticesConfig.Catalog settings;
    private final Vocabulary vocabulary;
    private final Facts facts;

    private CatalogGraph(ResourceIris iris, PracticesConfig.Catalog settings, Vocabulary vocabulary, Facts facts) {
        this.iris = iris;
        this.settings = settings;
        this.vocabulary = vocabulary;
        this.facts = facts;
    }

    static RdfGraph of(ResourceIris iris, PracticesConfig.Catalog settings, Vocabulary vocabulary, Facts facts) {
        return new CatalogGraph(iris, settings, vocabulary, facts).build();
    }

    private RdfGraph build() {
        String catalog = iris.catalog();
        String practices = iris.inCatalog("practices");
        String statistics = iris.inCatalog("classification-statistics");
        String service = iris.inCatalog("api");
        graph.type(catalog, dcat("Catalog"));
        titled(catalog, "Catálogo de buenas prácticas de gobierno abierto municipal",
                "Catalogue of good practices of municipal open government",
                "Prácticas municipales de gobierno abierto en México, su clasificación según los criterios del Mapeo "
                        + "y el vocabulario con que se describen.",
                "Municipal open-government practices in Mexico, their classification by the Mapeo's criteria and the "
                        + "vocabulary that describes them.");
        graph.add(catalog, dct("publisher"), iri(publisher()));
        graph.add(catalog, foaf("homepage"), iri(document(settings.homepage().toString())));
        graph.add(catalog, dct("license"), iri(license()));
        languages(catalog);
        graph.add(catalog, dct("spatial"), iri(location(MEXICO)));
        graph.addIfPresent(catalog, dct("modified"), latest(facts.practicesModified(), facts.classificationsModified()));
        graph.add(catalog, dcat("dataset"), iri(practices));
        graph.add(catalog, dcat("dataset"), iri(statistics));
        graph.add(catalog, dcat("service"), iri(service));
        Stream.of(principles(), lessons(), criteria(), sdgGoals(), classifications())
                .forEach(scheme -> graph.add(catalog, dcat("themeTaxonomy"), iri(scheme)));

        practicesDataset(practices, service);
        statisticsDataset(statistics, service);
        dataService(service, practices, statistics);
        return graph;
    }

    private void practicesDataset(String dataset, String service) {
        dataset(dataset, "practices", facts.practicesModified(),
                "Prácticas publicadas", "Published practices",
                "Cada práctica municipal de gobierno abierto publicada: qué es, dónde, cuándo, quiénes participaron, "
                        + "si fue cocreada, sus principios, lecciones y metas ODS, resultados, evidencia y clasificación.",
                "Every published municipal open-government practice: what it is, where, when, who took part, whether "
                        + "it was co-created, its principles, lessons and SDG targets, results, evidence and classification.");
        Stream.of(vocabulary.principles().stream().map(term -> iris.principle(term.code())),
                        vocabulary.lessons().stream().map(term -> iris.lesson(term.code())),
                        vocabulary.sdgGoals().stream().map(term -> iris.sdgGoal(term.code())))
                .flatMap(themes -> themes).forEach(theme -> graph.add(dataset, dcat("theme"), iri(theme)));
        keywords(dataset, List.of("gobierno abierto", "municipios", "buenas prácticas"),
                List.of("open government", "municipalities", "good practices"));
        distribution(dataset, service, "practices-csv", iris.practices() + ":export?format=csv", "text/csv", "CSV",
                facts.practicesModified(), "Prácticas publicadas en CSV", "Published practices as CSV",
                "Una fila por práctica, listas separadas por «;», UTF-8.",
                "One row per practice, lists joined with ';', UTF-8.");
        distribution(dataset, service, "practices-ndjson", iris.practices() + ":export?format=ndjson",
                "application/x-ndjson", "JSON", facts.practicesModified(),
                "Prácticas publicadas en NDJSON", "Published practices as NDJSON",
                "Una práctica por línea, como la sirve GET /api/v1/practices/{id}.",
                "One practice per line, as GET /api/v1/practices/{id} serves it.");
    }

    private void statisticsDataset(String dataset, String service) {
        dataset(dataset, "classification-statistics", facts.classificationsModified(),
                "Estadísticas de clasificación", "Classification statistics",
                "Cuántas prácticas publicadas son casos emblemáticos, buenas prácticas o no clasificadas, por estado, "
                        + "principio y objetivo ODS; con qué frecuencia se cumple cada criterio y cuánto coinciden los evaluadores.",
                "How many published practices are emblematic cases, good practices or not classified, per state, "
                        + "principle and SDG goal; how often each criterion is met and how far evaluators agree.");
        vocabulary.criteria().forEach(term -> graph.add(dataset, dcat("theme"), iri(criterion(term.code()))));
        for (Classification classification : Classification.values()) {
            graph.add(dataset, dcat("theme"), iri(iris.classification(classification.name())));
        }
        keywords(dataset, List.of("gobierno abierto", "clasificación", "estadísticas"),
                List.of("open government", "classification", "statistics"));
        distribution(dataset, service, "practice-statistics", iris.practices() + "/statistics", "application/json", "JSON",
                facts.practicesModified(), "Prácticas publicadas por estado, municipio, principio, ODS y clasificación",
                "Published practices per state, municipality, principle, SDG goal and classification",
                "Conteos de prácticas publicadas.", "Counts of published practices.");
        String stats = iris.api() + "/stats/";
        statistic(dataset, service, "classifications", stats, "Prácticas por clasificación", "Practices per classification");
        statistic(dataset, service, "by-state", stats, "Clasificaciones por estado", "Classifications per state");
        statistic(dataset, service, "by-sdg-goal", stats, "Clasificaciones por objetivo ODS", "Classifications per SDG goal");
        statistic(dataset, service, "by-principle", stats, "Clasificaciones por principio", "Classifications per principle");
        statistic(dataset, service, "criteria", stats, "Frecuencia con que se cumple cada criterio",
                "How often each criterion is met");
        statistic(dataset, service, "agreement", stats, "Acuerdo entre evaluadores", "Agreement between evaluators");
    }

    private void dataService(String service, String practices, String statistics) {
        graph.type(service, dcat("DataService"));
        titled(service, "API de cajaga", "cajaga API",
                "Taxonomía, prácticas, evaluaciones y estadísticas detrás de una puerta de enlace; errores como problemas RFC 9457.",
                "Taxonomy, practices, evaluations and statistics behind one gateway; errors as RFC 9457 problems.");
        graph.add(service, dcat("endpointURL"), iri(typed(iris.api(), RESOURCE)));
        graph.add(service, dcat("endpointDescription"), iri(typed(iris.openApi(), RESOURCE)));
        graph.add(service, dcat("servesDataset"), iri(practices));
        graph.add(service, dcat("servesDataset"), iri(statistics));
        graph.add(service, dct("publisher"), iri(publisher()));
        graph.add(service, dct("license"), iri(license()));
    }

    private void dataset(String dataset, String identifier, Instant modified, String titleEs, String titleEn,
                         String descriptionEs, String descriptionEn) {
        graph.type(dataset, dcat("Dataset"));
        titled(dataset, titleEs, titleEn, descriptionEs, descriptionEn);
        graph.add(dataset, dct("identifier"), plain(identifier));
        graph.add(dataset, dct("publisher"), iri(publisher()));
        graph.add(dataset, dcat("contactPoint"), iri(contact()));
        graph.add(dataset, dcat("theme"), iri(governmentTheme()));
        languages(dataset);
        graph.add(dataset, dct("spatial"), iri(location(MEXICO)));
        facts.states().forEach(state -> graph.add(dataset, dct("spatial"), iri(state(state))));
        graph.addIfPresent(dataset, dct("modified"), modified == null ? null : dateTime(modified));
    }

    private void statistic(String dataset, String service, String path, String stats, String titleEs, String titleEn) {
        distribution(dataset, service, "stats-" + path, stats + path, "application/json", "JSON",
                facts.classificationsModified(), titleEs, titleEn,
                "Sobre las prácticas publicadas; anónimo, en caché.", "Over published practices; anonymous, cacheable.");
    }

    private void distribution(String dataset, String service, String name, String url, String mediaType, String format,
                              Instant modified, String titleEs, String titleEn, String descriptionEs,
                              String descriptionEn) {
        String distribution = iris.inCatalog(name);
        graph.add(dataset, dcat("distribution"), iri(distribution));
        graph.type(distribution, dcat("Distribution"));
        titled(distribution, titleEs, titleEn, descriptionEs, descriptionEn);
        graph.add(distribution, dcat("accessURL"), iri(url));
        graph.add(distribution, dcat("downloadURL"), iri(url));
        graph.add(distribution, dcat("accessService"), iri(service));
        graph.add(distribution, dcat("mediaType"), iri(typed(IANA + mediaType, dct("MediaType"))));
        graph.add(distribution, dct("format"), iri(typed(EU + "file-type/" + format, dct("MediaTypeOrExtent"))));
        graph.add(distribution, dct("license"), iri(license()));
        graph.addIfPresent(distribution, dct("modified"), modified == null ? null : dateTime(modified));
    }

    private String principles() {
        return scheme(iris.principles(), "Principios de gobierno abierto", "Open-government principles",
                vocabulary.principles().stream().map(term -> new Concept(iris.principle(term.code()), term)).toList());
    }

    private String lessons() {
        return scheme(iris.lessons(), "Lecciones aprendidas", "Lessons learned",
                vocabulary.lessons().stream().map(term -> new Concept(iris.lesson(term.code()), term)).toList());
    }

    private String criteria() {
        return scheme(iris.criteriaSetVersion(vocabulary.criteriaSet(), vocabulary.criteriaSetVersion()),
                "Criterios " + vocabulary.criteriaSet() + ", versión " + vocabulary.criteriaSetVersion(),
                "Criteria " + vocabulary.criteriaSet() + ", version " + vocabulary.criteriaSetVersion(),
                vocabulary.criteria().stream().map(term -> new Concept(criterion(term.code()), term)).toList());
    }

    private String sdgGoals() {
        return scheme(iris.sdgGoals(), "Objetivos de Desarrollo Sostenible", "Sustainable Development Goals",
                vocabulary.sdgGoals().stream().map(term -> new Concept(iris.sdgGoal(term.code()), term)).toList());
    }

    private String classifications() {
        return scheme(iris.classifications(), "Clasificaciones de prácticas", "Practice classifications",
                Stream.of(Classification.values()).map(value -> new Concept(iris.classification(value.name()),
                        new Vocabulary.Term(value.name(), ClassificationTerms.nameOf(value), null))).toList());
    }

    private record Concept(String iri, Vocabulary.Term term) {
    }

    private String scheme(String scheme, String titleEs, String titleEn, List<Concept> concepts) {
        graph.type(scheme, skos("ConceptScheme"));
        graph.add(scheme, dct("title"), text(titleEs, "es"));
        graph.add(scheme, dct("title"), text(titleEn, "en"));
        graph.add(scheme, skos("prefLabel"), text(titleEs, "es"));
        graph.add(scheme, skos("prefLabel"), text(titleEn, "en"));
        for (Concept concept : concepts) {
            graph.type(concept.iri(), skos("Concept"));
            labels(concept.iri(), skos("prefLabel"), concept.term().name());
            labels(concept.iri(), skos("definition"), concept.term().description());
            graph.add(concept.iri(), skos("notation"), plain(concept.term().code()));
            graph.add(concept.iri(), skos("inScheme"), iri(scheme));
            graph.add(concept.iri(), skos("topConceptOf"), iri(scheme));
            graph.add(scheme, skos("hasTopConcept"), iri(concept.iri()));
        }
        return scheme;
    }

    private String criterion(String code) {
        return iris.criterion(vocabulary.criteriaSet(), vocabulary.criteriaSetVersion(), code);
    }

    private String state(String code) {
        String state = location(iris.state(code));
        vocabulary.states().stream().filter(term -> term.code().equals(code)).findFirst()
                .ifPresent(term -> labels(state, skos("prefLabel"), term.name()));
        graph.add(state, dct("identifier"), plain(code));
        return state;
    }

    private String publisher() {
        String publisher = typed(iris.inCatalog("publisher"), foaf("Agent"));
        graph.add(publisher, foaf("name"), plain(settings.publisher()));
        graph.add(publisher, foaf("homepage"), iri(document(settings.homepage().toString())));
        return publisher;
    }

    private String contact() {
        String contact = typed(iris.inCatalog("contact"), vcard("Organization"));
        graph.type(contact, vcard("Kind"));
        graph.add(contact, vcard("fn"), plain(settings.publisher()));
        graph.add(contact, vcard("hasURL"), iri(settings.homepage().toString()));
        return contact;
    }

    private String license() {
        return typed(settings.license().toString(), dct("LicenseDocument"));
    }

    private void languages(String subject) {
        LANGUAGES.forEach(language -> graph.add(subject, dct("language"), iri(typed(language, dct("LinguisticSystem")))));
    }

    private String location(String iri) {
        return typed(iri, dct("Location"));
    }

    /** The EU data theme "Government and public sector", with its labels as DCAT-AP asks of a concept. */
    private String governmentTheme() {
        String theme = typed(GOVERNMENT_THEME, skos("Concept"));
        labels(theme, skos("prefLabel"), new Vocabulary.Label("Gobierno y sector público", "Government and public sector"));
        return theme;
    }

    private String document(String iri) {
        return typed(iri, foaf("Document"));
    }

    private String typed(String iri, String type) {
        graph.type(iri, type);
        return iri;
    }

    private void titled(String subject, String titleEs, String titleEn, String descriptionEs, String descriptionEn) {
        graph.add(subject, dct("title"), text(titleEs, "es"));
        graph.add(subject, dct("title"), text(titleEn, "en"));
        graph.add(subject, dct("description"), text(descriptionEs, "es"));
        graph.add(subject, dct("description"), text(descriptionEn, "en"));
    }

    private void keywords(String subject, List<String> spanish, List<String> english) {
        spanish.forEach(keyword -> graph.add(subject, dcat("keyword"), text(keyword, "es")));
        english.forEach(keyword -> graph.add(subject, dcat("keyword"), text(keyword, "en")));
    }

    private void labels(String subject, String predicate, Vocabulary.Label label) {
        if (label == null) {
            return;
        }
        if (label.es() != null) {
            graph.add(subject, predicate, text(label.es(), "es"));
        }
        if (label.en() != null) {
            graph.add(subject, predicate, text(label.en(), "en"));
        }
    }

    private static RdfGraph.Literal latest(Instant... instants) {
        return Stream.of(instants).filter(Objects::nonNull).max(Instant::compareTo).map(RdfGraph::dateTime).orElse(null);
    }

    private static String dcat(String name) {
        return Namespace.DCAT.term(name);
    }

    private static String dct(String name) {
        return Namespace.DCT.term(name);
    }

    private static String foaf(String name) {
        return Namespace.FOAF.term(name);
    }

    private static String skos(String name) {
        return Namespace.SKOS.term(name);
    }

    private static String vcard(String name) {
        return Namespace.VCARD.term(name);
    }
}
