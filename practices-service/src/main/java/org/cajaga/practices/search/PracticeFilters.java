package org.cajaga.practices.search;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.cajaga.practices.practice.Classification;
import org.cajaga.practices.practice.PracticeInput;
import org.cajaga.practices.practice.PracticeStatus;
import org.cajaga.support.geography.SizeClass;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters shared by search, facets, exports and statistics ({@code @BeanParam}). Repeating a
 * parameter means "any of" (e.g. {@code principle=TRANSPARENCY&principle=PARTICIPATION}). Values arrive
 * as text and {@link PracticeQuery} checks them against the bounds documented here, so a wrong value is
 * a 400 problem that names the parameter.
 */
public class PracticeFilters {

    /** How many values a repeated filter takes. */
    public static final int MAX_VALUES = 100;
    public static final int MAX_QUERY_LENGTH = 500;

    @QueryParam("q")
    @Parameter(description = "Spanish full-text search over every text of a practice and the names of its principles, "
            + "lessons, SDGs, state and municipalities; accents, singular and plural, masculine and feminine and word "
            + "families do not matter, and typos find near matches when nothing else does. Quotes, OR and -word work as "
            + "in web search. At most 500 characters.",
            schema = @Schema(type = SchemaType.STRING, maxLength = MAX_QUERY_LENGTH), example = "participacion ciudadana")
    public String q;

    @QueryParam("state")
    @Parameter(description = "INEGI state code (e.g. 08)")
    @Size(max = MAX_VALUES)
    public List<@Size(max = 2) @Pattern(regexp = "^[0-9]{2}$") String> states;

    @QueryParam("municipality")
    @Parameter(description = "INEGI CVEGEO (e.g. 08019)")
    @Size(max = MAX_VALUES)
    public List<@Size(max = 5) @Pattern(regexp = "^[0-9]{5}$") String> municipalities;

    @QueryParam("principle")
    @Parameter(description = "Principle code (e.g. TRANSPARENCY)")
    @Size(max = MAX_VALUES)
    public List<@Size(max = 40) @Pattern(regexp = "^[A-Z0-9_]{1,40}$") String> principles;

    @QueryParam("lesson")
    @Parameter(description = "Lesson code (e.g. COCREATION)")
    @Size(max = MAX_VALUES)
    public List<@Size(max = 40) @Pattern(regexp = "^[A-Z0-9_]{1,40}$") String> lessons;

    @QueryParam("sdgGoal")
    @Parameter(description = "SDG goal number (e.g. 16)")
    @Size(max = MAX_VALUES)
    public List<@Size(max = 2) @Pattern(regexp = "^[0-9]{1,2}$") String> sdgGoals;

    @QueryParam("sdgTarget")
    @Parameter(description = "SDG target code (e.g. 16.7)")
    @Size(max = MAX_VALUES)
    public List<@Size(max = 5) @Pattern(regexp = "^[0-9]{1,2}\\.[0-9a-z]{1,2}$") String> sdgTargets;

    @QueryParam("classification")
    @Parameter(description = "EMBLEMATIC, GOOD_PRACTICE, NOT_CLASSIFIED or PENDING",
            schema = @Schema(type = SchemaType.ARRAY, implementation = Classification.class, maxItems = MAX_VALUES))
    public List<String> classifications;

    @QueryParam("sizeClass")
    @Parameter(description = "Practices carried out in at least one municipality of this size class (by the 2020 census "
            + "population; bands chosen by the project: RURAL < 15,000, SEMI_URBAN 15,000–99,999, URBAN 100,000–999,999, "
            + "METROPOLITAN ≥ 1,000,000), as taxonomy-service assigns it",
            schema = @Schema(type = SchemaType.ARRAY, implementation = SizeClass.class, maxItems = MAX_VALUES))
    public List<String> sizeClasses;

    @QueryParam("sector")
    @Parameter(description = "Sector code of an actor (e.g. CIVIL_SOCIETY)")
    @Size(max = MAX_VALUES)
    public List<@Size(max = 40) @Pattern(regexp = "^[A-Z0-9_]{1,40}$") String> sectors;

    @QueryParam("cocreated")
    @Parameter(description = "Only co-created (true) or not co-created (false) practices",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String cocreated;

    @QueryParam("yearFrom")
    @Parameter(description = "Practices running in or after this year (" + PracticeInput.FIRST_YEAR + " to "
            + PracticeInput.LAST_YEAR + ")", example = "2020",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1900", maximum = "2100"))
    public String yearFrom;

    @QueryParam("yearTo")
    @Parameter(description = "Practices that started in or before this year (" + PracticeInput.FIRST_YEAR + " to "
            + PracticeInput.LAST_YEAR + ")", example = "2024",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1900", maximum = "2100"))
    public String yearTo;

    @QueryParam("status")
    @Parameter(description = "Staff only: DRAFT, SUBMITTED, PUBLISHED or ARCHIVED. Others always get PUBLISHED.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = PracticeStatus.class, maxItems = MAX_VALUES))
    public List<String> statuses;
}
