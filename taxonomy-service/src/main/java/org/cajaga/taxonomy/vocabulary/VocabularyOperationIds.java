package org.cajaga.taxonomy.vocabulary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Names the operations of each vocabulary after its own noun ({@code listPrinciples}, {@code createLesson},
 * {@code replaceSector}, ...) and gives its {@code code} parameter an example from that vocabulary. The three
 * vocabularies share their resource methods in {@link VocabularyResource}, where one annotation would be
 * repeated on three paths. A lesson's create and change bodies also get an example with {@code criteria}, which the
 * shared {@link NewTerm} and {@link TermChange} examples leave out (only lessons carry criteria).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class VocabularyOperationIds implements OASFilter {

    private record Vocabulary(String path, String singular, String plural, String exampleCode) {
    }

    private static final List<Vocabulary> VOCABULARIES = List.of(
            new Vocabulary(PrinciplesResource.PATH, "Principle", "Principles", "TRANSPARENCY"),
            new Vocabulary(LessonsResource.PATH, "Lesson", "Lessons", "COCREATION"),
            new Vocabulary(SectorsResource.PATH, "Sector", "Sectors", "CIVIL_SOCIETY"));

    /** A new lesson, with the criteria it helps meet. */
    static final String NEW_LESSON_EXAMPLE = "{\"code\": \"OPEN_DATA_FIRST\", "
            + "\"name\": {\"es\": \"Datos abiertos desde el inicio\", \"en\": \"Open data from the start\"}, "
            + "\"description\": {\"es\": \"Publicar los datos de la práctica desde su arranque facilita vigilarla.\", "
            + "\"en\": \"Publishing the practice's data from its start makes it easier to watch over.\"}, "
            + "\"position\": 11, \"criteria\": [\"TRANSPARENCY\", \"EVIDENCE\"]}";

    /** The seeded COCREATION lesson as it stands, with its criteria. */
    static final String LESSON_CHANGE_EXAMPLE = "{\"name\": {\"es\": \"La cocreación como base\", "
            + "\"en\": \"Co-creation as the basis\"}, "
            + "\"description\": {\"es\": \"Diseñar e implementar junto con la ciudadanía y otros sectores da legitimidad "
            + "y sostenibilidad.\", \"en\": \"Designing and implementing together with citizens and other sectors brings "
            + "legitimacy and sustainability.\"}, \"position\": 2, \"criteria\": [\"RECOGNITION\", \"PARTICIPATION\"]}";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        for (Vocabulary vocabulary : VOCABULARIES) {
            PathItem collection = openAPI.getPaths().getPathItem(vocabulary.path());
            collection.getGET().setOperationId("list" + vocabulary.plural());
            collection.getPOST().setOperationId("create" + vocabulary.singular());
            PathItem term = openAPI.getPaths().getPathItem(vocabulary.path() + "/{code}");
            term.getGET().setOperationId("get" + vocabulary.singular());
            term.getPUT().setOperationId("replace" + vocabulary.singular());
            Stream.of(term.getGET(), term.getPUT()).forEach(operation -> operation.getParameters().stream()
                    .filter(parameter -> parameter.getIn() == Parameter.In.PATH && "code".equals(parameter.getName()))
                    .forEach(parameter -> parameter.setExample(vocabulary.exampleCode())));
        }
        PathItem lessons = openAPI.getPaths().getPathItem(LessonsResource.PATH);
        addExample(lessons.getPOST(), "newLesson", "A lesson with the criteria it helps meet", NEW_LESSON_EXAMPLE);
        addExample(openAPI.getPaths().getPathItem(LessonsResource.PATH + "/{code}").getPUT(), "lessonWithCriteria",
                "COCREATION with the criteria it helps meet", LESSON_CHANGE_EXAMPLE);
    }

    private static void addExample(Operation operation, String name, String summary, String json) {
        operation.getRequestBody().getContent().getMediaType("application/json")
                .addExample(name, OASFactory.createExample().summary(summary).value(parse(json)));
    }

    private static Map<?, ?> parse(String json) {
        try {
            return new ObjectMapper().readValue(json, Map.class);
        } catch (JsonProcessingException wrong) {
            throw new IllegalStateException("invalid example " + json, wrong);
        }
    }
}
