package org.cajaga.practices.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** What the catalogue takes from the published practices themselves, in one query. */
@ApplicationScoped
public class CatalogFacts {

    @Inject
    EntityManager em;

    /**
     * @param practicesModified       the last change of a published practice; null when none is published
     * @param classificationsModified the last classification of a published practice; null when none has one
     * @param states                  the states with published practices, by INEGI code
     */
    public record Facts(Instant practicesModified, Instant classificationsModified, List<String> states) {
    }

    public Facts read() {
        Object[] row = (Object[]) em.createNativeQuery("select max(updated_at), max(classified_at), "
                        + "string_agg(distinct state_code, ',' order by state_code) from practice where status = 'PUBLISHED'",
                Object[].class).getSingleResult();
        List<String> states = row[2] == null ? List.of() : Arrays.asList(((String) row[2]).split(","));
        return new Facts(instant(row[0]), instant(row[1]), states);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
