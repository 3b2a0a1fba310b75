package org.cajaga.support.json;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * A JSON value of the wrong shape (text for a list, a number for text...) becomes a problem, which
 * {@link JsonBodyProblems} then words; Quarkus' own mapper for this exception answers an empty 400.
 */
@Provider
public class MismatchedInputMapper extends ExceptionMapperBase<MismatchedInputException> {

    @Override
    protected HttpProblem toProblem(MismatchedInputException exception) {
        return HttpProblem.valueOf(Response.Status.BAD_REQUEST);
    }
}
