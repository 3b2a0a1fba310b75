package org.cajaga.scoring.practice;

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
 * practices-service's reads behind a time limit, two quick retries (none after a 4xx: practices-service answered) and
 * a circuit breaker: after repeated failures a read fails at once for a few seconds instead of waiting on a service
 * that is down. A 4xx answer ({@link UpstreamRefusal}, e.g. 404) is an answer, not a failure of the service.
 */
@ApplicationScoped
public class GuardedPracticesClient {

    @RestClient
    PracticesClient practices;

    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = {UpstreamRefusal.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.75, delay = 5000, successThreshold = 1,
            skipOn = UpstreamRefusal.class)
    @CircuitBreakerName("practices-read")
    public PracticeFacts get(UUID id, String authorization) {
        return practices.get(id, authorization);
    }

    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = {UpstreamRefusal.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.75, delay = 5000, successThreshold = 1,
            skipOn = UpstreamRefusal.class)
    @CircuitBreakerName("practices-similar")
    public SimilarPractices similar(UUID id, int limit, String authorization) {
        return practices.similar(id, limit, authorization);
    }
}
