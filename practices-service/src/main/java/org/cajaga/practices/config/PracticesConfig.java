package org.cajaga.practices.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of practices-service ({@code cajaga.practices.*}). */
@ConfigMapping(prefix = "cajaga.practices")
public interface PracticesConfig {

    /** How long a taxonomy code confirmed by taxonomy-service is trusted without asking again. */
    @WithDefault("PT10M")
    Duration taxonomyCacheTtl();

    /** The OAuth client (token {@code azp}) allowed to set classifications: scoring-service's account. */
    @WithDefault("scoring-service")
    String classificationClient();

    /** Records of a bulk push validated and written together (one taxonomy call, one transaction). */
    @WithDefault("500")
    int bulkChunkSize();
}
