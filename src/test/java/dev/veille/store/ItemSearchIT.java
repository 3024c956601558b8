package dev.veille.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.veille.model.Item;
import dev.veille.model.ItemPage;
import dev.veille.model.ItemQuery;
import dev.veille.model.ItemStatus;
import dev.veille.model.NewItem;
import dev.veille.model.NewSource;
import dev.veille.model.SourceKind;

/**
 * A search pages through its matches newest first whichever way it finds them: by sorting them (few matches)
 * or by walking the date index ({@link ItemStore#MANY_MATCHES} and more), with or without filters.
 */
class ItemSearchIT {

    private static final Instant START = Instant.parse("2019-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private Db db;
    private ItemStore items;
    private final List<Item> all = new ArrayList<>();

    @BeforeEach
    void fill() {
        db = Db.open(dir.resolve("veille.db"));
        items = db.jdbi().onDemand(ItemStore.class);
        PollStore polls = new PollStore(db.jdbi());
        long source = db.jdbi().onDemand(SourceStore.class).insert(new NewSource(SourceKind.FEED,
                "https://blog.example/feed.xml", null, "Blog", null, 60, false, null), START).id();
        Random random = new Random(7);
        List<NewItem> batch = new ArrayList<>();
        int many = ItemStore.MANY_MATCHES + 100;
        for (int i = 0; i < many + 300; i++) {
            // Dates in no particular order, some equal: the id breaks ties.
            Instant published = START.plusSeconds(3600L * random.nextInt(2000));
            String title = i < many ? "Kafka release " + i : i < many + 20 ? "Traefik note " + i : "Other " + i;
            batch.add(new NewItem("g" + i, "https://blog.example/" + i, "https://blog.example/" + i, title, null,
                    published, List.of(), null, false));
        }
        polls.saveSuccess(source, new PollStore.SuccessfulFetch("https://blog.example/feed.xml", null, null, 200),
                PollStore.ItemRows.of(batch), START, START);
        polls.indexNewItems();
        db.jdbi().useHandle(h -> h.execute("UPDATE items SET status = 'kept' WHERE id % 3 = 0"));
        all.addAll(db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM items").map(new ItemRowMapper()).list()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Long> expected(String word, ItemStatus status) {
        return all.stream()
                .filter(item -> item.title().toLowerCase().contains(word))
                .filter(item -> status == null || item.status() == status)
                .sorted(Comparator.comparing(Item::publishedAt).thenComparing(Item::id).reversed())
                .map(Item::id).toList();
    }

    private List<Long> everyPage(String text, ItemStatus status) {
        List<Long> ids = new ArrayList<>();
        String before = null;
        do {
            ItemPage page = items.list(new ItemQuery(status, null, null, text, 50, before));
            page.items().forEach(item -> ids.add(item.id()));
            before = page.next();
        } while (before != null);
        return ids;
    }

    @Test
    void manyMatchesComeNewestFirstPageAfterPage() {
        assertEquals(expected("kafka", null), everyPage("kafka", null));
        assertEquals(expected("kafka", ItemStatus.KEPT), everyPage("kaf", ItemStatus.KEPT));
        assertEquals(expected("kafka", null).subList(0, 50), items.search("kafka", 50).stream().map(Item::id).toList());
    }

    @Test
    void fewMatchesComeNewestFirstToo() {
        assertEquals(expected("traefik", null), everyPage("traefik", null));
        assertEquals(expected("traefik", ItemStatus.NEW), everyPage("traefik", ItemStatus.NEW));
        assertNull(items.list(new ItemQuery(null, null, null, "nothing", 50, null)).next());
    }

    @Test
    void listingsByStatusStillPageNewestFirst() {
        List<Long> kept = all.stream().filter(item -> item.status() == ItemStatus.KEPT)
                .sorted(Comparator.comparing(Item::publishedAt).thenComparing(Item::id).reversed())
                .map(Item::id).toList();
        assertEquals(kept, everyPage(null, ItemStatus.KEPT));
    }
}
