package org.cajaga.taxonomy.sdg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cajaga.core.i18n.Language;
import org.cajaga.support.paging.Cursor;
import org.cajaga.support.paging.Page;
import org.cajaga.support.paging.PageParams;
import org.cajaga.support.problem.Problems;

@ApplicationScoped
public class SdgService {

    /** The edition of the SDG texts loaded by migration (composed, NFC, since V4__text_in_nfc); part of every SDG ETag. */
    public static final String DATA_EDITION = "open-sdg-0cda585-nfc";

    @Inject
    SdgRepository sdg;

    public Page<SdgViews.Goal> goals(PageParams paging, Language language) {
        int limit = paging.limit();
        int after = paging.cursor(1).map(c -> c.intKey(0)).orElse(0);
        return Page.from(sdg.goalsAfter(after, limit + 1), limit,
                goal -> Cursor.of(String.valueOf(goal.number)), goal -> SdgViews.Goal.of(goal, language));
    }

    public SdgViews.Goal goal(int number, Language language) {
        return sdg.goal(number).map(goal -> SdgViews.Goal.of(goal, language))
                .orElseThrow(() -> Problems.notFound("el ODS", "SDG", number));
    }

    public Page<SdgViews.Target> targets(Integer goal, PageParams paging, Language language) {
        if (goal != null) {
            goal(goal, language);
        }
        int limit = paging.limit();
        int after = paging.cursor(1).map(c -> c.intKey(0)).orElse(-1);
        return Page.from(sdg.targetsAfter(goal, after, limit + 1), limit,
                target -> Cursor.of(String.valueOf(target.position)),
                target -> SdgViews.Target.of(target, language, null));
    }

    public SdgViews.Target target(String code, Language language) {
        SdgTarget target = sdg.target(code).orElseThrow(() -> Problems.notFound("la meta ODS", "SDG target", code));
        return SdgViews.Target.of(target, language,
                sdg.indicatorsOf(code).stream().map(i -> SdgViews.Indicator.of(i, language)).toList());
    }

    public SdgViews.Indicator indicator(String code, Language language) {
        return sdg.indicator(code).map(i -> SdgViews.Indicator.of(i, language))
                .orElseThrow(() -> Problems.notFound("el indicador ODS", "SDG indicator", code));
    }
}
