package org.cajaga.testing.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OpenAPI document each application under test serves at {@code /q/openapi}, read once per
 * address, as a validator. An address that serves no document (a stub) is not validated.
 */
final class ServedDocuments {

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Optional<OpenApiInteractionValidator>> byOrigin = new ConcurrentHashMap<>();

    OpenApiInteractionValidator validatorFor(URI uri) {
        String origin = uri.getScheme() + "://" + uri.getAuthority();
        return byOrigin.computeIfAbsent(origin, this::load).orElse(null);
    }

    private Optional<OpenApiInteractionValidator> load(String origin) {
        try {
            HttpResponse<String> document = http.send(HttpRequest.newBuilder(URI.create(origin + "/q/openapi?format=json"))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            if (document.statusCode() != 200 || !document.body().contains("\"openapi\"")) {
                return Optional.empty();
            }
            return Optional.of(OpenApiInteractionValidator.createForInlineApiSpecification(document.body()).build());
        } catch (IOException unreachable) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
