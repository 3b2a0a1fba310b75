package org.cajaga.taxonomy.vocabulary;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Names the operations of each vocabulary after its own noun ({@code listPrinciples}, {@code createLesson},
 * {@code replaceSector}, ...) and gives its {@code code} parameter an example from that vocabulary. The three
 * vocabularies share their resource methods in {@link VocabularyResource}, where one annotation would be
 * repeated on three paths.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class VocabularyOperationIds implements OASFilter {

    private record Vocabulary(String path, String singular, String plural, String exampleCode) {
    }

    private static final List<Vocabulary> VOCABULARIES = List.of(
            new Vocabulary(PrinciplesResource.PATH, "Principle", "Principles", "TRANSPARENCY"),
            new Vocabulary(LessonsResource.PATH, "Lesson", "Lessons", "COCREATION"),
            new Vocabulary(SectorsResource.PATH, "Sector", "Sectors", "CIVIL_SOCIETY"));

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
    }
}
