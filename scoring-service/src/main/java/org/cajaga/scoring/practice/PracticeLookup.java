package org.cajaga.scoring.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.UUID;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.support.problem.Problems;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/** Finds the practice an evaluation is about, as the caller sees it, and refuses practices not open to review. */
@ApplicationScoped
public class PracticeLookup {

    private static final Logger LOG = Logger.getLogger(PracticeLookup.class);

    @RestClient
    PracticesClient practices;

    /**
     * The practice, read with the caller's token.
     *
     * @param field where the practice id sits in the request, for the 422 problem when it is unknown
     */
    public PracticeFacts openForReview(UUID id, String authorization, String field) {
        PracticeFacts facts = read(id, authorization, field);
        if (!facts.open()) {
            throw Problems.of(ProblemType.INVALID_STATE,
                    "La práctica " + id + " está en estado " + facts.status() + "; solo se evalúan prácticas enviadas "
                            + "a revisión (SUBMITTED) o publicadas (PUBLISHED).",
                    "Practice " + id + " is " + facts.status() + "; only practices submitted for review (SUBMITTED) "
                            + "or published (PUBLISHED) are evaluated.");
        }
        return facts;
    }

    private PracticeFacts read(UUID id, String authorization, String field) {
        try {
            return practices.get(id, authorization);
        } catch (WebApplicationException refused) {
            int status = refused.getResponse().getStatus();
            if (status == 404) {
                throw Problems.invalidBody("La práctica no existe o usted no puede verla.",
                        "The practice does not exist or you may not see it.",
                        List.of(new Problems.Violation(field, "unknown practice '" + id + "'")));
            }
            throw unavailable(refused);
        } catch (RuntimeException down) {
            throw unavailable(down);
        }
    }

    private static RuntimeException unavailable(RuntimeException cause) {
        LOG.warnf("practices-service unavailable: %s", cause.toString());
        return Problems.of(ProblemType.DEPENDENCY_UNAVAILABLE,
                "No se puede consultar la práctica ahora (el servicio de prácticas no responde). No se guardó nada.",
                "The practice cannot be read now (practices-service does not answer). Nothing was stored.");
    }
}
