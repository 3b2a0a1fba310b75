package org.cajaga.support.geography;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SizeClassTest {

    @Test
    void theBandsMeetWithoutGapsAtTheirLimits() {
        assertThat(SizeClass.of(0L)).contains(SizeClass.RURAL);
        assertThat(SizeClass.of(14_999L)).contains(SizeClass.RURAL);
        assertThat(SizeClass.of(15_000L)).contains(SizeClass.SEMI_URBAN);
        assertThat(SizeClass.of(99_999L)).contains(SizeClass.SEMI_URBAN);
        assertThat(SizeClass.of(100_000L)).contains(SizeClass.URBAN);
        assertThat(SizeClass.of(999_999L)).contains(SizeClass.URBAN);
        assertThat(SizeClass.of(1_000_000L)).contains(SizeClass.METROPOLITAN);
        assertThat(SizeClass.of(1_385_629L)).contains(SizeClass.METROPOLITAN);
    }

    @Test
    void anUnknownPopulationHasNoClass() {
        assertThat(SizeClass.of(null)).isEmpty();
    }
}
