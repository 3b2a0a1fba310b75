package org.cajaga.support.problem;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.cajaga.core.i18n.Language;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.support.i18n.CurrentLanguage;

/**
 * A failure because the database cannot be reached (no connection within the acquisition timeout, a connection the
 * server closed, a server that refuses connections), or because a statement ran longer than its time limit and
 * PostgreSQL cancelled it, says "retry": 503 with {@code Retry-After}, never a 500 that reads as the client's fault
 * or the service's bug.
 */
@Singleton
public class DatabaseUnavailable implements ProblemPostProcessor {

    void register(@Observes StartupEvent started) {
        ExceptionMapperBase.postProcessorsRegistry.register(this);
    }

    @Override
    public int priority() {
        return 900;
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (problem.getStatusCode() != 500) {
            return problem;
        }
        boolean english = CurrentLanguage.get() == Language.EN;
        if (DatabaseFailures.unreachable(context.cause)) {
            return retry(problem, english
                    ? "The database cannot be reached right now; nothing was changed. Retry after Retry-After seconds."
                    : "La base de datos no está disponible en este momento; no se cambió nada. Reintente tras Retry-After segundos.");
        }
        if (DatabaseFailures.timedOut(context.cause)) {
            return retry(problem, english
                    ? "The query took too long and was cancelled; nothing was changed. Retry after Retry-After seconds."
                    : "La consulta tardó demasiado y se canceló; no se cambió nada. Reintente tras Retry-After segundos.");
        }
        return problem;
    }

    private static HttpProblem retry(HttpProblem problem, String detail) {
        ProblemType type = ProblemType.UNAVAILABLE;
        return HttpProblem.builder(problem)
                .withType(type.type())
                .withStatus(type.status())
                .withTitle(type.title(CurrentLanguage.get()))
                .withDetail(detail)
                .withHeader("Retry-After", Problems.RETRY_AFTER_SECONDS)
                .build();
    }
}
