package org.cajaga.taxonomy.criteria;

import java.math.BigDecimal;
import java.util.List;
import org.cajaga.core.i18n.Language;

/** Turns criteria entities into the localized representations the API returns. */
final class CriteriaViews {

    private CriteriaViews() {
    }

    static CriteriaSetView set(CriteriaSet set, List<CriteriaSetVersion> versions, Language language) {
        Integer current = versions.stream().filter(CriteriaSetVersion::isPublished)
                .map(v -> v.number).max(Integer::compare).orElse(null);
        return new CriteriaSetView(set.code, set.text.name(language), set.text.description(language), current, versions.stream().map(VersionSummary::of).toList(), set.version);
    }

    static CriteriaSetVersionView version(CriteriaSetVersion version, Language language) {
        List<CriterionView> criteria = version.criteria.stream()
                .map(c -> new CriterionView(c.code, c.text.name(language), c.text.description(language)))
                .toList();
        return new CriteriaSetVersionView(version.criteriaSet.code, version.number, version.status,
                version.publishedAt, criteria, rule(version, language), version.version, version.updatedAt);
    }

    static ClassificationRule rule(CriteriaSetVersion version, Language language) {
        return new ClassificationRule(version.criteria.size(), List.of(
                new ClassificationRule.ClassRequirement("EMBLEMATIC", version.emblematicMinPercent,
                        version.emblematicRequiresCoCreation),
                new ClassificationRule.ClassRequirement("GOOD_PRACTICE", version.goodPracticeMinPercent, false),
                new ClassificationRule.ClassRequirement("NOT_CLASSIFIED", BigDecimal.ZERO, false)),
                language == Language.EN ? ClassificationRule.HOW_TO_APPLY_EN : ClassificationRule.HOW_TO_APPLY_ES);
    }
}
