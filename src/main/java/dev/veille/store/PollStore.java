package dev.veille.store;

import java.time.Instant;
import java.util.List;

import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.transaction.Transaction;

import dev.veille.model.NewItem;

/** Writes the outcome of a successful poll, items and source state together, so a crash never leaves half. */
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

    /** What a successful fetch leaves on the source: where it now lives and the validators for the next one. */
    record SuccessfulFetch(String url, String etag, String lastModified, int status) {
    }
}
