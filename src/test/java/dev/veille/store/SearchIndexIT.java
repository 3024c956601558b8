package dev.veille.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.veille.model.Item;
import dev.veille.model.NewItem;
import dev.veille.model.NewSource;
import dev.veille.model.SourceKind;

/**
 * Items are indexed for full-text search after their poll's transaction, from the queue the insert trigger
 * fills (migration V5), and the index stays exact whatever happens to queued or indexed items.
 */
class SearchIndexIT {

    private static final Instant NOW = Instant.parse("2019-10-10T10:00:00Z");

    @TempDir
    Path dir;

    private Db db;
    private PollStore polls;
    private ItemStore items;
    private long sourceId;

    @BeforeEach
    void open() {
        db = Db.open(dir.resolve("veille.db"));
        polls = new PollStore(db.jdbi());
        items = db.jdbi().onDemand(ItemStore.class);
        sourceId = db.jdbi().onDemand(SourceStore.class).insert(new NewSource(SourceKind.FEED,
                "https://blog.example/feed.xml", null, "Blog", null, 60, false, null), NOW).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void save(String... titles) {
        List<NewItem> batch = java.util.Arrays.stream(titles).map(title -> new NewItem(title, "https://blog.example/"
                + title.hashCode(), "https://blog.example/" + title.hashCode(), title, "About " + title, NOW,
                List.of(), null, false)).toList();
        polls.saveSuccess(sourceId, new PollStore.SuccessfulFetch("https://blog.example/feed.xml", null, null, 200),
                PollStore.ItemRows.of(batch), NOW, NOW.plusSeconds(3600));
    }

    private List<String> found(String text) {
        return items.search(text, 50).stream().map(Item::title).toList();
    }

    private int queued() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM items_fts_pending").mapTo(Integer.class).one());
    }

    // FTS5 compares its index with the items table and fails on any difference.
    private void assertIndexMatchesItems() {
        db.jdbi().useHandle(h -> h.execute("INSERT INTO items_fts (items_fts, rank) VALUES ('integrity-check', 1)"));
    }

    @Test
    void aPollQueuesItsItemsAndIndexingMakesThemSearchable() {
        save("Kafka Streams", "Kubernetes security");

        assertEquals(List.of(), found("kafka"), "not indexed within the poll's transaction");
        assertEquals(2, queued());

        assertEquals(2, polls.indexNewItems());
        assertEquals(List.of("Kafka Streams"), found("kafka"));
        assertEquals(List.of("Kubernetes security"), found("securi"));
        assertEquals(0, queued());
        assertEquals(0, polls.indexNewItems(), "nothing left to index");
        assertIndexMatchesItems();
    }

    @Test
    void deletingASourceRemovesItsIndexedAndQueuedItemsAlike() {
        save("Kafka Streams");
        polls.indexNewItems();
        save("Kafka Connect"); // still queued

        db.jdbi().onDemand(SourceStore.class).delete(sourceId);

        assertEquals(0, queued());
        assertEquals(List.of(), found("kafka"));
        assertIndexMatchesItems();
    }

    @Test
    void aNewItemReusingADeletedItemsIdIsIndexedToo() {
        save("Kafka Streams");
        polls.indexNewItems();
        db.jdbi().useHandle(h -> h.execute("DELETE FROM items"));
        save("Traefik 2.0"); // SQLite gives the new row the freed id

        polls.indexNewItems();

        assertEquals(List.of("Traefik 2.0"), found("traefik"));
        assertEquals(List.of(), found("kafka"));
        assertIndexMatchesItems();
    }

    @Test
    void editingAnIndexedItemsTextReindexesIt() {
        save("Kafka Streams");
        polls.indexNewItems();
        save("Helm 3");
        db.jdbi().useHandle(h -> h.execute("UPDATE items SET title = 'Grafana 6.4', summary = '' WHERE title = 'Kafka Streams'"));
        db.jdbi().useHandle(h -> h.execute("UPDATE items SET title = 'Helm 3.0.0' WHERE title = 'Helm 3'"));

        polls.indexNewItems();

        assertEquals(List.of("Grafana 6.4"), found("grafana"));
        assertEquals(List.of(), found("kafka"));
        assertEquals(List.of("Helm 3.0.0"), found("helm"));
        assertIndexMatchesItems();
    }
}
