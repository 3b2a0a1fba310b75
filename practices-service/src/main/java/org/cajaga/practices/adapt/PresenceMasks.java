package org.cajaga.practices.adapt;

/**
 * What a municipality already has, as suggestions test it: a practice with principles P and SDG goals G is present
 * when a published practice of the municipality has all of P and one of G (all of P when G is empty). Over the
 * toolbox's four principles there are 16 sets P, so the municipality's practices reduce to 16 masks, one per set:
 * the goals of its practices that have all of P, plus {@link #NO_GOALS} when there is one. A practice is then present
 * exactly when its presence bits (its goals, or {@link #NO_GOALS} when it has none) share a bit with the mask of its
 * principle bits. The bits are those of migration V13 ({@code cajaga_principle_bits}, {@code cajaga_presence_bits}).
 */
final class PresenceMasks {

    /** The bit a practice without goals shows, and a mask holds when some practice has all of its principles. */
    static final int NO_GOALS = 1 << 17;
    private static final int PRINCIPLE_SETS = 16;

    private PresenceMasks() {
    }

    /** The 16 masks, indexed by principle bits, of practices given as their principle bits and presence bits. */
    static Integer[] of(int[] principleBits, int[] presenceBits) {
        Integer[] masks = new Integer[PRINCIPLE_SETS];
        for (int set = 0; set < PRINCIPLE_SETS; set++) {
            int mask = 0;
            for (int practice = 0; practice < principleBits.length; practice++) {
                if ((principleBits[practice] & set) == set) {
                    mask |= presenceBits[practice] | NO_GOALS;
                }
            }
            masks[set] = mask;
        }
        return masks;
    }
}
