package org.cajaga.scoring.consolidation;

import java.util.Map;
import java.util.UUID;
import org.cajaga.scoring.evaluation.Verdict;

/** One submitted expert evaluation as consolidation sees it: a verdict per criterion code. */
public record Ballot(UUID evaluationId, Map<String, Verdict> verdicts) {
}
