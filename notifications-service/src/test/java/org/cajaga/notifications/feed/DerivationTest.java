package org.cajaga.notifications.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.cajaga.notifications.event.EventType;
import org.cajaga.notifications.event.PracticeFacts;
import org.junit.jupiter.api.Test;

/** Events are the differences between a feed entry and what was stored; nothing newer means no event. */
class DerivationTest {

    private static final UUID ID = UUID.fromString("01936b8e-7c1a-7d2e-9f00-3b4c5d6e7f80");
    private static final Instant T0 = Instant.parse("2026-01-31T12:00:00Z");

    @Test
    void firstSeenOrPublicAgainIsPublished() {
        assertThat(Derivation.of(null, item(1, "a", "PENDING"))).containsExactly(EventType.PUBLISHED);
        PracticeState withdrawn = stored(2, "a", "PENDING", false);
        assertThat(Derivation.of(withdrawn, item(4, "a", "PENDING"))).containsExactly(EventType.PUBLISHED);
    }

    @Test
    void contentAndClassificationChangesAreTold() {
        PracticeState stored = stored(2, "a", "PENDING", true);
        assertThat(Derivation.of(stored, item(3, "b", "PENDING"))).containsExactly(EventType.UPDATED);
        assertThat(Derivation.of(stored, item(3, "a", "GOOD_PRACTICE"))).containsExactly(EventType.CLASSIFIED);
        assertThat(Derivation.of(stored, item(4, "b", "GOOD_PRACTICE")))
                .containsExactly(EventType.UPDATED, EventType.CLASSIFIED);
    }

    @Test
    void anEntryReadAgainMeansNothing() {
        PracticeState stored = stored(3, "a", "PENDING", true);
        assertThat(Derivation.of(stored, item(3, "a", "PENDING"))).isEmpty();
        assertThat(Derivation.of(stored, item(2, "z", "EMBLEMATIC"))).isEmpty();
        PracticeState removed = stored(3, "a", "PENDING", false);
        assertThat(Derivation.of(removed, new FeedEntry.Removal(ID, "WITHDRAWN", T0.plusSeconds(5)))).isEmpty();
    }

    @Test
    void removalsOfPublicRecordsAreWithdrawnOrArchived() {
        PracticeState stored = stored(3, "a", "PENDING", true);
        assertThat(Derivation.of(stored, new FeedEntry.Removal(ID, "WITHDRAWN", T0.plusSeconds(1))))
                .containsExactly(EventType.WITHDRAWN);
        assertThat(Derivation.of(stored, new FeedEntry.Removal(ID, "ARCHIVED", T0.plusSeconds(1))))
                .containsExactly(EventType.ARCHIVED);
        assertThat(Derivation.of(stored, new FeedEntry.Removal(ID, "WITHDRAWN", T0.minusSeconds(1)))).isEmpty();
        assertThat(Derivation.of(null, new FeedEntry.Removal(ID, "ARCHIVED", T0))).isEmpty();
    }

    private static FeedEntry.Item item(long version, String content, String classification) {
        return new FeedEntry.Item(ID, version, T0.plusSeconds(version), content,
                new PracticeFacts("08", new String[] {"08019"}, new String[] {"PARTICIPATION"}, classification));
    }

    private static PracticeState stored(long version, String content, String classification, boolean isPublic) {
        PracticeState state = new PracticeState();
        state.id = ID;
        state.version = version;
        state.contentHash = content;
        state.classification = classification;
        state.isPublic = isPublic;
        state.changedAt = T0;
        return state;
    }
}
