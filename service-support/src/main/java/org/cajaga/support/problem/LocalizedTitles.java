package org.cajaga.support.problem;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.validation.ValidationException;
import java.net.URI;
import org.cajaga.core.i18n.Language;
import org.cajaga.core.problem.GenericDetails;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.support.i18n.CurrentLanguage;

/**
 * Gives the problems produced by the library's own mappers (validation, security, routing, unexpected
 * failures) the generic type of their status and a title in the caller's language, so that every
 * problem speaks the one vocabulary of {@link ProblemType}; the framework's own detail, which names
 * internals, is replaced by a generic one. Problems built by {@link Problems} already have all three.
 */
@Singleton
public class LocalizedTitles implements ProblemPostProcessor {

    private static final URI BLANK = URI.create("about:blank");

    void register(@Observes StartupEvent started) {
        ExceptionMapperBase.postProcessorsRegistry.register(this);
    }

    /** Our own security problems and bean validation's write details for the caller; nothing else does. */
    private static boolean keepsItsDetail(Throwable cause) {
        return cause instanceof ValidationException || cause instanceof AuthenticationFailedException
                || cause instanceof UnauthorizedException;
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (problem.getType() != null && !BLANK.equals(problem.getType())) {
            return problem;
        }
        Language language = CurrentLanguage.get();
        ProblemType type = ProblemType.forStatus(problem.getStatusCode());
        HttpProblem.Builder localized = HttpProblem.builder(problem).withType(type.type()).withTitle(type.title(language));
        if (!keepsItsDetail(context.cause)) {
            localized.withDetail(GenericDetails.of(problem.getStatusCode(), language));
        }
        return localized.build();
    }
}
