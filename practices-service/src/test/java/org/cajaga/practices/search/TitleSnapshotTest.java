package org.cajaga.practices.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Type-ahead's titles in memory: what a snapshot kept up change after change answers is what one read whole answers. */
class TitleSnapshotTest {

    private static final List<String> WORDS = List.of("presupuesto", "participativo", "prensa", "cabildo", "abierto",
            "agua", "¿como", "datos", "pres", "en", "colonias", "p");
    private static final List<String> PREFIXES = List.of("p", "pr", "pre", "pres", "presu", "a", "ab", "ag", "c", "co",
            "como", "d", "e", "en", "en c", "z", "participativo en", "¿");

    @Test
    void startsAndWordStartsComeInOrder() {
        TitleSnapshot.Title second = title(2, "presupuesto participativo en colonias", "08019");
        TitleSnapshot.Title first = title(1, "cabildo abierto: ¿como participar?", "08019");
        TitleSnapshot.Title third = title(3, "presupuesto abierto", "20067");
        TitleSnapshot snapshot = TitleSnapshot.of(List.of(second, first, third));

        assertThat(snapshot.starting("presupuesto", 8)).containsExactly(third, second);
        assertThat(snapshot.starting("presupuesto", 1)).containsExactly(third);
        assertThat(snapshot.wordsStarting("abierto", 8)).extracting(TitleSnapshot.WordMatch::title).containsExactly(third, first);
        assertThat(snapshot.wordsStarting("como", 8)).extracting(TitleSnapshot.WordMatch::tail).containsExactly("como participar?");
        assertThat(snapshot.wordsStarting("participa", 8)).extracting(TitleSnapshot.WordMatch::tail)
                .containsExactly("participar?", "participativo en colonias");
        assertThat(snapshot.wordsStarting("presupuesto", 8)).isEmpty();
        assertThat(snapshot.hasPublished("municipality", "08019")).isTrue();
        assertThat(snapshot.hasPublished("state", "20")).isTrue();
        assertThat(snapshot.hasPublished("state", "21")).isFalse();

        TitleSnapshot after = snapshot.with(List.of(title(1, "datos abiertos", "08019")), List.of(third.id()));
        assertThat(after.starting("presupuesto", 8)).containsExactly(second);
        assertThat(after.wordsStarting("abierto", 8)).extracting(TitleSnapshot.WordMatch::tail).containsExactly("abiertos");
        assertThat(after.hasPublished("state", "20")).isFalse();
        assertThat(after.hasPublished("state", "08")).isTrue();
        assertThat(snapshot.starting("presupuesto", 8)).containsExactly(third, second);
    }

    @Test
    void changesMergedOneAfterAnotherAnswerAsAFreshRead() {
        Random random = new Random(20261202L);
        Map<UUID, TitleSnapshot.Title> published = new HashMap<>();
        TitleSnapshot kept = TitleSnapshot.of(List.of());
        for (int round = 0; round < 200; round++) {
            List<TitleSnapshot.Title> changed = new ArrayList<>();
            List<UUID> removed = new ArrayList<>();
            for (int change = random.nextInt(6); change >= 0; change--) {
                int n = random.nextInt(60);
                UUID id = new UUID(0, n);
                if (random.nextInt(4) == 0) {
                    removed.add(id);
                    published.remove(id);
                    changed.removeIf(title -> title.id().equals(id));
                } else {
                    TitleSnapshot.Title title = title(n, randomTitle(random), random.nextBoolean() ? "08019" : "20067");
                    changed.removeIf(before -> before.id().equals(id));
                    removed.remove(id);
                    changed.add(title);
                    published.put(id, title);
                }
            }
            kept = kept.with(changed, removed);
            TitleSnapshot fresh = TitleSnapshot.of(published.values());
            assertThat(kept.size()).isEqualTo(published.size());
            assertThat(kept.wordCount()).isEqualTo(fresh.wordCount());
            for (String prefix : PREFIXES) {
                assertThat(kept.starting(prefix, 100)).isEqualTo(fresh.starting(prefix, 100))
                        .isEqualTo(published.values().stream().filter(title -> title.folded().startsWith(prefix))
                                .sorted(Comparator.comparing(TitleSnapshot.Title::folded).thenComparing(TitleSnapshot.Title::id))
                                .toList());
                assertThat(kept.wordsStarting(prefix, 500)).isEqualTo(fresh.wordsStarting(prefix, 500));
                assertThat(kept.wordsStarting(prefix, 500)).allMatch(word -> word.tail().startsWith(prefix))
                        .isSortedAccordingTo(Comparator.comparing(TitleSnapshot.WordMatch::tail));
            }
            for (String state : List.of("08", "20")) {
                assertThat(kept.hasPublished("state", state))
                        .isEqualTo(published.values().stream().anyMatch(title -> title.state().equals(state)));
            }
        }
    }

    private static String randomTitle(Random random) {
        List<String> words = new ArrayList<>();
        for (int n = 1 + random.nextInt(5); n > 0; n--) {
            words.add(WORDS.get(random.nextInt(WORDS.size())));
        }
        return String.join(random.nextBoolean() ? " " : ", ", words);
    }

    private static TitleSnapshot.Title title(int n, String folded, String municipality) {
        return new TitleSnapshot.Title(new UUID(0, n), folded.toUpperCase(), folded, municipality.substring(0, 2),
                List.of(municipality));
    }
}
