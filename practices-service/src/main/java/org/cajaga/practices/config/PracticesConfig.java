package org.cajaga.practices.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

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

    /**
     * How often type-ahead reads the titles published, changed or withdrawn since it last read them (in memory,
     * {@code PublishedTitles}); the scheduler's syntax, e.g. {@code 1s}. A change reaches suggestions at most this
     * much (and the time of one read) after it was committed.
     */
    @WithDefault("1s")
    String suggestRefresh();

    /** Records of a bulk push validated and written together (one taxonomy call, one transaction). */
    @WithDefault("500")
    int bulkChunkSize();

    /** How much of the database pool bulk pushes may hold, so that reads always find a connection. */
    Bulk bulk();

    interface Bulk {

        /**
         * Chunks of all bulk pushes written at once, each on one connection of the pool for its transaction;
         * none set: the pool's size minus 2, at least 1.
         */
        Optional<Integer> maxConcurrentChunks();

        /**
         * How long a chunk waits for its turn; its records are then reported {@code record-unavailable}, and a
         * push none of whose records was stored answers 503 with {@code Retry-After}.
         */
        @WithDefault("PT20S")
        Duration chunkWait();
    }

    /**
     * The longest a read statement of the API's reads (search, type-ahead, statistics, similar practices,
     * suggestions, adaptation notes) may run before PostgreSQL cancels it, which answers a 503 (retry); in whole
     * seconds, JDBC's unit, at least 1. Writes, migrations and exports have no such limit.
     */
    @WithDefault("5S")
    Duration readTimeout();

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
