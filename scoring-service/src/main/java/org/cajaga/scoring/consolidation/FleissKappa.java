package org.cajaga.scoring.consolidation;

import java.util.OptionalDouble;

/**
 * Fleiss' kappa (Fleiss 1971) for N subjects, each rated by the same n raters into k categories.
 *
 * <pre>
 * counts[i][j] = raters who put subject i in category j        (each row sums to n)
 * P_i  = (Σ_j counts[i][j]² − n) / (n (n − 1))                  agreement on subject i
 * P̄    = (1/N) Σ_i P_i                                          observed agreement
 * p_j  = (1/(N n)) Σ_i counts[i][j]                             share of all ratings in category j
 * P̄_e  = Σ_j p_j²                                               agreement expected by chance
 * κ    = (P̄ − P̄_e) / (1 − P̄_e)
 * </pre>
 *
 * Here the subjects are the criteria of a version, the raters the expert evaluations and the
 * categories MET / NOT_MET. κ is undefined (empty) with fewer than two raters, and when every rating
 * falls in one category (P̄_e = 1): agreement is then total, but nothing can be said beyond chance.
 */
public final class FleissKappa {

    private FleissKappa() {
    }

    public static OptionalDouble of(int[][] counts) {
        int subjects = counts.length;
        if (subjects == 0) {
            return OptionalDouble.empty();
        }
        int categories = counts[0].length;
        int raters = sum(counts[0]);
        if (raters < 2) {
            return OptionalDouble.empty();
        }
        double observed = 0;
        double[] share = new double[categories];
        for (int[] row : counts) {
            if (row.length != categories || sum(row) != raters) {
                throw new IllegalArgumentException("every subject needs the same number of ratings");
            }
            long squares = 0;
            for (int j = 0; j < categories; j++) {
                squares += (long) row[j] * row[j];
                share[j] += row[j];
            }
            observed += (double) (squares - raters) / ((double) raters * (raters - 1));
        }
        observed /= subjects;
        double expected = 0;
        for (double total : share) {
            double p = total / ((double) subjects * raters);
            expected += p * p;
        }
        if (expected >= 1.0 - 1e-12) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((observed - expected) / (1 - expected));
    }

    private static int sum(int[] row) {
        int total = 0;
        for (int value : row) {
            total += value;
        }
        return total;
    }
}
