package org.cajaga.notifications.subscription;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client asks for when it creates or replaces a subscription. */
@Schema(name = "SubscriptionInput", description = "Where to send which events. Filters are optional; a filter that is "
        + "set must match (any of its values), and all set filters must match together.")
public record SubscriptionInput(
        @NotBlank @Size(max = 2000)
        @Schema(description = "HTTPS address that receives the events (plain HTTP only for hosts the operator allows). "
                + "It must not point at loopback, private, link-local or metadata addresses; this is checked again on "
                + "every delivery, on the address the name resolves to then.",
                example = "https://portal.example.org/hooks/cajaga", maxLength = 2000) String url,
        @Size(max = 500) @Schema(description = "Your own note", example = "Portal de Chihuahua", maxLength = 500)
        String description,
        @NotEmpty @Size(max = 6)
        @Schema(description = "The events wanted", example = "[\"practice.published\", \"practice.withdrawn\"]", maxItems = 6)
        List<@NotNull @Size(max = 40) @Pattern(regexp = EVENT_TYPES) String> eventTypes,
        @Valid @Schema(description = "Only events about practices that match") Filters filters,
        @Schema(description = "False disables the subscription; true enables it again (also one disabled after failures "
                + "or a 410), default true", example = "true") Boolean enabled) {

    static final String EVENT_TYPES = "^(practice\\.published|practice\\.updated|practice\\.classified|practice\\.withdrawn"
            + "|practice\\.archived|reflection\\.published)$";

    @Schema(name = "SubscriptionFilters", description = "Each list is optional; empty or absent means any")
    public record Filters(
            @Size(max = 100) @Schema(description = "INEGI state codes", example = "[\"08\"]", maxItems = 100)
            List<@NotNull @Size(max = 2) @Pattern(regexp = "^[0-9]{2}$") String> states,
            @Size(max = 100) @Schema(description = "INEGI CVEGEO municipality codes", example = "[\"08019\"]", maxItems = 100)
            List<@NotNull @Size(max = 5) @Pattern(regexp = "^[0-9]{5}$") String> municipalities,
            @Size(max = 100) @Schema(description = "Open-government principle codes", example = "[\"PARTICIPATION\"]",
                    maxItems = 100)
            List<@NotNull @Size(max = 40) @Pattern(regexp = "^[A-Z][A-Z0-9_]*$") String> principles,
            @Size(max = 4) @Schema(description = "Classifications", example = "[\"GOOD_PRACTICE\", \"EMBLEMATIC\"]", maxItems = 4)
            List<@NotNull @Size(max = 20) @Pattern(regexp = "^(EMBLEMATIC|GOOD_PRACTICE|NOT_CLASSIFIED|PENDING)$") String> classifications) {
    }
}
