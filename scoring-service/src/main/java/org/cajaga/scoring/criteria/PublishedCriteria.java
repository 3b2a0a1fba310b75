package org.cajaga.scoring.criteria;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.support.problem.Problems;
import org.cajaga.support.problem.Problems.Violation;
import org.jboss.logging.Logger;

/** The published criteria-set version an evaluation or decision is pinned to, or a clear problem. */
@ApplicationScoped
public class PublishedCriteria {

    private static final Logger LOG = Logger.getLogger(PublishedCriteria.class);

    @Inject
    CriteriaCatalogue catalogue;

    public CriteriaSetVersion published(String criteriaSet, int number) {
        CriteriaSetVersion version;
        try {
            version = catalogue.find(criteriaSet, number).orElse(null);
        } catch (RuntimeException down) {
            LOG.warnf("taxonomy-service unavailable: %s", down.toString());
            throw Problems.of(ProblemType.DEPENDENCY_UNAVAILABLE,
                    "No se pueden leer los criterios ahora (el servicio de taxonomía no responde). No se guardó nada.",
                    "The criteria cannot be read now (taxonomy-service does not answer). Nothing was stored.");
        }
        if (version == null) {
            throw Problems.invalidBody("El conjunto de criterios o su versión no existe.",
                    "The criteria set or its version does not exist.",
                    List.of(new Violation("criteriaSetVersion", "criteria set '" + criteriaSet + "' has no version " + number)));
        }
        if (!version.published()) {
            throw Problems.invalidBody("Solo se evalúa con versiones publicadas de los criterios.",
                    "Evaluations use published versions of the criteria only.",
                    List.of(new Violation("criteriaSetVersion", "version " + number + " of '" + criteriaSet
                            + "' is a draft, not published")));
        }
        return version;
    }
}
