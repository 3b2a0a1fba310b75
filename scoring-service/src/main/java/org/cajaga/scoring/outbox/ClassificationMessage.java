package org.cajaga.scoring.outbox;

import java.time.Instant;
import java.util.UUID;
import org.cajaga.scoring.consolidation.Classification;

/** The body of practices-service's {@code PUT /api/v1/practices/{id}/classification}. */
public record ClassificationMessage(Classification classification, String criteriaSet, int criteriaSetVersion,
                                    UUID evaluationId, Instant decidedAt) {
}
