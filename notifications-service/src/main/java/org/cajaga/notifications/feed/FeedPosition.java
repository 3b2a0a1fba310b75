package org.cajaga.notifications.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Where the follower stands in the change feed: the {@code updatedSince} it reads with and the feed's
 * cursor (opaque), written in the transaction that stores the events of the page it read.
 */
@Entity
@Table(name = "feed_position")
public class FeedPosition {

    static final short ONLY = 1;

    @Id
    public short id = ONLY;

    public Instant since;

    public String cursor;

    @Column(name = "read_at")
    public Instant readAt;
}
