package org.cajaga.taxonomy.vocabulary;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
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
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Lessons learned only (absent for principles and sectors): codes of the criteria the lesson "
                + "helps meet, in curator order", example = "[\"RECOGNITION\", \"PARTICIPATION\"]")
        List<String> criteria,
        @Schema(description = "Version for optimistic locking; also in the ETag", example = "0") long version,
        @Schema(description = "Last change (RFC 3339, UTC)", example = "2026-01-15T10:00:00Z") Instant updatedAt) {

    static TermView of(VocabularyTerm term, Language language) {
        return new TermView(term.code, term.text.name(language), term.text.description(language), term.position,
                term.kind == VocabularyKind.LESSON ? List.of(term.relatedCriteria) : null, term.version, term.updatedAt);
    }
}
