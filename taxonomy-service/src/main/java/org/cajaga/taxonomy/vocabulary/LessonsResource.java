package org.cajaga.taxonomy.vocabulary;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(LessonsResource.PATH)
@Tag(name = "Lessons learned", description = "The ten lessons learned of the Mapping; portals list practices per lesson.")
public class LessonsResource extends VocabularyResource {

    static final String PATH = "/api/v1/taxonomy/lessons";

    @Override
    protected VocabularyKind kind() {
        return VocabularyKind.LESSON;
    }
}
