package org.cajaga.notifications.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Where the follower stands in one of practices-service's feeds (row {@code 1}: practices, {@code 2}:
 * reflections): the {@code updatedSince} it reads with and the feed's cursor (opaque), written in the
 * transaction that stores the events of the page it read.
 */
@Entity
@Table(name = "feed_position")
public class FeedPosition {

    public static final short PRACTICES = 1;
    public static final short REFLECTIONS = 2;

    @Id
    public short id;

    public Instant since;

    public String cursor;

    @Column(name = "read_at")
    public Instant readAt;
}
