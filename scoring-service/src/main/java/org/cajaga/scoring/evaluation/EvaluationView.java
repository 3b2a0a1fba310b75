package org.cajaga.scoring.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Evaluation", description = "An evaluation of a practice against a pinned criteria-set version")
public record EvaluationView(
        @Schema(example = "01936b90-1d2e-7f00-8a00-1b2c3d4e5f60") UUID id,
        @Schema(example = "01936b8e-7c1a-7d2e-9f00-3b4c5d6e7f80") UUID practiceId,
        @Schema(example = "mapeo-2022") String criteriaSet,
        @Schema(example = "1") int criteriaSetVersion,
        @Schema(description = "Who evaluated (from the token)", example = "evaluadora.demo") String evaluator,
        @Schema(example = "EXPERT_REVIEW") EvaluationKind kind,
        @Schema(example = "SUBMITTED") EvaluationStatus status,
        @Schema(description = "1 for the first; each correction adds one", example = "1") int revision,
        @Schema(description = "The submitted evaluation this revision corrects") UUID supersedes,
        @Schema(description = "Whether it counts towards the official classification (submitted expert reviews)")
        boolean counted,
        List<CriterionVerdict> verdicts,
        @Schema(description = "Version for optimistic locking; also in the ETag", example = "0") long version,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt) {

    public static EvaluationView of(Evaluation e) {
        return new EvaluationView(e.id, e.subject.practiceId(), e.subject.criteriaSet(), e.subject.criteriaSetVersion(),
                e.evaluator, e.kind, e.status, e.revision, e.supersedes, e.counted(), e.verdicts, e.version, e.createdAt,
                e.updatedAt, e.submittedAt);
    }
}
