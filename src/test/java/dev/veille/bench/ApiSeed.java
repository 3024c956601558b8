package dev.veille.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

import dev.veille.process.UrlNormalizer;
import dev.veille.store.Db;
import dev.veille.store.PollStore;

/**
 * Fills a database, migrated by the real migrations, with what a curator has after two years: {@code apiItems}
 * items from the farm's sources spread over 24 months (ids in no particular date order, as backlogs arrive),
 * 90 % new, and {@code apiLinks} links over the same months in the 17 sections, the months before the current
 * one published. The current month holds {@code markdownLinks} links, some kept from items, some with related
 * links, a via, or a URL already published in an earlier month. Plain SQL in one transaction: seeding speed is
 * not measured.
 */
final class ApiSeed {

    static final int MONTHS = 24;

    private ApiSeed() {
    }

    /** The month whose digest the Markdown scenario reads. */
    static String markdownMonth(Instant now) {
        return YearMonth.from(now.atOffset(ZoneOffset.UTC)).toString();
    }

    static void seed(Path file, BenchSettings settings, FeedFarm farm, Instant now) {
        try (Db db = Db.open(file)) {
            db.jdbi().useTransaction(handle -> {
                long nowMillis = now.toEpochMilli();
                insertSources(handle, settings.sources(), farm, nowMillis);
                YearMonth current = YearMonth.from(now.atOffset(ZoneOffset.UTC));
                long from = current.minusMonths(MONTHS - 1L).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)
                        .toEpochMilli();
                List<SeededItem> items = insertItems(handle, settings, from, nowMillis);
                insertLinks(handle, settings, items, current, nowMillis);
            });
            new PollStore(db.jdbi()).indexNewItems(); // as a poll round ends
        }
    }

    private static void insertSources(Handle handle, int count, FeedFarm farm, long now) {
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO sources (kind, url, title, interval_minutes, next_poll_at, created_at)
                VALUES ('feed', :url, :title, 60, :next, :now)""");
        for (int feed = 0; feed < count; feed++) {
            // Not due for a week: the server's scheduler leaves them alone while it is measured.
            batch.bind("url", farm.url(feed)).bind("title", "Site " + feed)
                    .bind("next", now + 7L * 24 * 3600 * 1000).bind("now", now).add();
        }
        batch.execute();
    }

    private record SeededItem(long id, String url, String title, long published) {
    }

    private static List<SeededItem> insertItems(Handle handle, BenchSettings settings, long from, long now) {
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO items (source_id, guid, url, normalized_url, title, summary, published_at, fetched_at,
                                   status, categories)
                VALUES (:source, :guid, :url, :normalized, :title, :summary, :published, :published, :status,
                        :categories)""");
        List<SeededItem> items = new ArrayList<>(settings.apiItems());
        for (int i = 0; i < settings.apiItems(); i++) {
            SplittableRandom random = SyntheticText.random(-1, i);
            int source = 1 + i % settings.sources();
            String topic = SyntheticText.topic(random);
            String title = SyntheticText.title(random, topic);
            String url = "https://site" + (source - 1) + ".example.com/archive/" + SyntheticText.slug(title) + "-" + i;
            long published = from + (long) (random.nextDouble() * (now - from));
            String status = random.nextInt(20) == 0 ? "dismissed" : "new";
            batch.bind("source", source).bind("guid", "seed-" + i).bind("url", url)
                    .bind("normalized", UrlNormalizer.normalize(url)).bind("title", title)
                    .bind("summary", SyntheticText.summary(random, topic, 300)).bind("published", published)
                    .bind("status", status).bind("categories", "[\"" + topic + "\",\"" + SyntheticText.words(random, 1) + "\"]")
                    .add();
            items.add(new SeededItem(i + 1L, url, title, published));
            if (batch.size() == 5_000) {
                batch.execute();
            }
        }
        batch.execute();
        return items;
    }

    private static void insertLinks(Handle handle, BenchSettings settings, List<SeededItem> items, YearMonth current,
                                    long now) {
        List<Long> sections = handle.createQuery("SELECT id FROM sections ORDER BY position").mapTo(Long.class).list();
        PreparedBatch links = handle.prepareBatch("""
                INSERT INTO links (month, section_id, position, url, normalized_url, title, commentary, tags,
                                   related, via_title, via_url, item_id, version, created_at, updated_at)
                VALUES (:month, :section, :position, :url, :normalized, :title, :commentary, :tags, :related,
                        :viaTitle, :viaUrl, :item, 1, :now, :now)""");
        PreparedBatch kept = handle.prepareBatch("UPDATE items SET status = 'kept' WHERE id = :id");
        Map<String, Integer> positions = new HashMap<>();
        List<String> publishedUrls = new ArrayList<>();
        int older = settings.apiLinks() - settings.markdownLinks();
        for (int j = 0; j < settings.apiLinks(); j++) {
            SplittableRandom random = SyntheticText.random(-2, j);
            // The first links fill the 23 past months evenly, oldest first; the last ones the current month.
            YearMonth month = j < older ? current.minusMonths(MONTHS - 1L - (long) j * (MONTHS - 1) / Math.max(1, older))
                    : current;
            long section = sections.get(random.nextInt(sections.size()));
            String topic = SyntheticText.topic(random);
            String title = SyntheticText.title(random, topic);
            Long itemId = null;
            String url;
            if (random.nextInt(2) == 0) {
                SeededItem item = items.get(random.nextInt(items.size()));
                itemId = item.id();
                url = item.url();
                title = item.title();
                kept.bind("id", itemId).add();
            } else if (month.equals(current) && !publishedUrls.isEmpty() && random.nextInt(20) == 0) {
                url = publishedUrls.get(random.nextInt(publishedUrls.size())); // "already in an earlier post"
            } else {
                url = "https://news" + (j % 97) + ".example.org/" + month + "/" + SyntheticText.slug(title) + "-" + j;
            }
            if (!month.equals(current)) {
                publishedUrls.add(url);
            }
            String key = month + "/" + section;
            int position = positions.merge(key, 1, Integer::sum) - 1;
            String commentary = "Why it matters: `" + topic + "` " + SyntheticText.words(random, 12)
                    + ". See [the docs](https://docs.example.org/" + topic + ") and " + SyntheticText.words(random, 8) + ".";
            String tags = "[\"" + topic + "\"" + (random.nextInt(2) == 0 ? ",\"" + SyntheticText.topic(random) + "\"" : "") + "]";
            String related = random.nextInt(10) == 0
                    ? "[{\"url\":\"https://related.example.org/" + j + "\",\"title\":\"" + SyntheticText.words(random, 3) + "\"}]"
                    : "[]";
            boolean via = random.nextInt(10) == 0;
            links.bind("month", month.toString()).bind("section", section).bind("position", position)
                    .bind("url", url).bind("normalized", UrlNormalizer.normalize(url)).bind("title", title)
                    .bind("commentary", commentary).bind("tags", tags).bind("related", related)
                    .bind("viaTitle", via ? "Weekly digest" : null)
                    .bind("viaUrl", via ? "https://weekly.example.org/" + j : null)
                    .bind("item", itemId).bind("now", now).add();
        }
        links.execute();
        if (kept.size() > 0) {
            kept.execute();
        }
        PreparedBatch digests = handle.prepareBatch(
                "INSERT INTO digests (month, status, published_at) VALUES (:month, 'published', :now)");
        for (int m = 1; m < MONTHS; m++) {
            digests.bind("month", current.minusMonths(m).toString()).bind("now", now).add();
        }
        digests.execute();
    }
}
