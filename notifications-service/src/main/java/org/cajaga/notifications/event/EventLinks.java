package org.cajaga.notifications.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The addresses events carry. Events are made outside requests, so they start with the configured public
 * URL ({@code cajaga.public-url}, the gateway's), or with the local gateway's address when none is set.
 */
@ApplicationScoped
public class EventLinks {

    private final String base;

    EventLinks(@ConfigProperty(name = "cajaga.public-url") Optional<URI> publicUrl) {
        String url = publicUrl.filter(u -> u.getHost() != null).map(URI::toString).orElse("http://localhost:8080");
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String source() {
        return base + "/api/v1/practices";
    }

    public String practice(UUID id) {
        return base + "/api/v1/practices/" + id;
    }

    public String reflection(UUID practiceId, UUID reflectionId) {
        return practice(practiceId) + "/reflections/" + reflectionId;
    }

    public String subscription(UUID id) {
        return base + "/api/v1/subscriptions/" + id;
    }

    public String subscriptionsSource() {
        return base + "/api/v1/subscriptions";
    }

    public String dataSchema() {
        return base + "/openapi#/components/schemas/EventData";
    }
}
