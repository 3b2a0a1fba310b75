package org.cajaga.practices.taxonomy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cajaga.support.client.UpstreamRefusal;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * taxonomy-service behind a time limit, a few quick retries and a circuit breaker, so an outage
 * costs a writer seconds at most, and after a few failures nothing at all until it recovers.
 */
@ApplicationScoped
public class GuardedTaxonomyClient {

    /** How long the circuit stays open after an outage before a trial call goes through. */
    public static final long OPEN_MILLIS = 10_000;
    private static final String ES = "es";
    private static final String EN = "en";
    /** The largest page taxonomy-service serves; every vocabulary read here is smaller. */
    private static final int LIMIT = 200;

    @RestClient
    TaxonomyClient taxonomy;

    @Timeout(4000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = {UpstreamRefusal.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = OPEN_MILLIS, successThreshold = 1,
            skipOn = UpstreamRefusal.class)
    public TaxonomyValidationReport validate(TaxonomyCodeSet codes) {
        return taxonomy.validate(codes);
    }

    /** Every label the catalogue publishes: nine small reads, Spanish and English where there are both. */
    @Timeout(8000)
    @Retry(maxRetries = 1, delay = 200, jitter = 100, abortOn = {UpstreamRefusal.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10_000, successThreshold = 1,
            skipOn = UpstreamRefusal.class)
    public Vocabulary vocabulary(String criteriaSet) {
        TaxonomyPage.CriteriaVersion criteriaEs = taxonomy.currentCriteria(criteriaSet, ES);
        TaxonomyPage.CriteriaVersion criteriaEn = taxonomy.currentCriteria(criteriaSet, EN);
        return new Vocabulary(
                terms(taxonomy.principles(LIMIT, ES).items(), taxonomy.principles(LIMIT, EN).items()),
                terms(taxonomy.lessons(LIMIT, ES).items(), taxonomy.lessons(LIMIT, EN).items()),
                criteriaEs.criteriaSet(), criteriaEs.number(), terms(criteriaEs.criteria(), criteriaEn.criteria()),
                goals(taxonomy.sdgGoals(LIMIT, ES).items(), taxonomy.sdgGoals(LIMIT, EN).items()),
                taxonomy.states(LIMIT).items().stream().map(state -> new Vocabulary.Term(state.code(),
                        new Vocabulary.Label(state.name(), null), null)).toList());
    }

    private static List<Vocabulary.Term> terms(List<TaxonomyPage.Term> spanish, List<TaxonomyPage.Term> english) {
        Map<String, TaxonomyPage.Term> en = byKey(english, TaxonomyPage.Term::code);
        return spanish.stream().map(es -> {
            TaxonomyPage.Term other = en.get(es.code());
            return new Vocabulary.Term(es.code(),
                    new Vocabulary.Label(es.name(), other == null ? null : other.name()),
                    new Vocabulary.Label(es.description(), other == null ? null : other.description()));
        }).toList();
    }

    private static List<Vocabulary.Term> goals(List<TaxonomyPage.Goal> spanish, List<TaxonomyPage.Goal> english) {
        Map<String, TaxonomyPage.Goal> en = byKey(english, goal -> String.valueOf(goal.number()));
        return spanish.stream().map(es -> {
            TaxonomyPage.Goal other = en.get(String.valueOf(es.number()));
            return new Vocabulary.Term(String.valueOf(es.number()),
                    new Vocabulary.Label(es.shortTitle(), other == null ? null : other.shortTitle()),
                    new Vocabulary.Label(es.title(), other == null ? null : other.title()));
        }).toList();
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> byKey = new LinkedHashMap<>();
        items.forEach(item -> byKey.put(key.apply(item), item));
        return byKey;
    }
}
