package dev.veille;

import static dev.veille.testing.SqlRows.rows;
import static dev.veille.testing.SqlRows.single;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.veille.testing.CannedResponse;
import dev.veille.testing.LocalHttpServer;
import dev.veille.testing.TestFeeds;
import dev.veille.testing.TestFeeds.Entry;
import dev.veille.testing.VeilleProcess;

/**
 * The packaged jar killed with SIGKILL in the middle of its work, then started again on the same database: the
 * file is sound, nothing is half-written or written twice, and whatever the API acknowledged is there.
 */
class CrashProcessIT {

    private static final String TOKEN = "crash-test-token";
    private static final int SOURCES = 500;
    private static final int ITEMS_PER_FEED = 50;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 200;
    /** Generous: a JVM starting on a loaded CI machine; it takes about a second on an idle one. */
    private static final Duration START = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final HttpClient client = HttpClient.newHttpClient();

    private Map<String, String> env() {
        return Map.of("VEILLE_DB", dir.resolve("veille.db").toString(), "VEILLE_PORT", "0", "VEILLE_TOKEN", TOKEN,
                "VEILLE_DEFAULT_SOURCES", "false", "VEILLE_ALLOW_PRIVATE_NETWORKS", "true");
    }

    @Test
    void killedWhilePollingFiveHundredSourcesItRestartsWithNoHalfWrittenPoll() throws Exception {
        try (LocalHttpServer feeds = LocalHttpServer.start()) {
            StringBuilder opml = new StringBuilder("<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>crash"
                    + "</title></head><body>\n");
            for (int s = 0; s < SOURCES; s++) {
                Entry[] entries = new Entry[ITEMS_PER_FEED];
                for (int i = 0; i < ITEMS_PER_FEED; i++) {
                    entries[i] = Entry.of("Source " + s + " article " + i, "https://s" + s + ".example/" + i,
                            Instant.parse("2019-10-01T00:00:00Z").plusSeconds(60L * i).toString());
                }
                feeds.on("/feed-" + s + ".xml", CannedResponse.ok("application/rss+xml", TestFeeds.rss("S" + s, entries)));
                opml.append("<outline type=\"rss\" text=\"S").append(s).append("\" xmlUrl=\"")
                        .append(feeds.url("/feed-" + s + ".xml")).append("\"/>\n");
            }
            Path file = dir.resolve("sources.opml");
            Files.writeString(file, opml.append("</body></opml>\n"));
            assertEquals(0, VeilleProcess.run(dir, env(), START, "import-opml", file.toString()));

            // The scheduler's first tick is immediate: every source is due, 4 are polled at a time.
            try (VeilleProcess serve = VeilleProcess.start(dir, env(), "serve")) {
                serve.awaitListening(START);
                long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                while (feeds.requests().size() < SOURCES / 2 && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                serve.kill();
            }
            int fetched = feeds.requests().size();
            assertTrue(fetched >= SOURCES / 2 && fetched < SOURCES, "killed half-way: " + fetched + " feeds fetched");

            // What the crash left, read as the next start will read it.
            int polled;
            long lastItemBefore;
            try (Connection db = open(); Statement sql = db.createStatement()) {
                assertSound(sql);
                assertFullTextIndexMatches(sql);
                polled = Integer.parseInt(single(sql, "SELECT count(*) FROM sources WHERE last_success_at IS NOT NULL"));
                assertTrue(polled > 0 && polled < SOURCES, polled + " sources polled before the kill");
                assertEquals(String.valueOf(polled * ITEMS_PER_FEED), single(sql, "SELECT count(*) FROM items"));
                lastItemBefore = Long.parseLong(single(sql, "SELECT max(id) FROM items"));
            }

            try (VeilleProcess again = VeilleProcess.start(dir, env(), "serve")) {
                String base = again.awaitListening(START);
                JsonNode health = get(base, "/api/health");
                assertEquals("ok", health.get("status").asText(), health.toString());
                assertEquals(SOURCES, health.get("sources").asInt());
                assertEquals(0, health.get("sourcesInError").asInt(), "no poll recorded an error");
                // Polling resumes where it stopped: the sources left unpolled get their items.
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                int nowPolled = polled;
                while (nowPolled <= polled && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                    try (Connection db = open(); Statement sql = db.createStatement()) {
                        nowPolled = Integer.parseInt(single(sql,
                                "SELECT count(*) FROM sources WHERE last_success_at IS NOT NULL"));
                    }
                }
                assertTrue(nowPolled > polled, "polling resumed: " + polled + " then " + nowPolled);
                try (Connection db = open(); Statement sql = db.createStatement()) {
                    assertSound(sql);
                    assertFullTextIndexMatches(sql);
                    assertEquals("0", single(sql, "SELECT count(*) FROM items_fts_pending WHERE id <= " + lastItemBefore),
                            "the items the crash left unindexed are indexed at the first tick");
                }
                again.kill();
            }
        }
    }

    @Test
    void killedDuringABurstOfLinkEditsItKeepsEveryAcknowledgedEdit() throws Exception {
        int clients = 8;
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        Map<Integer, String> inFlight = new ConcurrentHashMap<>();
        List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicInteger acks = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        try (VeilleProcess serve = VeilleProcess.start(dir, env(), "serve")) {
            String base = serve.awaitListening(START);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            for (int c = 0; c < clients; c++) {
                int clientId = c;
                pool.submit(() -> editUntilKilled(base, clientId, acknowledged, inFlight, problems, acks, killed));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (acks.get() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            killed.set(true);
            serve.kill();
            pool.shutdown();
            assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS), "the clients stopped");
        }
        assertEquals(List.of(), problems, "answers before the kill");
        assertTrue(acks.get() >= ACKNOWLEDGED_BEFORE_KILL, "edits acknowledged before the kill: " + acks.get());

        try (VeilleProcess again = VeilleProcess.start(dir, env(), "serve")) {
            String base = again.awaitListening(START);
            Map<Long, String> stored = new java.util.HashMap<>();
            for (JsonNode link : get(base, "/api/links?month=2019-10")) {
                stored.put(link.get("id").asLong(), link.get("title").asText());
            }
            List<String> lost = new ArrayList<>();
            acknowledged.forEach((id, title) -> {
                String now = stored.get(id);
                // The edit in flight at the kill may have been written too: then it is the newer value.
                if (!title.equals(now) && !inFlight.containsValue(id + "=" + now)) {
                    lost.add("link " + id + ": acknowledged '" + title + "', stored '" + now + "'");
                }
            });
            assertEquals(List.of(), lost, "acknowledged edits lost (" + acknowledged.size() + " links)");
            // A link created by a request in flight at the kill may exist, unacknowledged; no other may.
            List<String> unknown = new ArrayList<>();
            stored.forEach((id, title) -> {
                if (!acknowledged.containsKey(id) && !inFlight.containsValue("new=" + title)) {
                    unknown.add(id + " '" + title + "'");
                }
            });
            assertEquals(List.of(), unknown, "links nobody created");
            try (Connection db = open(); Statement sql = db.createStatement()) {
                assertSound(sql);
                assertEquals(List.of(), rows(sql, """
                        SELECT month || ' section ' || section_id FROM links GROUP BY month, section_id
                        HAVING count(*) <> max(position) + 1 OR min(position) <> 0 OR count(DISTINCT position) <> count(*)
                        """), "link positions not dense");
            }
            again.kill();
        }
    }

    /** One client: creates links, then edits their titles and moves them, recording what the server acknowledged. */
    private void editUntilKilled(String base, int clientId, Map<Long, String> acknowledged, Map<Integer, String> inFlight,
                                 List<String> problems, AtomicInteger acks, AtomicBoolean killed) {
        List<Long> mine = new ArrayList<>();
        java.util.Random random = new java.util.Random(clientId);
        for (int n = 0; !killed.get(); n++) {
            try {
                if (mine.isEmpty() || random.nextInt(4) == 0) {
                    String title = "c" + clientId + " created " + n;
                    inFlight.put(clientId, "new=" + title);
                    HttpResponse<String> created = send(base, "POST", "/api/links", """
                            {"url":"https://edit.example/%d/%d","title":"%s","month":"2019-10"}"""
                            .formatted(clientId, n, title));
                    if (created.statusCode() != 201) {
                        throw new AssertionError("create answered " + created.statusCode() + " " + created.body());
                    }
                    long id = JSON.readTree(created.body()).get("id").asLong();
                    mine.add(id);
                    acknowledged.put(id, title);
                } else {
                    long id = mine.get(random.nextInt(mine.size()));
                    String title = "c" + clientId + " edit " + n;
                    inFlight.put(clientId, id + "=" + title);
                    HttpResponse<String> edited = send(base, "PATCH", "/api/links/" + id,
                            "{\"title\":\"" + title + "\",\"position\":" + random.nextInt(10) + "}");
                    if (edited.statusCode() != 200) {
                        throw new AssertionError("edit answered " + edited.statusCode() + " " + edited.body());
                    }
                    acknowledged.put(id, title);
                }
                inFlight.remove(clientId);
                acks.incrementAndGet();
            } catch (IOException | InterruptedException connectionGone) {
                return; // the server was killed: this request's fate is unknown, it stays in flight
            } catch (AssertionError | RuntimeException e) {
                if (!killed.get()) {
                    problems.add("client " + clientId + ": " + e.getMessage());
                }
                return;
            }
        }
    }

    private HttpResponse<String> send(String base, String method, String path, String body)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode get(String base, String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return JSON.readTree(answer.body());
    }

    private Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("veille.db"));
    }

    /**
     * The file passes SQLite's own check; no item is stored twice; every poll is whole: a source has all its
     * items and its success recorded, or neither (one statement, so one snapshot even while polls go on).
     */
    private static void assertSound(Statement sql) throws SQLException {
        assertEquals("ok", single(sql, "PRAGMA integrity_check"));
        assertEquals(List.of(), rows(sql, "PRAGMA foreign_key_check"), "dangling references");
        assertEquals(List.of(), rows(sql, "SELECT source_id, guid, count(*) FROM items GROUP BY source_id, guid "
                + "HAVING count(*) > 1"), "items stored twice");
        assertEquals(List.of(), rows(sql, """
                SELECT s.id, count(i.id), s.last_success_at FROM sources s LEFT JOIN items i ON i.source_id = s.id
                GROUP BY s.id
                HAVING NOT ((count(i.id) = 0 AND s.last_success_at IS NULL)
                            OR (count(i.id) = %d AND s.last_success_at IS NOT NULL))
                """.formatted(ITEMS_PER_FEED)), "polls half applied");
    }

    /**
     * Every item is either in the full-text index (which passes FTS5's own check) or queued for it, never both:
     * the poll's transaction queues its items, and indexing the queue is a transaction of its own.
     */
    private static void assertFullTextIndexMatches(Statement sql) throws SQLException {
        sql.execute("INSERT INTO items_fts(items_fts) VALUES('integrity-check')"); // throws when they differ
        assertEquals(single(sql, "SELECT count(*) FROM items"), single(sql,
                "SELECT (SELECT count(*) FROM items_fts_docsize) + (SELECT count(*) FROM items_fts_pending)"));
        assertEquals("0", single(sql, "SELECT count(*) FROM items_fts_pending p JOIN items_fts_docsize d ON d.id = p.id"),
                "items both indexed and queued");
    }
}
