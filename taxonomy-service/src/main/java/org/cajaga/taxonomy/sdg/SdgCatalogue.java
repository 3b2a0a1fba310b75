package org.cajaga.taxonomy.sdg;

import jakarta.ws.rs.core.EntityTag;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cajaga.core.i18n.Language;
import org.cajaga.support.http.EntityTags;
import org.cajaga.support.paging.Cursor;
import org.cajaga.support.paging.Page;
import org.cajaga.support.paging.PageParams;
import org.cajaga.support.problem.Problems;
import org.cajaga.taxonomy.i18n.Localized;

/**
 * The SDG goals, targets and indicators as the reads serve them, each view and ETag made once per language.
 * Immutable; part of the in-memory taxonomy snapshot.
 */
public final class SdgCatalogue {

    /** The edition of the SDG texts loaded by migration (composed, NFC, since V4__text_in_nfc); part of every SDG ETag. */
    public static final String DATA_EDITION = "open-sdg-0cda585-nfc";

    /** A view with the ETag of its own answer, both per language. */
    record Item<T>(Localized<T> views, Localized<EntityTag> tags) {

        static <T> Item<T> of(String identity, Function<Language, T> view) {
            return new Item<>(Localized.of(view),
                    Localized.of(language -> EntityTags.of(identity, DATA_EDITION, language)));
        }
    }

    private record Goal(int number, Item<SdgViews.Goal> item) {
    }

    /** A target as lists show it (without indicators) and as its own answer (with them). */
    private record Target(int position, int goal, Localized<SdgViews.Target> listed, Item<SdgViews.Target> item) {
    }

    private final List<Goal> goals;
    private final Map<Integer, Goal> goalsByNumber;
    private final List<Target> targets;
    private final Map<String, Target> targetsByCode;
    private final Map<String, Item<SdgViews.Indicator>> indicators;

    private SdgCatalogue(Collection<SdgGoal> goals, Collection<SdgTarget> targets, Collection<SdgIndicator> indicators) {
        this.goals = goals.stream().sorted(Comparator.comparingInt(goal -> goal.number))
                .map(goal -> new Goal(goal.number, Item.of("goal/" + goal.number, language -> SdgViews.Goal.of(goal, language))))
                .toList();
        goalsByNumber = this.goals.stream().collect(Collectors.toUnmodifiableMap(Goal::number, Function.identity()));
        Map<String, List<SdgIndicator>> indicatorsOf = indicators.stream()
                .sorted(Comparator.comparingInt(indicator -> indicator.position))
                .collect(Collectors.groupingBy(indicator -> indicator.targetCode));
        this.targets = targets.stream().sorted(Comparator.comparingInt(target -> target.position))
                .map(target -> new Target(target.position, target.goalNumber,
                        Localized.of(language -> SdgViews.Target.of(target, language, null)),
                        Item.of("target/" + target.code, language -> SdgViews.Target.of(target, language,
                                indicatorsOf.getOrDefault(target.code, List.of()).stream()
                                        .map(indicator -> SdgViews.Indicator.of(indicator, language)).toList()))))
                .toList();
        targetsByCode = this.targets.stream()
                .collect(Collectors.toUnmodifiableMap(target -> target.listed().es().code(), Function.identity()));
        this.indicators = indicators.stream().collect(Collectors.toUnmodifiableMap(indicator -> indicator.code,
                indicator -> Item.of("indicator/" + indicator.code,
                        language -> SdgViews.Indicator.of(indicator, language))));
    }

    public static SdgCatalogue of(Collection<SdgGoal> goals, Collection<SdgTarget> targets,
                                  Collection<SdgIndicator> indicators) {
        return new SdgCatalogue(goals, targets, indicators);
    }

    Page<SdgViews.Goal> goals(PageParams paging, Language language) {
        int limit = paging.limit();
        int after = paging.cursor(1).map(c -> c.intKey(0)).orElse(0);
        List<Goal> following = goals.stream().filter(goal -> goal.number() > after).limit(limit + 1L).toList();
        return Page.from(following, limit, goal -> Cursor.of(String.valueOf(goal.number())),
                goal -> goal.item().views().in(language));
    }

    Item<SdgViews.Goal> goal(int number) {
        return Optional.ofNullable(goalsByNumber.get(number)).map(Goal::item)
                .orElseThrow(() -> Problems.notFound("el ODS", "SDG", number));
    }

    /** Targets in UN order (1.1 … 1.5, 1.a, 1.b, 2.1 …), of one goal when {@code goal} is given (404 if unknown). */
    Page<SdgViews.Target> targets(Integer goal, PageParams paging, Language language) {
        if (goal != null) {
            goal(goal);
        }
        int limit = paging.limit();
        int after = paging.cursor(1).map(c -> c.intKey(0)).orElse(-1);
        List<Target> following = targets.stream()
                .filter(target -> target.position() > after && (goal == null || target.goal() == goal))
                .limit(limit + 1L).toList();
        return Page.from(following, limit, target -> Cursor.of(String.valueOf(target.position())),
                target -> target.listed().in(language));
    }

    Item<SdgViews.Target> target(String code) {
        return Optional.ofNullable(targetsByCode.get(code)).map(Target::item)
                .orElseThrow(() -> Problems.notFound("la meta ODS", "SDG target", code));
    }

    Item<SdgViews.Indicator> indicator(String code) {
        return Optional.ofNullable(indicators.get(code))
                .orElseThrow(() -> Problems.notFound("el indicador ODS", "SDG indicator", code));
    }

    /** Whether there is a goal with this number. */
    public boolean hasGoal(int number) {
        return goalsByNumber.containsKey(number);
    }

    /** Whether there is a target with this code. */
    public boolean hasTarget(String code) {
        return targetsByCode.containsKey(code);
    }
}
