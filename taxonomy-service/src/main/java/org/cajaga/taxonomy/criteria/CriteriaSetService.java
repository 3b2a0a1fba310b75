package org.cajaga.taxonomy.criteria;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cajaga.core.i18n.Language;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.support.http.ExpectedVersion;
import org.cajaga.support.http.VersionTag;
import org.cajaga.support.paging.Cursor;
import org.cajaga.support.paging.Page;
import org.cajaga.support.paging.PageParams;
import org.cajaga.support.problem.Problems;
import org.cajaga.taxonomy.i18n.NameAndDescription;
import org.cajaga.taxonomy.snapshot.RefreshesSnapshot;

/**
 * Criteria sets and their versions. A version is drafted (a copy of the latest one), edited while a
 * draft, then published; a published version never changes again.
 */
@ApplicationScoped
public class CriteriaSetService {

    @Inject
    CriteriaSetRepository sets;

    @Inject
    CriteriaSetVersionRepository versions;

    /** @param withDrafts whether draft versions are listed (curators and admins) or only published ones */
    public Page<CriteriaSetView> list(PageParams paging, boolean withDrafts, Language language) {
        int limit = paging.limit();
        List<CriteriaSet> fetched = sets.pageAfter(paging.cursor(1).map(c -> c.key(0)).orElse(null), limit + 1);
        Map<UUID, List<CriteriaSetVersion>> bySet = fetched.isEmpty() ? Map.of()
                : versions.listOf(fetched.stream().map(s -> s.id).toList()).stream()
                        .filter(v -> withDrafts || v.isPublished())
                        .collect(Collectors.groupingBy(v -> v.criteriaSet.id));
        return Page.from(fetched, limit, set -> Cursor.of(set.code),
                set -> CriteriaViews.set(set, bySet.getOrDefault(set.id, List.of()), language));
    }

    /** @param withDrafts whether draft versions are listed (curators and admins) or only published ones */
    public CriteriaSetView get(String code, boolean withDrafts, Language language) {
        CriteriaSet set = findSet(code);
        return CriteriaViews.set(set, versions.listOf(code).stream().filter(v -> withDrafts || v.isPublished()).toList(),
                language);
    }

    @Transactional
    @RefreshesSnapshot
    public CriteriaSetView create(NewCriteriaSet input, String user, Language language) {
        if (sets.findByCode(input.code()).isPresent()) {
            throw Problems.of(ProblemType.ALREADY_EXISTS,
                    "Ya existe el conjunto de criterios '" + input.code() + "'.",
                    "The criteria set '" + input.code() + "' already exists.");
        }
        CriteriaSet set = new CriteriaSet();
        set.id = UUID.randomUUID();
        set.code = input.code();
        set.text = NameAndDescription.of(input.name(), input.description());
        set.updatedAt = Instant.now();
        set.updatedBy = user;
        sets.persistAndFlush(set);
        return CriteriaViews.set(set, List.of(), language);
    }

    /** @param withDrafts whether a draft is shown (curators and admins); to anyone else a draft does not exist */
    public CriteriaSetVersionView version(String code, int number, boolean withDrafts, Language language) {
        CriteriaSetVersion version = findVersion(code, number);
        if (!withDrafts && !version.isPublished()) {
            throw noSuchVersion(code, number);
        }
        return CriteriaViews.version(version, language);
    }

    public CriteriaSetVersionView current(String code, Language language) {
        findSet(code);
        return versions.findCurrent(code).map(v -> CriteriaViews.version(v, language))
                .orElseThrow(() -> Problems.of(ProblemType.NOT_FOUND,
                        "El conjunto de criterios '" + code + "' aún no tiene una versión publicada.",
                        "The criteria set '" + code + "' has no published version yet."));
    }

