package org.cajaga.support.problem;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.cajaga.core.i18n.Language;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.support.i18n.CurrentLanguage;

/**
 * A failure because the database cannot be reached (no connection within the acquisition timeout, a
 * connection the server closed, a server that refuses connections) says "retry": 503 with
 * {@code Retry-After}, never a 500 that reads as the client's fault or the service's bug.
 */
@Singleton
public class UnreachableDatabase implements ProblemPostProcessor {

    static final String RETRY_AFTER_SECONDS = "2";

    /** Connection exceptions (08), shutdown or start-up (57P01-03), too many connections, refused connections. */
    private static final Set<String> UNREACHABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300", "55000");
    private static final String ACQUISITION_TIMEOUT = "Acquisition timeout";

    void register(@Observes StartupEvent started) {
        ExceptionMapperBase.postProcessorsRegistry.register(this);
    }

    @Override
    public int priority() {
        return 900;
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (problem.getStatusCode() != 500 || !unreachable(context.cause)) {
            return problem;
        }
        Language language = CurrentLanguage.get();
        ProblemType type = ProblemType.UNAVAILABLE;
        return HttpProblem.builder(problem)
                .withType(type.type())
                .withStatus(type.status())
                .withTitle(type.title(language))
                .withDetail(language == Language.EN
                        ? "The database cannot be reached right now; nothing was changed. Retry after Retry-After seconds."
                        : "La base de datos no está disponible en este momento; no se cambió nada. Reintente tras Retry-After segundos.")
                .withHeader("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }

    static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && (isUnreachableState(sql.getSQLState())
                    || (sql.getMessage() != null && sql.getMessage().startsWith(ACQUISITION_TIMEOUT)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnreachableState(String state) {
        return state != null && (state.startsWith("08") || UNREACHABLE_STATES.contains(state));
    }
}
