package org.cajaga.taxonomy.vocabulary;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(PrinciplesResource.PATH)
@Tag(name = "Principles", description = "The four principles of open government: transparency, accountability, citizen participation, civic and technological innovation.")
public class PrinciplesResource extends VocabularyResource {

    static final String PATH = "/api/v1/taxonomy/principles";

    @Override
    protected VocabularyKind kind() {
        return VocabularyKind.PRINCIPLE;
    }
}
