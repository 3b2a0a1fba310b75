package org.cajaga.practices.practice;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import org.cajaga.core.problem.ProblemType;

/**
 * What pushes did to records, for operators: {@code cajaga_practices_records_pushed_total{push,outcome}} and, for
 * the rejected ones, {@code cajaga_practices_records_rejected_total{push,reason}}, the reason being the problem
 * type's short name. The usual series are registered at start-up, at zero, so a fresh service already shows them.
 */
@Startup
@ApplicationScoped
public class PushMetrics {

    /** How a record arrived: through {@code /practices} (POST, PUT, PATCH), by source, or in a bulk push. */
    public enum Push {
        SINGLE, SOURCE, BULK;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final String REJECTED = "rejected";

    private static final String PUSHED = "cajaga.practices.records.pushed";
    private static final String REJECTED_BY_REASON = "cajaga.practices.records.rejected";
    private static final List<String> OUTCOMES = List.of("created", "updated", "unchanged", REJECTED);
    /** The reasons a push is usually refused for, shown at zero before the first refusal. */
    private static final List<ProblemType> USUAL_REASONS = List.of(ProblemType.MALFORMED, ProblemType.INVALID_DATA,
            ProblemType.FORBIDDEN, ProblemType.OUT_OF_SCOPE, ProblemType.NOT_ALLOWED, ProblemType.INVALID_STATE,
            ProblemType.RECORD_UNAVAILABLE, ProblemType.DEPENDENCY_UNAVAILABLE);

    private final MeterRegistry registry;

    PushMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (Push push : Push.values()) {
            OUTCOMES.forEach(outcome -> pushed(push, outcome));
            USUAL_REASONS.forEach(reason -> rejectedFor(push, reason.slug()));
        }
    }

    /** One record stored (or left as it was) by a push. */
    public void stored(Push push, UpsertOutcome outcome) {
        pushed(push, outcome.name().toLowerCase(Locale.ROOT)).increment();
    }

    /** One record refused, for the problem of this type (its URI) and status. */
    public void rejected(Push push, String problemType, int status) {
        pushed(push, REJECTED).increment();
        rejectedFor(push, reasonOf(problemType, status)).increment();
    }

    /** The short name of a cajaga problem type; for any other type, the generic one of its status. */
    static String reasonOf(String problemType, int status) {
        if (problemType != null && problemType.startsWith(ProblemType.TYPE_BASE)) {
            String slug = problemType.substring(ProblemType.TYPE_BASE.length());
            for (ProblemType known : ProblemType.values()) {
                if (known.slug().equals(slug)) {
                    return slug;
                }
            }
        }
        return ProblemType.forStatus(status).slug();
    }

    private Counter pushed(Push push, String outcome) {
        return Counter.builder(PUSHED).description("Records pushed, by how they came and what became of them")
                .tag("push", push.tag()).tag("outcome", outcome).register(registry);
    }

    private Counter rejectedFor(Push push, String reason) {
        return Counter.builder(REJECTED_BY_REASON).description("Records refused, by how they came and the problem type")
                .tag("push", push.tag()).tag("reason", reason).register(registry);
    }
}
