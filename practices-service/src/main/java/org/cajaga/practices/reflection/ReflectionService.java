package org.cajaga.practices.reflection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.practices.practice.Practice;
import org.cajaga.practices.practice.PracticeAccess;
import org.cajaga.practices.practice.PracticeStatus;
import org.cajaga.practices.taxonomy.TaxonomyCodeSet;
import org.cajaga.practices.taxonomy.TaxonomyCodes;
import org.cajaga.support.http.ExpectedVersion;
import org.cajaga.support.http.VersionTag;
import org.cajaga.support.ids.TimeOrderedIds;
import org.cajaga.support.paging.Cursor;
import org.cajaga.support.paging.Page;
import org.cajaga.support.paging.PageParams;
import org.cajaga.support.problem.Problems;
import org.cajaga.support.security.Caller;

/** Reflections of local actors on published practices, with moderation by editors. */
@ApplicationScoped
public class ReflectionService {

    @Inject
    EntityManager em;

    @Inject
    PracticeAccess access;

    @Inject
    Caller caller;

    @Inject
    TaxonomyCodes taxonomy;

    public static VersionTag versionOf(UUID id, long version) {
        return VersionTag.of("reflection", id, version);
    }

    public Page<ReflectionView> list(UUID practiceId, PageParams paging) {
        access.find(practiceId);
        int limit = paging.limit();
        UUID after = paging.cursor(1).map(c -> c.uuidKey(0)).orElse(new UUID(0, 0));
        boolean editors = caller.isEditor();
        List<Reflection> fetched = em.createQuery("from Reflection where practiceId = :practice and id > :after"
                        + (editors ? "" : " and hidden = false") + " order by id", Reflection.class)
                .setParameter("practice", practiceId).setParameter("after", after)
                .setMaxResults(limit + 1).getResultList();
        return Page.from(fetched, limit, r -> Cursor.of(r.id.toString()), r -> ReflectionView.of(r, editors));
    }

    /** One reflection of a practice the caller may read; a hidden one only for editors and its author. */
    public ReflectionView get(UUID practiceId, UUID id) {
        return ReflectionView.of(find(practiceId, id), caller.isEditor());
    }

    @Transactional
    public ReflectionView post(UUID practiceId, ReflectionInput input) {
        Practice practice = access.find(practiceId);
        if (practice.status != PracticeStatus.PUBLISHED) {
            throw Problems.of(ProblemType.INVALID_STATE, "Solo se reflexiona sobre prácticas publicadas.",
                    "Reflections are only for published practices.");
        }
        requireKnownCodes(input);
        Reflection reflection = new Reflection();
        reflection.id = TimeOrderedIds.next();
        reflection.practiceId = practiceId;
        reflection.author = caller.name();
        reflection.authorName = caller.name();
        reflection.createdAt = Instant.now();
        apply(input, reflection);
        em.persist(reflection);
        em.flush();
        return ReflectionView.of(reflection, caller.isEditor());
    }

    @Transactional
    public ReflectionView edit(UUID practiceId, UUID id, ReflectionInput input, ExpectedVersion expected) {
        Reflection reflection = find(practiceId, id);
        if (!reflection.author.equals(caller.name())) {
            throw Problems.of(ProblemType.NOT_ALLOWED, "Solo su autora o autor puede editar una reflexión.",
                    "Only its author may edit a reflection.");
        }
        expected.require(versionOf(id, reflection.version));
        requireKnownCodes(input);
        apply(input, reflection);
        em.flush();
        return ReflectionView.of(reflection, caller.isEditor());
    }

    /** Editors hide a reflection from the public; it is kept, with who hid it and why. */
    @Transactional
    public ReflectionView moderate(UUID practiceId, UUID id, boolean hidden, String reason, ExpectedVersion expected) {
        Reflection reflection = find(practiceId, id);
        expected.require(versionOf(id, reflection.version));
        reflection.hidden = hidden;
        reflection.hiddenBy = hidden ? caller.name() : null;
        reflection.hiddenReason = hidden ? reason : null;
        reflection.updatedAt = Instant.now();
        em.flush();
        return ReflectionView.of(reflection, true);
    }

    private Reflection find(UUID practiceId, UUID id) {
        access.find(practiceId);
        Reflection reflection = em.find(Reflection.class, id);
        if (reflection == null || !reflection.practiceId.equals(practiceId) || (reflection.hidden && !caller.isEditor()
                && !reflection.author.equals(caller.name()))) {
            throw Problems.notFound("la reflexión", "reflection", id);
        }
        return reflection;
    }

    private void requireKnownCodes(ReflectionInput input) {
        List<String> municipalities = new ArrayList<>();
        if (input.adaptation() != null && input.adaptation().municipality() != null) {
            municipalities.add(input.adaptation().municipality());
        }
        taxonomy.requireKnown(TaxonomyCodeSet.empty().add(List.of(), List.of(), List.of(input.sector()), List.of(),
                municipalities), Map.of("sectors", "sector", "municipalities", "adaptation.municipality"));
    }

    private static void apply(ReflectionInput input, Reflection reflection) {
        reflection.text = input.text().trim();
        reflection.sector = input.sector();
        ReflectionInput.Adaptation adaptation = input.adaptation();
        reflection.adaptMunicipality = adaptation == null ? null : adaptation.municipality();
        reflection.adaptElements = adaptation == null ? null : adaptation.elements();
        reflection.adaptReason = adaptation == null ? null : adaptation.reason();
        reflection.updatedAt = Instant.now();
    }
}
