package org.cajaga.practices.practice;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import org.cajaga.support.idempotency.IdempotencyFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Counts the answer of every write of one record ({@link CountedPush}) once it is final, refusals included: those of
 * validation and of the JSON reader come before the method runs, and a write that fails to commit is a refusal too.
 * A replayed answer ({@code Idempotency-Key}) did nothing, so it does not count.
 */
public class PushCounting {

    @Inject
    PushMetrics metrics;

    @Inject
    WrittenOutcome written;

    @ServerResponseFilter
    public void count(ContainerResponseContext response, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        CountedPush counted = method == null ? null : method.getAnnotation(CountedPush.class);
        if (counted == null || response.getHeaders().containsKey(IdempotencyFilter.REPLAYED)) {
            return;
        }
        int status = response.getStatus();
        if (status < 400 && written.get() != null) {
            metrics.stored(counted.value(), written.get());
        } else if (status >= 400) {
            Object entity = response.getEntity();
            HttpProblem problem = entity instanceof HttpProblem answered ? answered : null;
            metrics.rejected(counted.value(), problem == null || problem.getType() == null ? null
                    : problem.getType().toString(), status);
        }
    }
}
