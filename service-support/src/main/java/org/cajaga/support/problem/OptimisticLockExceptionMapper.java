package org.cajaga.support.problem;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ext.Provider;
import org.cajaga.core.problem.ProblemType;

/** Two writers raced on the same version: the second learns it lost, as a 409 problem. */
@Provider
public class OptimisticLockExceptionMapper extends ExceptionMapperBase<OptimisticLockException> {

    @Override
    protected HttpProblem toProblem(OptimisticLockException exception) {
        return Problems.of(ProblemType.CONCURRENT_UPDATE,
                "Otra persona modificó este recurso al mismo tiempo. Vuelva a leerlo y repita el cambio.",
                "Someone else changed this resource at the same time. Read it again and repeat the change.");
    }
}
