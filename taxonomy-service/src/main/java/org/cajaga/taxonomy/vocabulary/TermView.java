package org.cajaga.taxonomy.vocabulary;

import java.time.Instant;
import org.cajaga.core.i18n.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Term", description = "A principle, lesson learned or sector, in the request's language")
public record TermView(
        @Schema(description = "Stable code other services refer to", example = "TRANSPARENCY") String code,
        @Schema(description = "Name in the request's language", example = "Transparencia") String name,
        @Schema(description = "Description in the request's language",
                example = "El gobierno abre sus procesos y pone a disposición la información que genera y posee.")
        String description,
        @Schema(description = "Display order chosen by curators", example = "1") int position,
        @Schema(description = "Version for optimistic locking; also in the ETag", example = "0") long version,
        @Schema(description = "Last change (RFC 3339, UTC)", example = "2026-01-15T10:00:00Z") Instant updatedAt) {

    static TermView of(VocabularyTerm term, Language language) {
        return new TermView(term.code, term.text.name(language), term.text.description(language),
                term.position, term.version, term.updatedAt);
    }
}
