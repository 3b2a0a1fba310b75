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
 * Reads practices-service's change feed page after page from the stored position, turning each page
 * into events; when a page says there is no more, it waits for the next poll. practices-service never
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
    PageApplier applier;

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
        } catch (WebApplicationException | ProcessingException unavailable) {
            LOG.warnf("practices-service's change feed could not be read (will retry): %s", unavailable.toString());
        }
    }

    /** Reads and applies one page; true when the feed said more is ready now. */
    public boolean readPage() {
        FeedPosition position = applier.current(start);
        FeedPage page = FeedPage.of(feed.page(position.since.toString(), position.cursor, config.feed().pageSize()));
        return applier.apply(position, page) && page.next() != null;
    }
}
