package dev.veille.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

import dev.veille.model.NewItem;

/**
 * Writes the outcome of each poll. A success writes its items and the source's state together, so a crash never
 * leaves half; every outcome is a transaction, so that parallel polls write one after the other
 * ({@link SerialTransactions}) instead of sleeping in SQLite's busy handler. The poll's statements live here, not
 * in the item and source stores: attaching another store inside the transaction (Jdbi builds a handler for each
 * of its methods) held the write lock for longer than the inserts.
 */
public interface PollStore extends SqlObject {

    /**
     * Inserts the new items and records the success in one transaction; returns how many items were new. What
     * needs no database (the categories' JSON) is done before the transaction: polls take turns on the write
     * lock, and work done while holding it is work the other polls wait for.
     */
    default int saveSuccess(long sourceId, SuccessfulFetch fetch, List<NewItem> items, Instant now,
                            Instant nextPollAt) {
        List<String> categories = new ArrayList<>(items.size());
        for (NewItem item : items) {
            categories.add(JsonColumns.write(item.categories()));
        }
        return writeSuccess(sourceId, fetch, items, categories, now, nextPollAt);
    }

    @Transaction
    default int writeSuccess(long sourceId, SuccessfulFetch fetch, List<NewItem> items, List<String> categories,
                             Instant now, Instant nextPollAt) {
        int inserted = 0;
        if (!items.isEmpty()) {
            PreparedBatch batch = getHandle().prepareBatch(INSERT_ITEM);
            for (int i = 0; i < items.size(); i++) {
                NewItem item = items.get(i);
                // Bound one by one: binding the record's accessors by reflection cost more than the inserts.
                batch.bind("sourceId", sourceId).bind("guid", item.guid()).bind("url", item.url())
                        .bind("normalizedUrl", item.normalizedUrl()).bind("title", item.title())
                        .bind("summary", item.summary()).bind("publishedAt", item.publishedAt())
                        .bind("fetchedAt", now).bind("categories", categories.get(i))
                        .bind("version", item.version()).bind("prerelease", item.prerelease()).add();
            }
            for (int count : batch.execute()) {
                inserted += count;
            }
        }
        recordSuccess(sourceId, fetch.url(), fetch.etag(), fetch.lastModified(), fetch.status(), now, nextPollAt);
        return inserted;
    }

    /** A new item of a source (a guid it already has is skipped), flagged duplicate of an older other's URL. */
    String INSERT_ITEM = """
            INSERT INTO items (source_id, guid, url, normalized_url, title, summary, published_at, fetched_at,
                               categories, version, prerelease, duplicate_of)
            VALUES (:sourceId, :guid, :url, :normalizedUrl, :title, coalesce(:summary, ''), :publishedAt, :fetchedAt,
                    :categories, :version, :prerelease,
                    (SELECT min(id) FROM items WHERE normalized_url = :normalizedUrl AND source_id <> :sourceId))
            ON CONFLICT (source_id, guid) DO NOTHING
            """;

    /** A successful fetch and parse: errors cleared, validators and (after a permanent redirect) URL kept. */
    @SqlUpdate("""
            UPDATE sources
            SET url = :url, etag = :etag, last_modified = :lastModified, last_status = :status,
                last_polled_at = :now, last_success_at = :now, last_error = NULL, error_count = 0,
                next_poll_at = :nextPollAt
            WHERE id = :id
            """)
    void recordSuccess(@Bind("id") long id, @Bind("url") String url, @Bind("etag") String etag,
                       @Bind("lastModified") String lastModified, @Bind("status") int status,
                       @Bind("now") Instant now, @Bind("nextPollAt") Instant nextPollAt);

    /** A 304: only the poll times and status move. */
    @Transaction
    @SqlUpdate("""
            UPDATE sources
            SET last_status = :status, last_polled_at = :now, last_success_at = :now, last_error = NULL,
                error_count = 0, next_poll_at = :nextPollAt
            WHERE id = :id
            """)
    void saveNotModified(@Bind("id") long sourceId, @Bind("status") int status, @Bind("now") Instant now,
                         @Bind("nextPollAt") Instant nextPollAt);

    /** A failed poll; the caller computed the new error count and the back-off. */
    @Transaction
    @SqlUpdate("""
            UPDATE sources
            SET last_status = :status, last_polled_at = :now, last_error = :error, error_count = :errorCount,
                next_poll_at = :nextPollAt
            WHERE id = :id
            """)
    void saveFailure(@Bind("id") long sourceId, @Bind("status") Integer status, @Bind("error") String error,
                     @Bind("errorCount") int errorCount, @Bind("now") Instant now,
                     @Bind("nextPollAt") Instant nextPollAt);

    /** A 410: the source stays listed, with its error, and is no longer polled until the curator revives it. */
    @Transaction
    @SqlUpdate("""
            UPDATE sources
            SET gone = 1, last_status = :status, last_polled_at = :now, last_error = :error,
                error_count = error_count + 1
            WHERE id = :id
            """)
    void saveGone(@Bind("id") long sourceId, @Bind("status") int status, @Bind("error") String error,
                  @Bind("now") Instant now);

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
