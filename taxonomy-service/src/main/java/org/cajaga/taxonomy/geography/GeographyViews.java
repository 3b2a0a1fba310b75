package org.cajaga.taxonomy.geography;

import java.time.Instant;
import java.util.List;
import org.cajaga.support.geography.SizeClass;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Representations of Mexican states, municipalities and catalogue changes. */
public final class GeographyViews {

    private GeographyViews() {
    }

    @Schema(name = "MxState", description = "A Mexican state (entidad federativa) with its INEGI code")
    public record State(
            @Schema(description = "INEGI CVE_ENT", example = "08") String code,
            @Schema(description = "Official INEGI name", example = "Chihuahua") String name,
            @Schema(description = "Municipalities in the catalogue", example = "67") long municipalityCount) {
    }

    @Schema(name = "MxMunicipality", description = "A Mexican municipality (or CDMX alcaldía) with its INEGI code")
    public record Municipality(
            @Schema(description = "INEGI CVEGEO: state code + municipality code", example = "08037") String cvegeo,
            @Schema(example = "08") String stateCode,
            @Schema(example = "Chihuahua") String stateName,
            @Schema(description = "INEGI CVE_MUN, unique within its state", example = "037") String municipalityCode,
            @Schema(description = "Official INEGI name", example = "Juárez") String name,
            @Schema(description = "Population counted by INEGI's Censo de Población y Vivienda 2020; absent for "
                    + "municipalities created since", example = "1512450", nullable = true) Integer population,
            @Schema(description = "Size class by the 2020 population (bands chosen by the project): RURAL < 15,000; "
                    + "SEMI_URBAN 15,000–99,999; URBAN 100,000–999,999; METROPOLITAN ≥ 1,000,000; absent without a "
                    + "population", example = "METROPOLITAN", nullable = true) SizeClass sizeClass,
            @Schema(description = "Version for optimistic locking; also in the ETag", example = "1") long version,
            @Schema(example = "2026-01-15T10:00:00Z") Instant updatedAt) {

        static Municipality of(MxMunicipality municipality) {
            return new Municipality(municipality.cvegeo, municipality.state.code, municipality.state.name,
                    municipality.municipalityCode, municipality.name, municipality.population,
                    SizeClass.of(municipality.population == null ? null : municipality.population.longValue()).orElse(null),
                    municipality.version, municipality.updatedAt);
        }
    }

    @Schema(name = "MunicipalityChange", description = "One curator change to the municipal catalogue")
    public record Change(
            @Schema(example = "RENAMED") MunicipalityChange.Kind change,
            @Schema(example = "Cintalapa") String oldName,
            @Schema(example = "Cintalapa de Figueroa") String newName,
            @Schema(description = "Why, with the source", example = "INEGI AGEEML, actualización 2024") String reason,
            @Schema(example = "curator@example.org") String changedBy,
            @Schema(example = "2026-01-15T10:00:00Z") Instant changedAt) {

        static Change of(MunicipalityChange change) {
            return new Change(change.change, change.oldName, change.newName, change.reason, change.changedBy,
                    change.changedAt);
        }
    }

    /** How pages of these representations are documented; the answers themselves are {@code Page<...>}. */
    @Schema(name = "MxStatePage", description = "One page of states by INEGI code")
    public record StatePage(
            @Schema(description = "Items of this page") List<State> items,
            @Schema(description = "Cursor for the next page; absent on the last page", example = "MDg") String next) {
    }

    @Schema(name = "MxMunicipalityPage", description = "One page of municipalities by CVEGEO")
    public record MunicipalityPage(
            @Schema(description = "Items of this page") List<Municipality> items,
            @Schema(description = "Cursor for the next page; absent on the last page", example = "MDgwMzc") String next) {
    }

    @Schema(name = "MunicipalityChangePage", description = "One page of catalogue changes, oldest first")
    public record ChangePage(
            @Schema(description = "Items of this page") List<Change> items,
            @Schema(description = "Cursor for the next page; absent on the last page", example = "NTA") String next) {
    }
}
