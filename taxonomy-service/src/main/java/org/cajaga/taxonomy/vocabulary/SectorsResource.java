package org.cajaga.taxonomy.vocabulary;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(SectorsResource.PATH)
@Tag(name = "Sectors", description = "Sectors of the actors in a practice (government, civil society, academia, ...); curators may add more.")
public class SectorsResource extends VocabularyResource {

    static final String PATH = "/api/v1/taxonomy/sectors";

    @Override
    protected VocabularyKind kind() {
        return VocabularyKind.SECTOR;
    }
}
