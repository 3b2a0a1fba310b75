package org.cajaga.practices.taxonomy;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * taxonomy-service behind a time limit, a few quick retries and a circuit breaker, so an outage
 * costs a writer seconds at most, and after a few failures nothing at all until it recovers.
 */
@ApplicationScoped
public class GuardedTaxonomyClient {

    @RestClient
    TaxonomyClient taxonomy;

    @Timeout(4000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10_000, successThreshold = 1)
    public TaxonomyValidationReport validate(TaxonomyCodeSet codes) {
        return taxonomy.validate(codes);
    }
}
