package org.cajaga.taxonomy.sdg;

import java.util.List;
import org.cajaga.core.i18n.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Localized representations of the SDG reference data. */
public final class SdgViews {

    private SdgViews() {
    }

    @Schema(name = "SdgGoal", description = "A Sustainable Development Goal")
    public record Goal(
            @Schema(example = "5") int number,
            @Schema(description = "Official title", example = "Lograr la igualdad entre los géneros y empoderar a todas las mujeres y las niñas")
            String title,
            @Schema(description = "Short name", example = "Igualdad de Género") String shortTitle) {

        static Goal of(SdgGoal goal, Language language) {
            return new Goal(goal.number, language == Language.EN ? goal.titleEn : goal.titleEs,
                    language == Language.EN ? goal.shortEn : goal.shortEs);
        }
    }

    @Schema(name = "SdgTarget", description = "A target of an SDG; `indicators` only when one target is read")
    public record Target(
            @Schema(description = "UN code", example = "5.5") String code,
            @Schema(description = "Goal number", example = "5") int goal,
            String title,
            List<Indicator> indicators) {

        static Target of(SdgTarget target, Language language, List<Indicator> indicators) {
            return new Target(target.code, target.goalNumber,
                    language == Language.EN ? target.titleEn : target.titleEs, indicators);
        }
    }

    @Schema(name = "SdgIndicator", description = "A global indicator of an SDG target")
    public record Indicator(
            @Schema(example = "5.5.1") String code,
            @Schema(example = "5.5") String target,
            String title) {

        static Indicator of(SdgIndicator indicator, Language language) {
            return new Indicator(indicator.code, indicator.targetCode,
                    language == Language.EN ? indicator.titleEn : indicator.titleEs);
        }
    }

    /** How pages of goals and targets are documented; the answers themselves are {@code Page<...>}. */
    @Schema(name = "SdgGoalPage", description = "One page of goals in order")
    public record GoalPage(
            @Schema(description = "Items of this page") List<Goal> items,
            @Schema(description = "Cursor for the next page; absent on the last page", example = "MTA") String next) {
    }

    @Schema(name = "SdgTargetPage", description = "One page of targets in UN order, without their indicators")
    public record TargetPage(
            @Schema(description = "Items of this page") List<Target> items,
            @Schema(description = "Cursor for the next page; absent on the last page", example = "NDI") String next) {
    }
}
