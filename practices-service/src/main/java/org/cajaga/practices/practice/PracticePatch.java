package org.cajaga.practices.practice;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documents the body of a JSON Merge Patch (RFC 7396) on a practice: the members of
 * {@link PracticeInput}, each optional; {@code null} removes a member. Objects merge member by member;
 * arrays are replaced whole, so their items are complete. The service applies the patch to the stored
 * record and validates the result as a whole, with the limits of {@link PracticeInput}; the constraints
 * here only document the items of its lists.
 */
@Schema(name = "PracticePatch", description = "JSON Merge Patch of a practice: send only the members to change; "
        + "`null` removes a member (required members cannot be removed). Objects merge member by member, arrays "
        + "replace the stored array.",
        example = "{\"title\": \"Ejemplo: Presupuesto participativo en todas las colonias\", \"contact\": null, "
                + "\"tags\": [\"presupuesto\", \"colonias\"]}")
public record PracticePatch(
        @Schema(nullable = true, maxLength = 300, minLength = 1) String title,
        @Schema(nullable = true, maxLength = 4000, minLength = 1) String summary,
        @Schema(nullable = true, maxLength = 50000, minLength = 1) String description,
        @Schema(nullable = true, maxLength = 20000) String problem,
        @Schema(nullable = true, maxLength = 20000) String objectives,
        @Schema(nullable = true, maxLength = 5000) String targetPopulation,
        @Schema(nullable = true, enumeration = {"es", "en"}) String language,
        LocationPatch location,
        PeriodPatch period,
        @Schema(nullable = true, maxItems = 30) List<@Size(max = 300) String> responsibleOrganisations,
        @Schema(nullable = true, maxItems = 100) List<PracticeInput.Actor> actors,
        CoCreationPatch coCreation,
        @Schema(nullable = true, maxItems = 4) List<@Size(max = 40) String> principles,
        @Schema(nullable = true, maxItems = 10) List<@Size(max = 40) String> lessons,
        @Schema(nullable = true, maxItems = 169)
        List<@Size(max = 5) @Pattern(regexp = "^[0-9]{1,2}\\.[0-9a-z]{1,2}$") String> sdgTargets,
        @Schema(nullable = true, maxItems = 50) List<PracticeInput.OutcomeIndicator> results,
        @Schema(nullable = true, maxItems = 50) List<PracticeInput.Evidence> evidence,
        ContactPatch contact,
        @Schema(nullable = true, maxItems = 30) List<@Size(max = 60) String> tags) {

    @Schema(name = "PracticeLocationPatch", nullable = true, description = "Members of the location to change")
    public record LocationPatch(
            @Schema(nullable = true, enumeration = "MX") String country,
            @Schema(nullable = true, maxLength = 2, pattern = "^[0-9]{2}$", example = "08") String stateCode,
            @Schema(nullable = true, minItems = 1, maxItems = 100, example = "[\"08019\"]")
            List<@Size(max = 5) @Pattern(regexp = "^[0-9]{5}$") String> municipalities) {
    }

    @Schema(name = "PracticePeriodPatch", nullable = true,
            description = "Members of the period to change; `end: null` makes it ongoing")
    public record PeriodPatch(
            @Schema(nullable = true, example = "2021-03-01") LocalDate start,
            @Schema(nullable = true, example = "2023-12-31") LocalDate end) {
    }

    @Schema(name = "PracticeCoCreationPatch", nullable = true, description = "Members of the co-creation to change")
    public record CoCreationPatch(
            @Schema(nullable = true) Boolean cocreated,
            @Schema(nullable = true, maxLength = 5000) String how) {
    }

    @Schema(name = "PracticeContactPatch", nullable = true, description = "Members of the contact to change")
    public record ContactPatch(
            @Schema(nullable = true, maxLength = 300) String organisation,
            @Schema(nullable = true, maxLength = 200, format = "email") String email,
            @Schema(nullable = true, maxLength = 50) String phone,
            @Schema(nullable = true, maxLength = 2000, pattern = "^https?://\\S+$") String url) {
    }
}
