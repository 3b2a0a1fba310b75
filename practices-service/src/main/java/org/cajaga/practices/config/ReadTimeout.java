package org.cajaga.practices.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import org.hibernate.jpa.HibernateHints;

/**
 * Bounds the time of the API's read statements ({@code cajaga.practices.read-timeout}): the JDBC query timeout of
 * the statement, which PostgreSQL's driver enforces by cancelling it on the server, so that a statement never keeps
 * running after its client gave up. The cancelled statement fails with SQLState 57014, which service-support's
 * {@code DatabaseUnavailable} answers as a 503 with {@code Retry-After}. Only reads are bounded: migrations, writes
 * and exports run as long as they need.
 */
@ApplicationScoped
public class ReadTimeout {

    private final int seconds;

    @Inject
    public ReadTimeout(PracticesConfig config) {
        this.seconds = (int) Math.max(1, config.readTimeout().toSeconds());
    }

    /** The query, with its time bounded. */
    public <Q extends Query> Q bound(Q query) {
        query.setHint(HibernateHints.HINT_TIMEOUT, seconds);
        return query;
    }
}
