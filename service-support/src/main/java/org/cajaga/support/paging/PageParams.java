package org.cajaga.support.paging;

import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.support.http.QueryParams;
import org.cajaga.support.problem.Problems;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code limit} and {@code cursor} query parameters every list endpoint takes ({@code @BeanParam}). */
public class PageParams {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    /** Cursors the API makes are far shorter; a longer one was not made by it. */
    public static final int MAX_CURSOR = 1024;

    @QueryParam("limit")
    @Parameter(description = "Items per page, 1 to 200 (default 50).",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200",
                    defaultValue = "50"), example = "50")
    String limit;

    @QueryParam("cursor")
    @Parameter(description = "Opaque cursor from the `next` field or `Link: rel=\"next\"` header of the previous page.",
            schema = @Schema(type = SchemaType.STRING, maxLength = MAX_CURSOR, pattern = "^[A-Za-z0-9_-]*$"))
    String cursor;

    public PageParams() {
    }

    public PageParams(String limit, String cursor) {
        this.limit = limit;
        this.cursor = cursor;
    }

    public int limit() {
        Integer value = QueryParams.optionalInt("limit", limit);
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        if (value < 1 || value > MAX_LIMIT) {
            throw Problems.of(ProblemType.INVALID_PARAMETER,
                    "El parámetro 'limit' debe estar entre 1 y " + MAX_LIMIT + ".",
                    "The 'limit' parameter must be between 1 and " + MAX_LIMIT + ".");
        }
        return value;
    }

    /** The decoded cursor, which must carry as many keys as the list's sort order has. */
    public Optional<Cursor> cursor(int arity) {
        if (cursor == null || cursor.isEmpty()) {
            return Optional.empty();
        }
        if (cursor.length() > MAX_CURSOR) {
            throw Problems.of(ProblemType.INVALID_PARAMETER,
                    "El parámetro 'cursor' no es un cursor de esta API.", "The 'cursor' parameter is not a cursor of this API.");
        }
        return Optional.of(Cursor.decode(cursor, arity));
    }
}
