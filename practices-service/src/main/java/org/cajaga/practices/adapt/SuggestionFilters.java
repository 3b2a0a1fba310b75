package org.cajaga.practices.adapt;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters of the suggestions for a municipality ({@code @BeanParam}). The constraints document the bounds;
 * {@link SuggestionResource} checks the values itself, so a wrong one is a 400 problem naming the parameter, as
 * the practice search's filters are.
 */
public class SuggestionFilters {

    static final String PRINCIPLE = "[A-Z0-9_]{1,40}";
    static final String GOAL = "[0-9]{1,2}";
    static final int MAX_VALUES = 20;
    static final int MAX_PROBLEM = 500;

    @QueryParam("principle")
    @Parameter(description = "Principle code (e.g. PARTICIPATION); repeat for any of several, at most 20")
    @Size(max = MAX_VALUES)
    public List<@Size(max = 40) @Pattern(regexp = "^" + PRINCIPLE + "$") String> principles;

    @QueryParam("sdgGoal")
    @Parameter(description = "SDG goal number (e.g. 16); repeat for any of several, at most 20")
    @Size(max = MAX_VALUES)
    public List<@Size(max = 2) @Pattern(regexp = "^" + GOAL + "$") String> goals;

    @QueryParam("problem")
    @Parameter(description = "Words of the problem the municipality wants to address, in Spanish as people type them "
            + "(web-search syntax, as `q` of the practice search)", example = "presupuesto participativo",
            schema = @Schema(type = SchemaType.STRING, maxLength = MAX_PROBLEM))
    public String problem;

    @QueryParam("limit")
    @Parameter(description = ResultLimit.DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER, format = "int32",
            minimum = "1", maximum = "50", defaultValue = "10"))
    public String limit;
}
