package org.cajaga.taxonomy.vocabulary;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/taxonomy/lessons")
@Tag(name = "Lessons learned", description = "The ten lessons learned of the Mapping; portals list practices per lesson.")
public class LessonsResource extends VocabularyResource {

    @Override
    protected VocabularyKind kind() {
        return VocabularyKind.LESSON;
    }
}
