package org.cajaga.scoring.outbox;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.cajaga.support.client.UpstreamRefusal;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * practices-service's classification endpoint behind a time limit, two quick retries (none after a 4xx) and a circuit
 * breaker, so an outage costs the outbox one failed call per message at most and then none until practices-service
 * answers again. The message is idempotent, so a retry after a lost answer does no harm.
 */
@ApplicationScoped
public class GuardedClassificationClient {

    /** The name of the circuit breaker, for {@code CircuitBreakerMaintenance}. */
    public static final String BREAKER = "practices-classification";

    @RestClient
    ClassificationClient practices;

    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = {UpstreamRefusal.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.75, delay = 5000, successThreshold = 1,
            skipOn = UpstreamRefusal.class)
    @CircuitBreakerName(BREAKER)
    public void classify(UUID practiceId, ClassificationMessage message) {
        practices.classify(practiceId, message);
    }
}
