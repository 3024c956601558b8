package dev.veille.store;

import java.time.Instant;
import java.util.List;

import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

import dev.veille.model.NewItem;

/**
 * Writes the outcome of each poll. A success writes its items and the source's state together, so a crash never
 * leaves half; every outcome is a transaction, so that parallel polls write one after the other
 * ({@link SerialTransactions}) instead of sleeping in SQLite's busy handler.
 */
public interface PollStore extends SqlObject {

    /** Inserts the new items and records the success in one transaction; returns how many items were new. */
    @Transaction
    default int saveSuccess(long sourceId, SuccessfulFetch fetch, List<NewItem> items, Instant now,
                            Instant nextPollAt) {
        int inserted = getHandle().attach(ItemStore.class).insertNew(sourceId, now, items);
        getHandle().attach(SourceStore.class).recordSuccess(sourceId, fetch.url(), fetch.etag(),
                fetch.lastModified(), fetch.status(), now, nextPollAt);
        return inserted;
    }

    /** A 304: only the poll times and status move. */
    @Transaction
    default void saveNotModified(long sourceId, int status, Instant now, Instant nextPollAt) {
        getHandle().attach(SourceStore.class).recordNotModified(sourceId, status, now, nextPollAt);
    }

    /** A failed poll; the caller computed the new error count and the back-off. */
    @Transaction
    default void saveFailure(long sourceId, Integer status, String error, int errorCount, Instant now,
                             Instant nextPollAt) {
        getHandle().attach(SourceStore.class).recordFailure(sourceId, status, error, errorCount, now, nextPollAt);
    }

    /** A 410: the source stays listed, with its error, and is no longer polled. */
    @Transaction
    default void saveGone(long sourceId, int status, String error, Instant now) {
        getHandle().attach(SourceStore.class).recordGone(sourceId, status, error, now);
    }

    /**
     * Makes the items stored since the last call findable by full-text search: indexes the queue that the
     * insert trigger fills (migration V5) in one transaction, and empties it. Returns how many were indexed.
     * Pollers call it once at the end of a round; one large FTS5 segment costs far less than one per source.
     */
    @Transaction
    default int indexNewItems() {
        int indexed = indexQueuedItems();
        emptyIndexQueue();
        return indexed;
    }

    @SqlUpdate("""
            INSERT INTO items_fts (rowid, title, summary)
            SELECT i.id, i.title, i.summary FROM items_fts_pending p JOIN items i ON i.id = p.id ORDER BY p.id
            """)
    int indexQueuedItems();

    @SqlUpdate("DELETE FROM items_fts_pending")
    void emptyIndexQueue();

    /** What a successful fetch leaves on the source: where it now lives and the validators for the next one. */
    record SuccessfulFetch(String url, String etag, String lastModified, int status) {
    }
}
