package org.cajaga.taxonomy.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.CacheControl;

/** How long clients and shared caches may keep taxonomy answers; taxonomy changes rarely. */
@ApplicationScoped
public class CachePolicy {

    @ConfigMapping(prefix = "cajaga.taxonomy.cache")
    public interface Settings {
        /** Seconds a client or CDN may reuse a GET answer before revalidating it with its ETag. */
        @WithDefault("300")
        int maxAgeSeconds();
    }

    private final CacheControl publicRead;

    CachePolicy(Settings settings) {
        publicRead = new CacheControl();
        publicRead.setPrivate(false);
        publicRead.setNoTransform(false);
        publicRead.setMaxAge(settings.maxAgeSeconds());
    }

    /** {@code Cache-Control: max-age=N}, revalidated with the ETag afterwards. */
    public CacheControl publicRead() {
        return publicRead;
    }
}
