package org.cajaga.taxonomy.sdg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Read-only access to the SDG reference tables. */
@ApplicationScoped
public class SdgRepository {

    @Inject
    EntityManager em;

    public List<SdgGoal> goalsAfter(int afterNumber, int rows) {
        return em.createQuery("from SdgGoal where number > :after order by number", SdgGoal.class)
                .setParameter("after", afterNumber).setMaxResults(rows).getResultList();
    }

    public Optional<SdgGoal> goal(int number) {
        return Optional.ofNullable(em.find(SdgGoal.class, number));
    }

    /** Targets in UN order (1.1 … 1.5, 1.a, 1.b, 2.1 …), optionally of one goal. */
    public List<SdgTarget> targetsAfter(Integer goal, int afterPosition, int rows) {
        return em.createQuery("from SdgTarget where position > :after and (:goal is null or goalNumber = :goal)"
                        + " order by position", SdgTarget.class)
                .setParameter("after", afterPosition).setParameter("goal", goal)
                .setMaxResults(rows).getResultList();
    }

    public Optional<SdgTarget> target(String code) {
        return Optional.ofNullable(em.find(SdgTarget.class, code));
    }

    public List<SdgIndicator> indicatorsOf(String targetCode) {
        return em.createQuery("from SdgIndicator where targetCode = :target order by position", SdgIndicator.class)
                .setParameter("target", targetCode).getResultList();
    }

    public Optional<SdgIndicator> indicator(String code) {
        return Optional.ofNullable(em.find(SdgIndicator.class, code));
    }

    public List<Integer> existingGoals(Collection<Integer> numbers) {
        return em.createQuery("select number from SdgGoal where number in :numbers", Integer.class)
                .setParameter("numbers", numbers).getResultList();
    }

    public List<String> existingTargets(Collection<String> codes) {
        return em.createQuery("select code from SdgTarget where code in :codes", String.class)
                .setParameter("codes", codes).getResultList();
    }
}
