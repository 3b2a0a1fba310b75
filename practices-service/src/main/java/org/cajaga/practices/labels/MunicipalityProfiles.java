package org.cajaga.practices.labels;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import org.cajaga.support.geography.SizeClass;
import org.jboss.logging.Logger;

/**
 * The local copy of each municipality's profile — cvegeo, state and size class — that taxonomy-service owns
 * (table {@code municipality_profile}, migration V7), for the {@code sizeClass} search filter, similar practices
 * and suggestions, which join it in SQL. Written with the labels, from the same read; only changed rows are written.
 */
@ApplicationScoped
public class MunicipalityProfiles {

    private static final Logger LOG = Logger.getLogger(MunicipalityProfiles.class);

    @Inject
    EntityManager em;

    /** Stores the profiles read from taxonomy-service; runs inside the label refresh's transaction. */
    public void store(List<LabelPage.Municipality> municipalities) {
        int changed = em.createNativeQuery("insert into municipality_profile (cvegeo, state_code, size_class) "
                        + "select * from unnest(cast(:cvegeos as varchar[]), cast(:states as varchar[]), "
                        + "cast(:sizes as varchar[])) on conflict (cvegeo) do update set state_code = excluded.state_code, "
                        + "size_class = excluded.size_class where (municipality_profile.state_code, municipality_profile.size_class) "
                        + "is distinct from (excluded.state_code, excluded.size_class)")
                .setParameter("cvegeos", municipalities.stream().map(LabelPage.Municipality::cvegeo).toArray(String[]::new))
                .setParameter("states", municipalities.stream().map(m -> m.stateCode() != null ? m.stateCode()
                        : m.cvegeo().substring(0, 2)).toArray(String[]::new))
                .setParameter("sizes", municipalities.stream().map(m -> known(m.sizeClass())).toArray(String[]::new))
                .executeUpdate();
        if (changed > 0) {
            LOG.infof("%d municipality profiles new or changed", changed);
        }
    }

    /** A class this service knows, or none: a class added upstream later must not stop the refresh. */
    private static String known(String sizeClass) {
        return Arrays.stream(SizeClass.values()).map(Enum::name).filter(name -> name.equals(sizeClass)).findFirst()
                .orElse(null);
    }
}
