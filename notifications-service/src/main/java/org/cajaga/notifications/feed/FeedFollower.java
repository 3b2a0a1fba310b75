package org.cajaga.notifications.feed;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.Instant;
import org.cajaga.notifications.config.NotificationsConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Reads practices-service's change feeds page after page from the stored positions, turning each page
 * into events: first the practices' feed, then the reflections' one (whose events wait for their practice's
 * publication); when a page says there is no more, it waits for the next poll. practices-service never
 * waits for subscribers: slow receivers only delay their own deliveries.
 */
@ApplicationScoped
public class FeedFollower {

    private static final Logger LOG = Logger.getLogger(FeedFollower.class);

    /** Pages read per poll at most, so one poll ends even while the feed keeps growing. */
    private static final int MAX_PAGES = 100;

    @Inject
    @RestClient
    FeedClient feed;

    @Inject
    FeedPositions positions;

    @Inject
    PageApplier applier;

    @Inject
    ReflectionPageApplier reflectionApplier;

    @Inject
    NotificationsConfig config;

    @ConfigProperty(name = "cajaga.notifications.feed.start", defaultValue = "2000-01-01T00:00:00Z")
    Instant start;

    @Scheduled(every = "${cajaga.notifications.feed.poll}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            for (int page = 0; page < MAX_PAGES && readPage(); page++) {
                LOG.debugf("feed page %d applied, more ready", page);
            }
            for (int page = 0; page < MAX_PAGES && readReflectionPage(); page++) {
                LOG.debugf("reflections' feed page %d applied, more ready", page);
            }
        } catch (WebApplicationException | ProcessingException unavailable) {
            LOG.warnf("practices-service's change feed could not be read (will retry): %s", unavailable.toString());
        }
    }

    /** Reads and applies one page of the practices' feed; true when the feed said more is ready now. */
    public boolean readPage() {
        FeedPosition position = positions.current(FeedPosition.PRACTICES, start);
        FeedPage page = FeedPage.of(feed.page(position.since.toString(), position.cursor, config.feed().pageSize()));
        return applier.apply(position, page) && page.next() != null;
    }

    /** Reads and applies one page of the reflections' feed; true when it was applied and more is ready now. */
    public boolean readReflectionPage() {
        FeedPosition position = positions.current(FeedPosition.REFLECTIONS, start);
        ReflectionPage page = ReflectionPage.of(feed.reflections(position.since.toString(), position.cursor,
                config.feed().pageSize()));
        return reflectionApplier.apply(position, page) && page.next() != null;
    }
}
