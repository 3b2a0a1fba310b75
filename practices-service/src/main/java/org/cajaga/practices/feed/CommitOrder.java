package org.cajaga.practices.feed;

/**
 * The SQL that makes a feed commit-ordered (see {@link ChangeFeed}): the bound below which every transaction
 * that wrote this database has ended, and the window of rows a page may take after a reader's position. A
 * table joins a feed with a {@code change_xid xid8} column that the {@code set_change_xid} trigger sets on
 * every insert and update, and an index on ({@code change_xid}, {@code id}).
 */
public final class CommitOrder {

    /**
     * A CTE pair ({@code snapshot}, {@code bound}) for a {@code with} clause: from the statement's snapshot, its
     * lowest running transaction id not known to belong to another database, else the snapshot's xmax (no
     * running transaction: the next id to be handed out). Select it as {@code (select xid from bound)}.
     */
    public static final String BOUND = "snapshot as (select pg_current_snapshot() as s), "
            + "bound as (select coalesce((select x from snapshot, pg_snapshot_xip(s) x where not exists ("
            + "select 1 from pg_stat_activity a where a.backend_xid = cast(x as xid) and a.datname <> current_database()) "
            + "order by x limit 1), (select pg_snapshot_xmax(s) from snapshot)) as xid)";

    private CommitOrder() {
    }

    /**
     * Which rows of {@code alias} the page may take: on a first page those changed since {@code :since}; after
     * a cursor those past its position ({@code :kXid}, {@code :kId}) that are changed since {@code :since} or
     * lie at or above its horizon ({@code :horizon}). Bind those with {@link FeedPosition#bind}.
     */
    public static String window(FeedPosition from, String alias, String changedAt) {
        if (from == null) {
            return alias + "." + changedAt + " >= :since";
        }
        return "(" + alias + ".change_xid, " + alias + ".id) > (cast(:kXid as xid8), :kId) and (" + alias + "." + changedAt
                + " >= :since or " + alias + ".change_xid >= cast(:horizon as xid8))";
    }
}
