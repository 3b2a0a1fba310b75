package org.cajaga.support.problem;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.net.URI;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.support.i18n.CurrentLanguage;

/**
 * Gives the problems produced by the library's own mappers (validation, JSON, security, routing) the
 * generic type of their status and a title in the caller's language, so that every problem speaks the
 * one vocabulary of {@link ProblemType}. Problems built by {@link Problems} already do.
 */
@Singleton
public class LocalizedTitles implements ProblemPostProcessor {

    private static final URI BLANK = URI.create("about:blank");

    void register(@Observes StartupEvent started) {
        ExceptionMapperBase.postProcessorsRegistry.register(this);
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (problem.getType() != null && !BLANK.equals(problem.getType())) {
            return problem;
        }
        ProblemType type = ProblemType.forStatus(problem.getStatusCode());
        return HttpProblem.builder(problem).withType(type.type()).withTitle(type.title(CurrentLanguage.get())).build();
    }
}
