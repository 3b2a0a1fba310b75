package org.cajaga.practices.practice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
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
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything a client writes about a practice (POST, PUT, PATCH, government push). Status,
 * classification, source, owner and audit fields are the service's and never come from here.
 */
@Schema(name = "PracticeInput", description = "A practice record as written by editors and government systems",
        example = PracticeInput.EXAMPLE)
public record PracticeInput(
        @NotBlank @Size(max = 300) @Schema(example = "Ejemplo: Presupuesto participativo en colonias") String title,
        @NotBlank @Size(max = 4000) @Schema(example = "Las vecinas y vecinos deciden en asamblea cómo usar parte del presupuesto.")
        String summary,
        @NotBlank @Size(max = 50000) String description,
        @Size(max = 20000) @Schema(description = "Problem the practice addresses") String problem,
        @Size(max = 20000) String objectives,
        @Size(max = 5000) String targetPopulation,
        @Pattern(regexp = "^(es|en)$") @Size(max = 2)
        @Schema(description = "Language of the texts", enumeration = {"es", "en"}, example = "es", defaultValue = "es")
        String language,
        @NotNull @Valid Location location,
        @Valid Period period,
        @Size(max = 30) List<@NotBlank @Size(max = 300) String> responsibleOrganisations,
        @Size(max = 100) List<@NotNull @Valid Actor> actors,
        @NotNull @Valid CoCreation coCreation,
        @Size(max = 4) List<@NotBlank @Size(max = 40) String> principles,
        @Size(max = 10) List<@NotBlank @Size(max = 40) String> lessons,
        @Size(max = 169) List<@NotBlank @Size(max = 5) @Pattern(regexp = "^[0-9]{1,2}\\.[0-9a-z]{1,2}$") String> sdgTargets,
        @Size(max = 50) List<@NotNull @Valid OutcomeIndicator> results,
        @Size(max = 50) List<@NotNull @Valid Evidence> evidence,
        @Valid Contact contact,
        @Size(max = 30) List<@NotBlank @Size(max = 60) String> tags) {

    /** The years a practice's period may cover; the same bounds as the {@code yearFrom}/{@code yearTo} filters. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    static final String MIN_AMOUNT = "-1000000000000";
    static final String MAX_AMOUNT = "1000000000000";

    /** A complete record, as documented in the OpenAPI document and sent by the tests. */
    public static final String EXAMPLE = """
            {"title": "Ejemplo: Presupuesto participativo en colonias",
             "summary": "Las vecinas y vecinos deciden en asamblea cómo usar parte del presupuesto.",
             "description": "Cada colonia propone y vota proyectos; el ayuntamiento ejecuta los más votados.",
             "language": "es",
             "location": {"country": "MX", "stateCode": "08", "municipalities": ["08019"]},
             "period": {"start": "2021-03-01", "end": "2023-12-31"},
             "responsibleOrganisations": ["Dirección de Participación Ciudadana"],
             "actors": [{"name": "Colectivo Vecinal Ejemplo", "sector": "CIVIL_SOCIETY", "role": "Convoca las asambleas"}],
             "coCreation": {"cocreated": true, "how": "Diseñada en mesas con organizaciones vecinales."},
             "principles": ["PARTICIPATION", "TRANSPARENCY"],
             "lessons": ["COCREATION"],
             "sdgTargets": ["16.7", "11.3"],
             "results": [{"name": "Colonias con proyecto ejecutado", "unit": "colonias", "baseline": 0, "value": 42,
                          "date": "2023-12-31", "source": "Informe anual municipal"}],
             "evidence": [{"url": "https://example.org/informe-2023.pdf", "kind": "REPORT",
                           "publisher": "Observatorio Ciudadano Ejemplo", "publishedOn": "2024-02-15",
                           "endorsedByCivilSociety": true}],
             "contact": {"organisation": "Dirección de Participación Ciudadana", "email": "participacion@municipio.example"},
             "tags": ["presupuesto"]}""";

    @Schema(description = "Where the practice happens: one state and one or more of its municipalities")
    public record Location(
            @Pattern(regexp = "^MX$") @Size(max = 2) @Schema(enumeration = "MX", example = "MX", defaultValue = "MX") String country,
            @NotNull @Pattern(regexp = "^[0-9]{2}$") @Size(max = 2) @Schema(description = "INEGI state code", example = "08")
            String stateCode,
            @NotEmpty @Size(max = 100)
            @Schema(description = "INEGI CVEGEO codes; each starts with the state code", example = "[\"08019\", \"08037\"]")
            List<@NotNull @Size(max = 5) @Pattern(regexp = "^[0-9]{5}$") String> municipalities) {

        @JsonIgnore
        @AssertTrue(message = "{cajaga.location.municipalitiesInState}")
        public boolean isMunicipalitiesInState() {
            return stateCode == null || municipalities == null
                    || municipalities.stream().allMatch(m -> m == null || m.startsWith(stateCode));
        }
    }

    @Schema(description = "When it ran (years " + FIRST_YEAR + " to " + LAST_YEAR + "); no end means ongoing")
    public record Period(
            @NotNull @Schema(example = "2021-03-01") LocalDate start,
            @Schema(example = "2023-12-31") LocalDate end) {

        @JsonIgnore
        @AssertTrue(message = "{cajaga.period.years}")
        public boolean isWithinYears() {
            return Stream.of(start, end).allMatch(date -> date == null
                    || date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR);
        }

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
            @DecimalMin(MIN_AMOUNT) @DecimalMax(MAX_AMOUNT) @Schema(example = "0") BigDecimal baseline,
            @DecimalMin(MIN_AMOUNT) @DecimalMax(MAX_AMOUNT) @Schema(example = "42") BigDecimal value,
            @Schema(example = "2023-12-31") LocalDate date,
            @Size(max = 500) @Schema(example = "Informe anual municipal") String source) {
    }

    @Schema(description = "Public evidence about the practice")
    public record Evidence(
            @NotBlank @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "{cajaga.url}")
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
            @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "{cajaga.url}") String url) {
    }
}
