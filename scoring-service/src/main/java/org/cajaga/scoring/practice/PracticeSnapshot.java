package org.cajaga.scoring.practice;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The facts of a practice last read from practices-service: co-creation for the rule, the rest for statistics. */
@Entity
@Table(name = "practice_snapshot")
public class PracticeSnapshot extends PanacheEntityBase {

    @Id
    @Column(name = "practice_id")
    public UUID practiceId;

    public String status;

    public boolean cocreated;

    @Column(name = "state_code")
    public String stateCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> principles;

    @Column(name = "sdg_goals")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<Integer> sdgGoals;

    @Column(name = "seen_at")
    public Instant seenAt;

    /** Stores what was just read, replacing the previous snapshot. */
    public static PracticeSnapshot record(PracticeFacts facts) {
        PracticeSnapshot snapshot = PracticeSnapshot.<PracticeSnapshot>findByIdOptional(facts.id()).orElseGet(PracticeSnapshot::new);
        snapshot.practiceId = facts.id();
        snapshot.status = facts.status();
        snapshot.cocreated = facts.cocreated();
        snapshot.stateCode = facts.stateCode();
        snapshot.principles = facts.principles() == null ? List.of() : facts.principles();
        snapshot.sdgGoals = facts.sdgGoals() == null ? List.of() : facts.sdgGoals();
        snapshot.seenAt = Instant.now();
        snapshot.persist();
        return snapshot;
    }
}
