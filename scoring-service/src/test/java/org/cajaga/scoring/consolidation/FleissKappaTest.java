package org.cajaga.scoring.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FleissKappaTest {

    /**
     * The worked example of Fleiss' kappa on Wikipedia ("Fleiss' kappa", section "Worked example"):
     * 14 raters put 10 subjects into 5 categories; P̄ = 0.378, P̄_e = 0.213, κ = 0.210.
     */
    @Test
    void reproducesTheWorkedExampleFromTheLiterature() {
        int[][] counts = {
                {0, 0, 0, 0, 14},
                {0, 2, 6, 4, 2},
                {0, 0, 3, 5, 6},
                {0, 3, 9, 2, 0},
                {2, 2, 8, 1, 1},
                {7, 7, 0, 0, 0},
                {3, 2, 6, 3, 0},
                {2, 5, 3, 2, 2},
                {6, 5, 2, 1, 0},
                {0, 2, 2, 3, 7}};

        assertThat(FleissKappa.of(counts)).hasValueCloseTo(0.2099, within(0.0001));
    }

    @Test
    void twoEvaluatorsOnTwelveCriteriaWorkedByHand() {
        // 10 criteria both MET, 1 both NOT_MET, 1 split: P̄ = 11/12; p_MET = 21/24, p_NOT = 3/24;
        // P̄_e = (441 + 9) / 576 = 0.78125; κ = (0.916667 − 0.78125) / 0.21875 = 0.619048
        int[][] counts = new int[12][];
        for (int i = 0; i < 10; i++) {
            counts[i] = new int[] {2, 0};
        }
        counts[10] = new int[] {0, 2};
        counts[11] = new int[] {1, 1};

        assertThat(FleissKappa.of(counts)).hasValueCloseTo(0.619048, within(0.000001));
    }

    @Test
    void isUndefinedWithOneRaterOrWhenEveryRatingIsTheSame() {
        assertThat(FleissKappa.of(new int[][] {{1, 0}, {0, 1}})).isEmpty();
        assertThat(FleissKappa.of(new int[][] {{3, 0}, {3, 0}})).isEmpty();
        assertThat(FleissKappa.of(new int[0][])).isEmpty();
    }

    @Test
    void refusesSubjectsRatedByDifferentNumbersOfRaters() {
        assertThatThrownBy(() -> FleissKappa.of(new int[][] {{2, 0}, {1, 0}})).isInstanceOf(IllegalArgumentException.class);
    }
}
