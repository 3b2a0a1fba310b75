package org.cajaga.scoring.criteria;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cajaga.core.i18n.Language;
import org.cajaga.scoring.config.ScoringConfig;

/**
 * taxonomy-service's lessons learned with the criteria each helps meet, per language. Curators may edit them, so a
 * language's lessons are kept for {@code cajaga.scoring.lessons-kept} and then read again.
 */
@ApplicationScoped
public class LessonCatalogue {

    /** Lessons asked for per call; taxonomy-service serves at most this many per page. */
    static final int PAGE_SIZE = 200;

    private final Map<Language, Kept> kept = new ConcurrentHashMap<>();

    @Inject
    GuardedTaxonomyClient taxonomy;

    @Inject
    ScoringConfig config;

    InstantSource clock = InstantSource.system();

    /** Every lesson in curator order, named in {@code language}; fails when taxonomy-service cannot be read. */
    public List<LessonPage.Lesson> lessons(Language language) {
        Instant now = clock.instant();
        Kept known = kept.get(language);
        if (known != null && now.isBefore(known.readAt().plus(config.lessonsKept()))) {
            return known.lessons();
        }
        List<LessonPage.Lesson> lessons = new ArrayList<>();
        String cursor = null;
        do {
            LessonPage page = taxonomy.lessons(PAGE_SIZE, cursor, language.tag());
            lessons.addAll(page.items());
            cursor = page.next();
        } while (cursor != null);
        List<LessonPage.Lesson> read = List.copyOf(lessons);
        kept.put(language, new Kept(read, now));
        return read;
    }

    private record Kept(List<LessonPage.Lesson> lessons, Instant readAt) {
    }
}
