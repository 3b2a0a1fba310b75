package org.cajaga.scoring.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.support.client.UpstreamRefusal;
import org.cajaga.support.problem.Problems;
import org.cajaga.support.security.Caller;
import org.jboss.logging.Logger;

/** The published practices practices-service finds similar to a practice (what they share, how alike their places are). */
@ApplicationScoped
public class SimilarPracticesLookup {

    /** How many similar practices are asked for: enough to rank a few examples among them. */
    static final int LIMIT = 50;

    private static final Logger LOG = Logger.getLogger(SimilarPracticesLookup.class);

    @Inject
    GuardedPracticesClient practices;

    @Inject
    Caller caller;

    /**
     * Up to {@value #LIMIT} practices like the practice {@code id}, read with the caller's token. A refusal (4xx, e.g.
     * 404: practices-service does not show the caller that practice) means none; practices-service down, or asking to
     * come back later (408, 429), is a 503 problem.
     */
    public List<SimilarPractices.Item> similarTo(UUID id) {
        try {
            return practices.similar(id, LIMIT, caller.authorization()).itemsOrEmpty();
        } catch (UpstreamRefusal refused) {
            int status = refused.getResponse().getStatus();
            if (status == 408 || status == 429) {
                throw unavailable(refused);
            }
            LOG.debugf("practices-service lists no practices similar to %s for this caller (%d)", id, status);
            return List.of();
        } catch (RuntimeException down) {
            throw unavailable(down);
        }
    }

    private static RuntimeException unavailable(RuntimeException cause) {
        LOG.warnf("practices-service unavailable for similar practices: %s", cause.toString());
        return Problems.of(ProblemType.DEPENDENCY_UNAVAILABLE,
                "No se pueden consultar ahora las prácticas similares (el servicio de prácticas no responde).",
                "Similar practices cannot be read now (practices-service does not answer).");
    }
}
