package org.cajaga.support.http;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.cajaga.core.i18n.Language;
import org.cajaga.support.problem.Problems;

/**
 * A failure because the request body was refused while it was read ({@link RefusedBody}, however the
 * reader wrapped it) is that refusal's problem, 408 or 413, with {@code Connection: close}: the rest of
 * the body is not read, so the connection cannot carry another request ({@link BodyGuard} closes it once
 * the answer is written).
 */
@Singleton
public class RefusedBodyProblems implements ProblemPostProcessor {

    /**
     * After {@link org.cajaga.support.json.JsonBodyProblems}, which would make a refusal inside JSON binding a 400,
     * and before the library's own post-processors, which add the request id and log by the final status.
     */
    private static final int PRIORITY = 950;

    void register(@Observes StartupEvent started) {
        ExceptionMapperBase.postProcessorsRegistry.register(this);
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        RefusedBody refused = refusal(context.cause);
        if (refused == null) {
            return problem;
        }
        HttpProblem.Builder own = HttpProblem.builder(Problems.of(refused.type(), refused.detail(Language.ES),
                refused.detail(Language.EN))).withHeader("Connection", "close");
        if (problem.getInstance() != null) {
            own.withInstance(problem.getInstance());
        }
        return own.build();
    }

    private static RefusedBody refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RefusedBody refused) {
                return refused;
            }
        }
        return null;
    }
}
