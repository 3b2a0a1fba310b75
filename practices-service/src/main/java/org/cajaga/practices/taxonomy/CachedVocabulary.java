package org.cajaga.practices.taxonomy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.practices.config.PracticesConfig;
import org.cajaga.support.problem.Problems;
import org.jboss.logging.Logger;

/**
 * The vocabulary the catalogue publishes (names and descriptions, criteria included), read from
 * taxonomy-service and kept for the taxonomy cache's time; while taxonomy-service is down the last one read
 * still serves. Before any read succeeded: 503. (Search keeps its own copy of names in the database:
 * {@code labels.TaxonomyLabels}.)
 */
@ApplicationScoped
public class CachedVocabulary {

    private static final Logger LOG = Logger.getLogger(CachedVocabulary.class);

    @Inject
    GuardedTaxonomyClient taxonomy;

    @Inject
    PracticesConfig settings;

    private record Read(Vocabulary vocabulary, Instant at) {
    }

    private volatile Read last;

    public Vocabulary current() {
        Read known = last;
        if (known != null && known.at().isAfter(Instant.now().minus(settings.taxonomyCacheTtl()))) {
            return known.vocabulary();
        }
        try {
            Read read = new Read(taxonomy.vocabulary(settings.catalog().criteriaSet()), Instant.now());
            last = read;
            return read.vocabulary();
        } catch (RuntimeException unavailable) {
            if (known != null) {
                LOG.warnf("taxonomy-service unavailable (%s); labels from %s serve", unavailable.toString(), known.at());
                return known.vocabulary();
            }
            throw Problems.of(ProblemType.DEPENDENCY_UNAVAILABLE,
                    "El catálogo no puede publicarse ahora: el servicio de taxonomía no responde. Intente de nuevo en unos minutos.",
                    "The catalogue cannot be published now: taxonomy-service does not answer. Try again in a few minutes.");
        }
    }
}
