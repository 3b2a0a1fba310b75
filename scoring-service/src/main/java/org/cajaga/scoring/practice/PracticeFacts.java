package org.cajaga.scoring.practice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/** What scoring needs of a practice record served by practices-service. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PracticeFacts(UUID id, String title, String status, CoCreation coCreation, Location location,
                            List<String> principles, List<Integer> sdgGoals, String createdBy) {

    public boolean cocreated() {
        return coCreation != null && Boolean.TRUE.equals(coCreation.cocreated());
    }

    /** Evaluations are made of records that reached review: SUBMITTED or PUBLISHED. */
    public boolean open() {
        return "SUBMITTED".equals(status) || "PUBLISHED".equals(status);
    }

    public boolean published() {
        return "PUBLISHED".equals(status);
    }

    public String stateCode() {
        return location == null ? null : location.stateCode();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CoCreation(Boolean cocreated) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Location(String stateCode) {
    }
}
