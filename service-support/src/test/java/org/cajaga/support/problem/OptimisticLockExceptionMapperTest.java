package org.cajaga.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;

class OptimisticLockExceptionMapperTest {

    @Test
    void aLostRaceBecomesAConcurrentUpdateConflict() {
        HttpProblem problem = new OptimisticLockExceptionMapper().toProblem(
                new OptimisticLockException("Row was updated or deleted by another transaction: org.cajaga.Secret#1"));
        assertThat(problem.getStatusCode()).isEqualTo(409);
        assertThat(problem.getType()).hasToString("https://cajaga.mx/problems/concurrent-update");
        assertThat(problem.getTitle()).isEqualTo("Otro cambio se guardó antes");
        assertThat(problem.getDetail()).doesNotContain("org.cajaga").doesNotContain("transaction");
    }
}
