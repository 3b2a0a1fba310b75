package org.cajaga.support.geography;

import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A municipality's size by its 2020 census population (INEGI). The bands are the project's choice, not
 * INEGI's: rural below 15,000 inhabitants, semi-urban 15,000–99,999, urban 100,000–999,999 and metropolitan
 * from 1,000,000. The constants are in size order, so neighbouring constants are the nearest classes.
 * taxonomy-service assigns them; practices-service keeps a copy per municipality.
 */
@Schema(description = "Size class by 2020 census population (bands chosen by the project, not INEGI's): RURAL < 15,000; "
        + "SEMI_URBAN 15,000–99,999; URBAN 100,000–999,999; METROPOLITAN ≥ 1,000,000")
public enum SizeClass {
    RURAL(0, 15_000),
    SEMI_URBAN(15_000, 100_000),
    URBAN(100_000, 1_000_000),
    METROPOLITAN(1_000_000, Long.MAX_VALUE);

    private final long from;
    private final long below;

    SizeClass(long from, long below) {
        this.from = from;
        this.below = below;
    }

    /** The class of a population; empty when the population is unknown (a municipality created after 2020). */
    public static Optional<SizeClass> of(Long population) {
        return population == null ? Optional.empty()
                : Arrays.stream(values()).filter(c -> population >= c.from && population < c.below).findFirst();
    }

    /** The smallest population of the class. */
    public long from() {
        return from;
    }

    /** The smallest population above the class. */
    public long below() {
        return below;
    }
}
