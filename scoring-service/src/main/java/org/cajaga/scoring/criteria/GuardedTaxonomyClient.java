package org.cajaga.scoring.criteria;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import org.cajaga.support.client.UpstreamRefusal;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * taxonomy-service behind a time limit, two quick retries (none after a 4xx: an unknown version is an answer) and a
 * circuit breaker, so an outage costs a writer seconds at most, and after repeated failures nothing at all until it
 * recovers. Versions and lessons have a circuit breaker each.
 */
@ApplicationScoped
@Timeout(4000)
@Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = {UpstreamRefusal.class, CircuitBreakerOpenException.class})
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.75, delay = 5000, successThreshold = 1,
        skipOn = UpstreamRefusal.class)
public class GuardedTaxonomyClient {

    @RestClient
    TaxonomyClient taxonomy;

    @CircuitBreakerName("taxonomy")
    public CriteriaSetVersion version(String code, int number, String language) {
        return taxonomy.version(code, number, language);
    }

    @CircuitBreakerName("taxonomy-lessons")
    public LessonPage lessons(int limit, String cursor, String language) {
        return taxonomy.lessons(limit, cursor, language);
    }
}
