package org.cajaga.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.cajaga.support.ids.TimeOrderedIds;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void areVersionSevenVariantTwoAndCarryTheCurrentTime() {
        long before = System.currentTimeMillis();
        UUID id = TimeOrderedIds.next();
        long after = System.currentTimeMillis();
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
        assertThat(TimeOrderedIds.next()).isNotEqualTo(TimeOrderedIds.next());
    }
}
