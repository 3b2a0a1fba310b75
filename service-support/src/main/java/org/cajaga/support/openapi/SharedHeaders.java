package org.cajaga.support.openapi;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Response headers several operations send, as components that resources reference by name
 * ({@code @Header(name = "ETag", ref = "ETag")}).
 */
final class SharedHeaders {

    static final String REF = "#/components/headers/";
    static final String REQUEST_ID = "X-Request-Id";
    static final String RETRY_AFTER = "Retry-After";
    static final String REPLAYED = "Idempotent-Replayed";
    static final String ETAG = "ETag";

    private SharedHeaders() {
    }

    static void addTo(Components components) {
        components.addHeader(REQUEST_ID, header("The request's correlation id: the caller's when it was safe, otherwise a new one",
                string(128, "^[A-Za-z0-9._:-]{1,128}$")));
        components.addHeader(RETRY_AFTER, header("Seconds to wait before trying again",
                OASFactory.createSchema().type(List.of(SchemaType.INTEGER)).format("int32")
                        .minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(86400))));
        components.addHeader(ETAG, header("Version of the representation; send it back in `If-Match` to change it, "
                + "or in `If-None-Match` to revalidate", string(200, null)));
        components.addHeader("Location", header("Address of the created or pushed resource", string(2048, null).format("uri")));
        components.addHeader(REPLAYED, header("`true` when this is the kept answer to an earlier request with the same "
                + "`Idempotency-Key`", string(5, "^true$")));
        components.addHeader("Link", header("`<…>; rel=\"next\"` when there is a next page", string(4096, null)));
    }

    private static Header header(String description, Schema schema) {
        return OASFactory.createHeader().description(description).schema(schema);
    }

    private static Schema string(int maxLength, String pattern) {
        Schema schema = OASFactory.createSchema().type(List.of(SchemaType.STRING)).maxLength(maxLength);
        return pattern == null ? schema : schema.pattern(pattern);
    }
}
