package org.cajaga.practices.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PresenceMasksTest {

    private static final int TRANSPARENCY = 1;
    private static final int ACCOUNTABILITY = 1 << 1;
    private static final int GOAL_6 = 1 << 5;
    private static final int GOAL_16 = 1 << 15;

    @Test
    void eachSetOfPrinciplesGetsTheGoalsOfThePracticesThatHaveAllOfIt() {
        Integer[] masks = PresenceMasks.of(new int[] {TRANSPARENCY, TRANSPARENCY | ACCOUNTABILITY},
                new int[] {GOAL_6, GOAL_16});

        assertThat(masks).hasSize(16);
        // no principle: both practices have all of it
        assertThat(masks[0]).isEqualTo(GOAL_6 | GOAL_16 | PresenceMasks.NO_GOALS);
        assertThat(masks[TRANSPARENCY]).isEqualTo(GOAL_6 | GOAL_16 | PresenceMasks.NO_GOALS);
        assertThat(masks[ACCOUNTABILITY]).isEqualTo(GOAL_16 | PresenceMasks.NO_GOALS);
        assertThat(masks[TRANSPARENCY | ACCOUNTABILITY]).isEqualTo(GOAL_16 | PresenceMasks.NO_GOALS);
        // a set no practice has all of: nothing is present
        assertThat(masks[1 << 2]).isZero();
        assertThat(masks[15]).isZero();
    }

    @Test
    void aPracticeWithoutGoalsIsPresentWhenSomePracticeHasAllOfItsPrinciples() {
        Integer[] masks = PresenceMasks.of(new int[] {TRANSPARENCY}, new int[] {GOAL_6});

        assertThat(PresenceMasks.NO_GOALS & masks[TRANSPARENCY]).isNotZero();
        assertThat(PresenceMasks.NO_GOALS & masks[ACCOUNTABILITY]).isZero();
    }

    @Test
    void withoutPracticesNothingIsPresent() {
        assertThat(PresenceMasks.of(new int[0], new int[0])).containsOnly(0);
    }
}
