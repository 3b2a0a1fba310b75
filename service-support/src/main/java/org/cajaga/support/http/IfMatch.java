package org.cajaga.support.http;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.cajaga.support.problem.Problems;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code If-Match} header of a write ({@code @BeanParam IfMatch ifMatch}), documented and bounded once; the
 * resource hands {@link #expected()} to the service. The answers it brings (412, 428) are documented by
 * {@code ApiContractFilter} on every operation that takes it; one longer than a few tags is a 422 naming the
 * header.
 */
public class IfMatch {

    /** Room for a handful of quoted tags; the API's own are 34 characters. */
    public static final int MAX_LENGTH = 200;

    @HeaderParam(HttpHeaders.IF_MATCH)
    @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true,
            description = "The ETag you read; without it the answer is 428, with an older one 412",
            schema = @Schema(type = SchemaType.STRING, maxLength = MAX_LENGTH), example = "\"5d41402abc4b2a76b9719d911017c592\"")
    String value;

    public ExpectedVersion expected() {
        if (value != null && value.length() > MAX_LENGTH) {
            throw Problems.invalidHeader(HttpHeaders.IF_MATCH,
                    "El encabezado If-Match admite a lo sumo " + MAX_LENGTH + " caracteres.",
                    "The If-Match header takes at most " + MAX_LENGTH + " characters.");
        }
        return ExpectedVersion.of(value);
    }
}
