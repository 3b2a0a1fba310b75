package org.cajaga.scoring.gap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the criteria met are read from. */
@Schema(name = "GapBasis", description = "SELF_ASSESSMENT: the verdicts of the submitted self-assessment itself; CONSOLIDATED_SCORE: the "
        + "consolidated verdicts of the practice's expert reviews under the evaluation's version")
public enum GapBasis {
    SELF_ASSESSMENT,
    CONSOLIDATED_SCORE
}
