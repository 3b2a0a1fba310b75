package org.cajaga.scoring.consolidation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cajaga.scoring.evaluation.ScoreSubject;

@ApplicationScoped
public class CriterionDecisionRepository implements PanacheRepositoryBase<CriterionDecision, UUID> {

    /** The deciding reviews given on the subject, one per criterion at most. */
    public List<CriterionDecision> listBySubject(ScoreSubject subject) {
        return list(ScoreSubject.MATCHES, subject.parameters());
    }

    public Optional<CriterionDecision> findBySubject(ScoreSubject subject, String criterion) {
        return find(ScoreSubject.MATCHES + " and criterion = :criterion", subject.parameters().and("criterion", criterion))
                .firstResultOptional();
    }
}
