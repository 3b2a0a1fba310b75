package org.cajaga.practices.feed;

import java.util.UUID;
import org.cajaga.support.paging.Cursor;
import org.cajaga.support.paging.PageParams;
import org.hibernate.query.NativeQuery;

/**
 * Where a reader stands in a commit-ordered feed, as the cursor it is given: every entry at or before
 * ({@code xid}, {@code id}) has been served. {@code horizon} is the feed's bound when the reader started
 * (its first page): below it only rows changed since {@code updatedSince} belong to the feed, from it on
 * every row does, whatever its {@code updated_at}.
 */
public record FeedPosition(long horizon, long xid, UUID id) {

    /** Sorts before every id (ids are UUID v7, never nil): ({@code xid}, this) is "just before {@code xid}". */
    static final UUID BEFORE_EVERY_ID = new UUID(0, 0);

    /** The reader's position, when it sent one; a cursor the feed did not make is a 400 problem. */
    public static FeedPosition of(PageParams paging) {
        return paging.cursor(3).map(cursor -> new FeedPosition(cursor.longKey(0), cursor.longKey(1), cursor.uuidKey(2)))
                .orElse(null);
    }

    /** The position just before {@code bound}: where a reader who has seen everything below it polls on from. */
    static FeedPosition before(long horizon, long bound) {
        return new FeedPosition(horizon, bound, BEFORE_EVERY_ID);
    }

    /** Binds the parameters {@link CommitOrder#window} names for a position. */
    public void bind(NativeQuery<?> statement) {
        statement.setParameter("kXid", Long.toString(xid));
        statement.setParameter("kId", id);
        statement.setParameter("horizon", Long.toString(horizon));
    }

    public String encode() {
        return Cursor.of(Long.toString(horizon), Long.toString(xid), id.toString()).encode();
    }
}
