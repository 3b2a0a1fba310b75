package org.cajaga.scoring.practice;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.support.client.UpstreamRefusal;
import org.cajaga.support.problem.Problems;
import org.cajaga.support.security.Caller;
import org.jboss.logging.Logger;

/** Finds the practice an evaluation is about, as the caller sees it, and refuses practices not open to review. */
@ApplicationScoped
public class PracticeLookup {

    private static final Logger LOG = Logger.getLogger(PracticeLookup.class);

    @Inject
    GuardedPracticesClient practices;

    @Inject
    PracticeSnapshotRepository snapshots;

    @Inject
    Caller caller;

    /**
     * The practice, read with the caller's token and kept in its snapshot. When practices-service cannot be reached
     * (no connection, timeout, 5xx, circuit open), the snapshot stands in if it shows the practice open to review
     * (SUBMITTED or PUBLISHED) and visible to the caller ({@link PracticeVisibility}); without one, a 503 problem.
     *
     * @param field where the practice id sits in the request, for the 422 problem when it is unknown
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PracticeFacts openForReview(UUID id, String field) {
        PracticeFacts facts;
        try {
            facts = practices.get(id, caller.authorization());
        } catch (UpstreamRefusal refused) {
            if (refused.getResponse().getStatus() == 404) {
                throw Problems.invalidBody("La práctica no existe o usted no puede verla.",
                        "The practice does not exist or you may not see it.",
                        List.of(new Problems.Violation(field, "unknown practice '" + id + "'")));
            }
            throw unavailable(refused);
        } catch (RuntimeException down) {
            return lastSeenOpen(id).orElseThrow(() -> unavailable(down));
        }
        snapshots.record(facts);
        if (!facts.open()) {
            throw Problems.of(ProblemType.INVALID_STATE,
                    "La práctica " + id + " está en estado " + facts.status() + "; solo se evalúan prácticas enviadas "
                            + "a revisión (SUBMITTED) o publicadas (PUBLISHED).",
                    "Practice " + id + " is " + facts.status() + "; only practices submitted for review (SUBMITTED) "
                            + "or published (PUBLISHED) are evaluated.");
        }
        return facts;
    }

    /**
     * Refuses, as an unknown practice, a practice the caller may not see the score of ({@link #scoreVisible}).
     */
    public void requireScoreVisible(UUID id) {
        if (!scoreVisible(id)) {
            throw scoreNotFound(id);
        }
    }

    /**
     * Whether the caller may see the practice's score: not when practices-service does not show them the practice
     * (deleted, unknown, not theirs) nor, unless they are staff, when it is not PUBLISHED. The status read is kept in the
     * practice's snapshot, so the statistics follow publication and withdrawal. practices-service down: a 503 problem.
     */
    public boolean scoreVisible(UUID id) {
        PracticeFacts facts;
        try {
            facts = practices.get(id, caller.authorization());
        } catch (UpstreamRefusal refused) {
            if (refused.getResponse().getStatus() == 404) {
                return false;
            }
            throw visibilityUnknown(refused);
        } catch (RuntimeException down) {
            throw visibilityUnknown(down);
        }
        QuarkusTransaction.requiringNew().run(() -> snapshots.noteSeen(facts));
        return caller.isStaff() || facts.published();
    }

    /** The practice as last read, when it was open to review then and the caller may see it. */
    private Optional<PracticeFacts> lastSeenOpen(UUID id) {
        Optional<PracticeFacts> seen = snapshots.lastSeen(id).filter(PracticeFacts::open)
                .filter(facts -> PracticeVisibility.visibleTo(facts, caller));
        seen.ifPresent(facts -> LOG.infof("practices-service unavailable: practice %s is evaluated as last seen (%s)",
                id, facts.status()));
        return seen;
    }

    private static RuntimeException scoreNotFound(UUID id) {
        return Problems.of(ProblemType.NOT_FOUND,
                "La práctica " + id + " no existe, no está publicada o usted no puede verla.",
                "Practice " + id + " does not exist, is not published or you may not see it.");
    }

    private static RuntimeException visibilityUnknown(RuntimeException cause) {
        LOG.warnf("practices-service unavailable: %s", cause.toString());
        return Problems.of(ProblemType.DEPENDENCY_UNAVAILABLE,
                "No se puede saber ahora si la práctica puede mostrarse (el servicio de prácticas no responde).",
                "Whether the practice may be shown cannot be known now (practices-service does not answer).");
    }

    private static RuntimeException unavailable(RuntimeException cause) {
        LOG.warnf("practices-service unavailable: %s", cause.toString());
        return Problems.of(ProblemType.DEPENDENCY_UNAVAILABLE,
                "No se puede consultar la práctica ahora (el servicio de prácticas no responde) y no se la vio antes "
                        + "abierta a revisión para usted. No se guardó nada.",
                "The practice cannot be read now (practices-service does not answer) and was not seen open to review "
                        + "for you before. Nothing was stored.");
    }
}
