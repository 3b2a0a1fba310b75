package org.cajaga.support.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import org.cajaga.core.i18n.Language;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.support.i18n.CurrentLanguage;
import org.cajaga.support.problem.Problems;

/**
 * A body that is not JSON, or whose values have the wrong type, is a 400 problem in the caller's
 * language that points at the field (its path and a JSON Pointer) and says what was expected, without
 * the parser's own words or any class name. The library maps Jackson's exceptions; this replaces what
 * its mappers say.
 */
@Singleton
public class JsonBodyProblems implements ProblemPostProcessor {

    /** Before the library's own post-processors, which add the request id to what this one returns. */
    private static final int BEFORE_OTHERS = 1000;

    void register(@Observes StartupEvent started) {
        ExceptionMapperBase.postProcessorsRegistry.register(this);
    }

    @Override
    public int priority() {
        return BEFORE_OTHERS;
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        JsonProcessingException unreadable = jsonCause(context.cause);
        if (unreadable == null) {
            return problem;
        }
        HttpProblem.Builder own = HttpProblem.builder(toProblem(unreadable));
        if (problem.getInstance() != null) {
            own.withInstance(problem.getInstance());
        }
        return own.build();
    }

    /** The JSON exception behind a failure, also when the REST layer wrapped it. */
    private static JsonProcessingException jsonCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return json;
            }
        }
        return null;
    }

    private static HttpProblem toProblem(JsonProcessingException exception) {
        if (!(exception instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            if (exception instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                ExpectedValue expected = ExpectedValue.of(mismatch.getTargetType());
                return Problems.of(ProblemType.MALFORMED, "El cuerpo debe ser " + expected.spanish() + ".",
                        "The body must be " + expected.english() + ".");
            }
            JsonLocation at = exception.getLocation();
            String where = at == null ? "" : " (" + at.getLineNr() + ":" + at.getColumnNr() + ")";
            return Problems.of(ProblemType.MALFORMED, "El cuerpo no es JSON válido" + where + ".",
                    "The body is not valid JSON" + where + ".");
        }
        FieldPath field = FieldPath.of(mapping.getPath());
        Message message = message(mapping, field);
        String localized = CurrentLanguage.get() == Language.EN ? message.english() : message.spanish();
        return Problems.malformedBody(message.spanish(), message.english(),
                List.of(new Problems.Violation(field.dotted(), localized)));
    }

    private record Message(String spanish, String english) {
    }

    private static Message message(JsonMappingException exception, FieldPath field) {
        String name = "'" + field.dotted() + "'";
        if (exception instanceof UnrecognizedPropertyException) {
            return new Message("El campo " + name + " no existe en este recurso.", "There is no field " + name + " here.");
        }
        if (exception instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            if (StrictText.NUL_MESSAGE.equals(invalid.getOriginalMessage())) {
                return new Message("El campo " + name + " no puede contener el carácter NUL.",
                        "The field " + name + " cannot contain the NUL character.");
            }
            ExpectedValue expected = ExpectedValue.of(invalid.getTargetType());
            return new Message("El campo " + name + " debe ser " + expected.spanish() + ".",
                    "The field " + name + " must be " + expected.english() + ".");
        }
        if (exception instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            ExpectedValue expected = ExpectedValue.of(mismatch.getTargetType());
            return new Message("El campo " + name + " debe ser " + expected.spanish() + ".",
                    "The field " + name + " must be " + expected.english() + ".");
        }
        return new Message("El campo " + name + " tiene un valor no válido.", "The field " + name + " has an invalid value.");
    }
}
