package org.cajaga.practices.practice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything a client writes about a practice (POST, PUT, PATCH, government push). Status,
 * classification, source, owner and audit fields are the service's and never come from here.
 */
@Schema(name = "PracticeInput", description = "A practice record as written by editors and government systems")
public record PracticeInput(
        @NotBlank @Size(max = 300) @Schema(example = "Ejemplo: Presupuesto participativo en colonias") String title,
        @NotBlank @Size(max = 4000) @Schema(example = "Las vecinas y vecinos deciden en asamblea cómo usar parte del presupuesto.")
        String summary,
        @NotBlank @Size(max = 50000) String description,
        @Size(max = 20000) @Schema(description = "Problem the practice addresses") String problem,
        @Size(max = 20000) String objectives,
        @Size(max = 5000) String targetPopulation,
        @Pattern(regexp = "es|en") @Schema(description = "Language of the texts", example = "es", defaultValue = "es")
        String language,
        @NotNull @Valid Location location,
        @Valid Period period,
        @Size(max = 30) List<@NotBlank @Size(max = 300) String> responsibleOrganisations,
        @Size(max = 100) List<@NotNull @Valid Actor> actors,
        @NotNull @Valid CoCreation coCreation,
        @Size(max = 4) List<@NotBlank @Size(max = 40) String> principles,
        @Size(max = 10) List<@NotBlank @Size(max = 40) String> lessons,
        @Size(max = 169) List<@NotBlank @Pattern(regexp = "[0-9]{1,2}\\.[0-9a-z]{1,2}") String> sdgTargets,
        @Size(max = 50) List<@NotNull @Valid OutcomeIndicator> results,
        @Size(max = 50) List<@NotNull @Valid Evidence> evidence,
        @Valid Contact contact,
        @Size(max = 30) List<@NotBlank @Size(max = 60) String> tags) {

    @Schema(description = "Where the practice happens: one state and one or more of its municipalities")
    public record Location(
            @Pattern(regexp = "MX") @Schema(example = "MX", defaultValue = "MX") String country,
            @NotNull @Pattern(regexp = "[0-9]{2}") @Schema(description = "INEGI state code", example = "08") String stateCode,
            @NotEmpty @Size(max = 100) List<@NotNull @Pattern(regexp = "[0-9]{5}") String> municipalities) {

        @JsonIgnore
        @AssertTrue(message = "{cajaga.location.municipalitiesInState}")
        public boolean isMunicipalitiesInState() {
            return stateCode == null || municipalities == null
                    || municipalities.stream().allMatch(m -> m == null || m.startsWith(stateCode));
        }
    }

    @Schema(description = "When it ran; no end means ongoing")
    public record Period(
            @NotNull @Schema(example = "2021-03-01") LocalDate start,
            @Schema(example = "2023-12-31") LocalDate end) {

        @JsonIgnore
        @AssertTrue(message = "{cajaga.period.order}")
        public boolean isOrdered() {
            return start == null || end == null || !end.isBefore(start);
        }
    }

    @Schema(description = "Someone who took part, with their sector (taxonomy code) and role")
    public record Actor(
            @NotBlank @Size(max = 300) @Schema(example = "Colectivo Vecinal Ejemplo") String name,
            @NotBlank @Size(max = 40) @Schema(example = "CIVIL_SOCIETY") String sector,
            @Size(max = 300) @Schema(example = "Convoca las asambleas") String role) {
    }

    @Schema(description = "Whether and how the practice was co-created with people outside government")
    public record CoCreation(
            @NotNull @Schema(example = "true") Boolean cocreated,
            @Size(max = 5000) @Schema(example = "Diseñada en mesas con organizaciones vecinales.") String how) {
    }

    @Schema(description = "An outcome indicator of the results")
    public record OutcomeIndicator(
            @NotBlank @Size(max = 300) @Schema(example = "Colonias con proyecto ejecutado") String name,
            @Size(max = 50) @Schema(example = "colonias") String unit,
            @Schema(example = "0") BigDecimal baseline,
            @Schema(example = "42") BigDecimal value,
            @Schema(example = "2023-12-31") LocalDate date,
            @Size(max = 500) @Schema(example = "Informe anual municipal") String source) {
    }

    @Schema(description = "Public evidence about the practice")
    public record Evidence(
            @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "{cajaga.url}")
            @Schema(example = "https://example.org/informe-2023.pdf") String url,
            @Size(max = 60) @Schema(example = "REPORT") String kind,
            @Size(max = 300) @Schema(example = "Observatorio Ciudadano Ejemplo") String publisher,
            @Schema(example = "2024-02-15") LocalDate publishedOn,
            @Schema(example = "true") Boolean endorsedByCivilSociety) {
    }

    @Schema(description = "An organisational public contact (never a private person's data)")
    public record Contact(
            @NotBlank @Size(max = 300) @Schema(example = "Dirección de Participación Ciudadana") String organisation,
            @Email @Size(max = 200) @Schema(example = "participacion@municipio.example") String email,
            @Size(max = 50) String phone,
            @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "{cajaga.url}") String url) {
    }
}