    /**
     * Drafts the next version as a copy of the latest one (or, for a new set, with the Mapeo's
     * default rule and no criteria). Only one draft may exist at a time.
     */
    @Transactional
    @RefreshesSnapshot
    public CriteriaSetVersionView draftNext(String code, String user, Language language) {
        CriteriaSet set = findSet(code);
        List<CriteriaSetVersion> existing = versions.listOf(code);
        if (existing.stream().anyMatch(v -> !v.isPublished())) {
            throw Problems.of(ProblemType.INVALID_STATE,
                    "El conjunto '" + code + "' ya tiene una versión en borrador; publíquela o bórrela primero.",
                    "The set '" + code + "' already has a draft version; publish or delete it first.");
        }
        CriteriaSetVersion draft = new CriteriaSetVersion();
        draft.id = UUID.randomUUID();
        draft.criteriaSet = set;
        draft.status = VersionStatus.DRAFT;
        draft.updatedAt = Instant.now();
        draft.updatedBy = user;
        if (existing.isEmpty()) {
            draft.number = 1;
            draft.emblematicMinPercent = BigDecimal.valueOf(100);
            draft.emblematicRequiresCoCreation = true;
            draft.goodPracticeMinPercent = BigDecimal.valueOf(80);
        } else {
            CriteriaSetVersion latest = findVersion(code, existing.get(existing.size() - 1).number);
            draft.number = latest.number + 1;
            draft.emblematicMinPercent = latest.emblematicMinPercent;
            draft.emblematicRequiresCoCreation = latest.emblematicRequiresCoCreation;
            draft.goodPracticeMinPercent = latest.goodPracticeMinPercent;
            latest.criteria.forEach(c -> draft.criteria.add(c.copy()));
        }
        versions.persistAndFlush(draft);
        return CriteriaViews.version(draft, language);
    }

    @Transactional
    @RefreshesSnapshot
    public CriteriaSetVersionView replaceDraft(String code, int number, VersionContent content, ExpectedVersion expected,
                                               String user, Language language) {
        CriteriaSetVersion draft = findDraft(code, number, expected);
        draft.emblematicMinPercent = content.rule().emblematicMinPercentMet();
        draft.emblematicRequiresCoCreation = content.rule().emblematicRequiresCoCreation();
        draft.goodPracticeMinPercent = content.rule().goodPracticeMinPercentMet();
        draft.criteria.clear();
        content.criteria().forEach(input -> {
            Criterion criterion = new Criterion();
            criterion.code = input.code();
            criterion.text = NameAndDescription.of(input.name(), input.description());
            draft.criteria.add(criterion);
        });
        draft.updatedAt = Instant.now();
        draft.updatedBy = user;
        versions.flush();
        return CriteriaViews.version(draft, language);
    }

    @Transactional
    @RefreshesSnapshot
    public CriteriaSetVersionView publish(String code, int number, ExpectedVersion expected, String user, Language language) {
        CriteriaSetVersion draft = findDraft(code, number, expected);
        if (draft.criteria.isEmpty()) {
            throw Problems.of(ProblemType.INVALID_STATE,
                    "Una versión sin criterios no puede publicarse.",
                    "A version without criteria cannot be published.");
        }
        draft.status = VersionStatus.PUBLISHED;
        draft.publishedAt = Instant.now();
        draft.updatedAt = draft.publishedAt;
        draft.updatedBy = user;
        versions.flush();
        return CriteriaViews.version(draft, language);
    }

    @Transactional
    @RefreshesSnapshot
    public void deleteDraft(String code, int number, ExpectedVersion expected) {
        versions.delete(findDraft(code, number, expected));
    }

    public static VersionTag versionOf(String code, int number, long version) {
        return VersionTag.of("criteria-set", code + "/" + number, version);
    }

    private CriteriaSetVersion findDraft(String code, int number, ExpectedVersion expected) {
        CriteriaSetVersion version = findVersion(code, number);
        if (version.isPublished()) {
            throw Problems.of(ProblemType.IMMUTABLE,
                    "La versión " + number + " de '" + code + "' está publicada y no puede cambiar; "
                            + "cree una nueva versión con POST /api/v1/taxonomy/criteria-sets/" + code + "/versions.",
                    "Version " + number + " of '" + code + "' is published and cannot change; "
                            + "create a new version with POST /api/v1/taxonomy/criteria-sets/" + code + "/versions.");
        }
        expected.require(versionOf(code, number, version.version));
        return version;
    }

    private CriteriaSet findSet(String code) {
        return sets.findByCode(code).orElseThrow(() -> Problems.notFound("el conjunto de criterios", "criteria set", code));
    }

    private CriteriaSetVersion findVersion(String code, int number) {
        return versions.findWithCriteria(code, number).orElseThrow(() -> noSuchVersion(code, number));
    }

    private static RuntimeException noSuchVersion(String code, int number) {
        return Problems.of(ProblemType.NOT_FOUND,
                "No existe la versión " + number + " del conjunto de criterios '" + code + "'.",
                "There is no version " + number + " of the criteria set '" + code + "'.");
    }
}
