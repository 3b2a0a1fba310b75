package org.cajaga.scoring.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The facts of a practice last read from practices-service: co-creation for the rule, state, principles and SDG goals
 * for statistics, status and creator to evaluate it while practices-service cannot be asked ({@link PracticeLookup}),
 * its title to name it as an example in gap reports.
 */
@Entity
@Table(name = "practice_snapshot")
public class PracticeSnapshot {

    /** The status kept for a practice practices-service no longer has; practices-service itself has no such status. */
    public static final String DELETED = "DELETED";

    @Id
    @Column(name = "practice_id")
    public UUID practiceId;

    public String title;

    public String status;

    public boolean cocreated;

    @Column(name = "state_code")
    public String stateCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> principles;

    @Column(name = "sdg_goals")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<Integer> sdgGoals;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "seen_at")
    public Instant seenAt;

    /** The practice as it was last read. */
    public PracticeFacts facts() {
        return new PracticeFacts(practiceId, title, status, new PracticeFacts.CoCreation(cocreated),
                new PracticeFacts.Location(stateCode), principles, sdgGoals, createdBy);
    }
}
