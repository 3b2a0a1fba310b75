package org.cajaga.scoring.stats;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Agreement between expert evaluators over all practices with two or more expert evaluations")
public record AgreementSummary(
        @Schema(example = "41") long practices,
        @Schema(description = "Mean of the practices' Fleiss' kappa (where defined)", example = "0.6120") BigDecimal meanKappa,
        @Schema(description = "Mean percent of evaluations giving the majority verdict", example = "91.46") BigDecimal meanAgreementPercent,
        @Schema(description = "Practices waiting for a deciding review", example = "2") long awaitingDecision) {
}
