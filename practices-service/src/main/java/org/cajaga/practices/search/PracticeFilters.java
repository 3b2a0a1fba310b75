package org.cajaga.practices.search;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters shared by search, facets, exports and statistics ({@code @BeanParam}). Repeating a
 * parameter means "any of" (e.g. {@code principle=TRANSPARENCY&principle=PARTICIPATION}).
 */
public class PracticeFilters {

    @QueryParam("q")
    @Parameter(description = "Spanish full-text search over title, summary, description and results; accents and "
            + "word endings do not matter. Quotes, OR and -word work as in web search.", example = "participacion ciudadana")
    public String q;

    @QueryParam("state")
    @Parameter(description = "INEGI state code (e.g. 08)")
    public List<String> states;

    @QueryParam("municipality")
    @Parameter(description = "INEGI CVEGEO (e.g. 08037)")
    public List<String> municipalities;

    @QueryParam("principle")
    @Parameter(description = "Principle code (e.g. TRANSPARENCY)")
    public List<String> principles;

    @QueryParam("lesson")
    @Parameter(description = "Lesson code (e.g. COCREATION)")
    public List<String> lessons;

    @QueryParam("sdgGoal")
    @Parameter(description = "SDG goal number (e.g. 16)")
    public List<String> sdgGoals;

    @QueryParam("sdgTarget")
    @Parameter(description = "SDG target code (e.g. 16.7)")
    public List<String> sdgTargets;

    @QueryParam("classification")
    @Parameter(description = "EMBLEMATIC, GOOD_PRACTICE, NOT_CLASSIFIED or PENDING (e.g. GOOD_PRACTICE)")
    public List<String> classifications;

    @QueryParam("sector")
    @Parameter(description = "Sector code of an actor (e.g. CIVIL_SOCIETY)")
    public List<String> sectors;

    @QueryParam("cocreated")
    @Parameter(description = "Only co-created (true) or not co-created (false) practices")
    public String cocreated;

    @QueryParam("yearFrom")
    @Parameter(description = "Practices running in or after this year", example = "2020")
    public String yearFrom;

    @QueryParam("yearTo")
    @Parameter(description = "Practices that started in or before this year", example = "2024")
    public String yearTo;

    @QueryParam("status")
    @Parameter(description = "Staff only: DRAFT, SUBMITTED, PUBLISHED or ARCHIVED. Others always get PUBLISHED.")
    public List<String> statuses;
}
