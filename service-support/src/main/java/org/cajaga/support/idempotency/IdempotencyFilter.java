package org.cajaga.support.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.support.problem.Problems;
import org.cajaga.support.security.RequestIdentity;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The {@code Idempotency-Key} header (IETF httpapi draft) on every POST of an authenticated caller: the
 * same key with the same request within 24 hours gets the first answer again (status, body,
 * {@code Location}, {@code ETag}) and nothing is done twice; the same key with another request is a 422
 * problem; the same key while the first request runs is a 409 problem. Keys belong to their caller.
 * Answers that say "try again" (401, 403, 408, 429, 5xx) are not kept, so a retry runs anew.
 */
public class IdempotencyFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");
    private static final List<String> KEPT_HEADERS = List.of("Location", "ETag", "Content-Type", "Content-Language",
            "X-Upsert-Outcome");
    private static final Set<Integer> NOT_KEPT = Set.of(401, 403, 408, 429);

    private record Claim(String caller, String key) {
    }

    @Inject
    IdempotencyStore store;

    @Inject
    RequestIdentity identity;

    @Inject
    ObjectMapper json;

    @ServerRequestFilter
    public Response claim(ContainerRequestContext request) throws IOException, SQLException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !"POST".equals(request.getMethod())) {
            return null;
        }
        if (!KEY.matcher(key).matches()) {
            throw Problems.of(ProblemType.INVALID_PARAMETER,
                    "El encabezado Idempotency-Key debe tener de 1 a 255 caracteres ASCII visibles.",
                    "The Idempotency-Key header must be 1 to 255 visible ASCII characters.");
        }
        SecurityIdentity caller = identity.get();
        if (caller.isAnonymous()) {
            return null;
        }
        MessageDigest fingerprint = fingerprint(request);
        InputStream body = request.hasEntity() ? SpooledBody.read(request.getEntityStream(), fingerprint).replay()
                : InputStream.nullInputStream();
        request.setEntityStream(body);
        String who = caller.getPrincipal().getName();
        Attempt attempt;
        try {
            attempt = store.claim(who, key, fingerprint.digest());
        } catch (SQLException | RuntimeException failed) {
            body.close();
            throw failed;
        }
        if (attempt instanceof Attempt.First) {
            request.setProperty(CLAIM, new Claim(who, key));
            return null;
        }
        // The operation does not run: its copy of the body is given up now, not when it is collected.
        body.close();
        if (attempt instanceof Attempt.Repeated repeated) {
            return replay(repeated.answer());
        }
        if (attempt instanceof Attempt.Reused) {
            throw Problems.of(ProblemType.INVALID_DATA,
                    "Esta Idempotency-Key ya se usó con otra solicitud; use una clave nueva para cada operación.",
                    "This Idempotency-Key was used with another request; use a new key for each operation.");
        }
        throw Problems.of(ProblemType.CONFLICT,
                "La primera solicitud con esta Idempotency-Key aún está en curso; repita en unos segundos.",
                "The first request with this Idempotency-Key is still running; retry in a few seconds.");
    }

    @ServerResponseFilter
    public void keep(ContainerRequestContext request, ContainerResponseContext response) throws SQLException {
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return;
        }
        request.removeProperty(CLAIM);
        if (response.getStatus() >= 500 || NOT_KEPT.contains(response.getStatus())) {
            store.release(claim.caller(), claim.key());
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        store.complete(claim.caller(), claim.key(), new StoredAnswer(response.getStatus(), headers, body(response.getEntity())));
    }

    private static Response replay(StoredAnswer answer) {
        Response.ResponseBuilder replay = Response.status(answer.status()).header(REPLAYED, "true");
        answer.headers().forEach(replay::header);
        return answer.body().length == 0 ? replay.build() : replay.entity(answer.body()).build();
    }

    private byte[] body(Object entity) {
        if (entity == null) {
            return new byte[0];
        }
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return json.writeValueAsBytes(entity);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("An answer could not be kept for its Idempotency-Key", unwritable);
        }
    }

    /**
     * What makes two requests the same one: method, path and query, content type and body; the body is
     * added while it is read ({@link SpooledBody}).
     */
    private static MessageDigest fingerprint(ContainerRequestContext request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + "\n" + request.getUriInfo().getRequestUri().getRawPath() + "?"
                    + request.getUriInfo().getRequestUri().getRawQuery() + "\n" + request.getMediaType() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return digest;
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
        }
    }
}
