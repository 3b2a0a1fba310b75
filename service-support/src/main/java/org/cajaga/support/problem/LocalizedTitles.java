package org.cajaga.support.problem;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.net.URI;
import org.cajaga.support.i18n.CurrentLanguage;

/**
 * Gives the problems produced by the library's own mappers (validation, JSON, security, routing) a
 * title in the caller's language. Problems built by {@link Problems} already have one.
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
        String title = ProblemTitles.forStatus(problem.getStatusCode(), CurrentLanguage.get(), problem.getTitle());
        return HttpProblem.builder(problem).withTitle(title).build();
    }
}
