package org.cajaga.practices.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
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

    /**
     * How often taxonomy-service's names of codes are copied into the search documents (also at start-up);
     * the scheduler's syntax, e.g. {@code 1h} or {@code 30m}.
     */
    @WithDefault("1h")
    String labelRefresh();

    /** Records of a bulk push validated and written together (one taxonomy call, one transaction). */
    @WithDefault("500")
    int bulkChunkSize();

    /** Exports that stream at once, each on one connection of the {@code export} datasource's pool. */
    @WithDefault("2")
    int exports();

    /** What the DCAT catalogue ({@code GET /api/v1/catalog}) says about who publishes the data and how. */
    Catalog catalog();

    interface Catalog {

        /** The publisher's name ({@code foaf:name}). */
        @WithDefault("cajaga")
        String publisher();

        /** The catalogue's home page and the publisher's. */
        @WithDefault("https://cajaga.mx")
        URI homepage();

        /** The licence of the published data, as a licence document's IRI. */
        @WithDefault("https://creativecommons.org/licenses/by/4.0/")
        URI license();

        /** The criteria set whose current version the catalogue publishes as a concept scheme. */
        @WithDefault("mapeo-2022")
        String criteriaSet();
    }
}
