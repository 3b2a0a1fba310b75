package org.cajaga.scoring.evaluation;

import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;
import org.cajaga.scoring.criteria.CriteriaSetVersion;

/**
 * What is scored: one practice under one criteria-set version. Evaluations, deciding reviews and consolidations are
 * each about one subject, kept in the same three columns of their tables.
 */
@Embeddable
public record ScoreSubject(
        @Column(name = "practice_id") UUID practiceId,
        @Column(name = "criteria_set") String criteriaSet,
        @Column(name = "criteria_set_version") int criteriaSetVersion) {

    /** The condition "the entity's {@code subject} is this one" in a Panache query; {@link #parameters()} fills it. */
    public static final String MATCHES = "subject.practiceId = :practiceId and subject.criteriaSet = :criteriaSet "
            + "and subject.criteriaSetVersion = :criteriaSetVersion";

    public static ScoreSubject of(UUID practiceId, CriteriaSetVersion version) {
        return new ScoreSubject(practiceId, version.criteriaSet(), version.number());
    }

    /** The parameters of {@link #MATCHES}, to which a query adds its own. */
    public Parameters parameters() {
        return Parameters.with("practiceId", practiceId).and("criteriaSet", criteriaSet)
                .and("criteriaSetVersion", criteriaSetVersion);
    }
}
