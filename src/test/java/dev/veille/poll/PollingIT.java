package dev.veille.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.veille.model.Source;
import dev.veille.testing.CannedResponse;
import dev.veille.testing.LocalHttpServer;
import dev.veille.testing.RunningVeille;
import dev.veille.testing.RunningVeille.Answer;
import dev.veille.testing.TestFeeds;
import dev.veille.testing.TestFeeds.Entry;

/** Polling end to end: fetch from a local server, parse, process, store, and the API that shows the result. */
class PollingIT {

    private LocalHttpServer feeds;
    private RunningVeille veille;

    @BeforeEach
    void start() {
        feeds = LocalHttpServer.start();
        veille = RunningVeille.start(feeds.url(""));
    }

    @AfterEach
    void stop() {
        veille.close();
        feeds.close();
    }

    private long addFeed(String path, String section) {
        Answer created = veille.post("/api/sources", "{\"kind\":\"feed\",\"url\":\"" + feeds.url(path) + "\""
                + (section == null ? "" : ",\"section\":\"" + section + "\"") + "}");
        assertEquals(201, created.status(), created.body());
        return created.json().get("id").asLong();
    }

    private JsonNode poll(long id) {
        Answer answer = veille.post("/api/sources/" + id + "/poll", "");
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private JsonNode items(String query) {
        Answer answer = veille.get("/api/items" + query);
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private static List<String> titles(JsonNode page) {
        List<String> titles = new ArrayList<>();
        page.get("items").forEach(item -> titles.add(item.get("title").asText()));
        return titles;
    }

    @Test
    void pollStoresItemsThenAnUnchangedFeedIsNotModified() {
        String rss = TestFeeds.rss("Blog", Entry.of("Kafka 2.3", "https://blog.example/kafka", "2019-10-01T08:00:00Z"),
                Entry.of("Traefik 2.0", "https://blog.example/traefik", "2019-10-02T08:00:00Z"));
        feeds.on("/feed.xml", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                CannedResponse.status(304).handle(exchange);
            } else {
                CannedResponse.ok("application/rss+xml", rss).withHeader("ETag", "\"v1\"").handle(exchange);
            }
        });
        long id = addFeed("/feed.xml", "Web");

        JsonNode first = poll(id);
        assertEquals("ok", first.get("result").asText());
        assertEquals(2, first.get("newItems").asInt());
        assertTrue(first.get("error").isNull());

        JsonNode second = poll(id);
        assertEquals("not-modified", second.get("result").asText());
        assertEquals(0, second.get("newItems").asInt());
        assertEquals("\"v1\"", feeds.requestsTo("/feed.xml").get(feeds.requestsTo("/feed.xml").size() - 1).header("If-None-Match"));

        JsonNode page = items("?source=" + id);
        assertEquals(List.of("Traefik 2.0", "Kafka 2.3"), titles(page), "newest first");
        JsonNode item = page.get("items").get(0);
        assertEquals(id, item.get("sourceId").asLong());
        assertEquals("https://blog.example/traefik", item.get("url").asText());
        assertEquals("Summary of Traefik 2.0", item.get("summary").asText());
        assertEquals("2019-10-02T08:00:00Z", item.get("publishedAt").asText());
        assertEquals("new", item.get("status").asText());
        assertEquals("[\"news\",\"Web\"]", item.get("categories").toString());
        assertTrue(item.get("version").isNull());
        assertFalse(item.get("prerelease").asBoolean());
        assertTrue(item.get("duplicateOf").isNull());

        JsonNode source = veille.get("/api/sources/" + id).json();
        assertEquals(304, source.get("lastStatus").asInt());
        assertEquals(0, source.get("errorCount").asInt());
        assertNotNull(source.get("lastSuccessAt").asText());
    }

    @Test
    void fetchingWritesNothingUntilTheResultIsStored() {
        serve("/feed.xml", TestFeeds.rss("Blog", Entry.of("Kafka 2.3", "https://blog.example/kafka", "2019-10-01T08:00:00Z"),
                Entry.of("Traefik 2.0", "https://blog.example/traefik", "2019-10-02T08:00:00Z")));
        long id = addFeed("/feed.xml", null);
        Source source = veille.app().sourceStore().findById(id).orElseThrow();
        int requestsBefore = feeds.requestsTo("/feed.xml").size();

        SourcePoller.FetchedPoll fetched = veille.app().poller().fetch(source);

        assertEquals(requestsBefore + 1, feeds.requestsTo("/feed.xml").size(), "fetched");
        assertEquals(0, items("?source=" + id).get("items").size(), "no item stored yet");
        assertNull(veille.app().sourceStore().findById(id).orElseThrow().lastPolledAt(), "the source is untouched");

        PollOutcome outcome = veille.app().poller().store(fetched);

        assertEquals(PollOutcome.Result.OK, outcome.result());
        assertEquals(2, outcome.newItems());
        assertEquals(List.of("Traefik 2.0", "Kafka 2.3"), titles(items("?source=" + id)));
        assertNotNull(veille.app().sourceStore().findById(id).orElseThrow().lastPolledAt());
    }

    @Test
    void pollsStoredTogetherAreKeptAllOrNoneThenEachOnItsOwn() {
        serve("/a.xml", TestFeeds.rss("A", Entry.of("Kafka 2.3", "https://a.example/kafka", "2019-10-01T08:00:00Z"),
                Entry.of("Traefik 2.0", "https://a.example/traefik", "2019-10-02T08:00:00Z")));
        serve("/b.xml", TestFeeds.rss("B", Entry.of("Helm 3", "https://b.example/helm", "2019-10-03T08:00:00Z")));
        long a = addFeed("/a.xml", null);
        long b = addFeed("/b.xml", null);
        SourcePoller poller = veille.app().poller();
        Source sourceB = veille.app().sourceStore().findById(b).orElseThrow();
        SourcePoller.FetchedPoll fetchedA = poller.fetch(veille.app().sourceStore().findById(a).orElseThrow());
        SourcePoller.FetchedPoll broken = new SourcePoller.FetchedPoll(sourceB, System.nanoTime(), () -> {
            throw new IllegalStateException("disk I/O error");
        });

        List<PollOutcome> outcomes = poller.storeTogether(List.of(fetchedA, broken));

        // A's items were written in the failed batch, rolled back with it, then written again on their own.
        assertEquals(PollOutcome.Result.OK, outcomes.get(0).result());
        assertEquals(2, outcomes.get(0).newItems());
        assertEquals(PollOutcome.Result.ERROR, outcomes.get(1).result());
        assertEquals("internal error: java.lang.IllegalStateException: disk I/O error", outcomes.get(1).error());
        assertEquals(List.of("Traefik 2.0", "Kafka 2.3"), titles(items("?source=" + a)));
        assertEquals(0, items("?source=" + b).get("items").size());
        assertEquals(1, veille.app().sourceStore().findById(b).orElseThrow().errorCount());

        SourcePoller.FetchedPoll fetchedB = poller.fetch(sourceB);
        SourcePoller.FetchedPoll repollA = poller.fetch(veille.app().sourceStore().findById(a).orElseThrow());
        List<PollOutcome> together = poller.storeTogether(List.of(fetchedB, repollA));
        assertEquals(List.of(1, 0), together.stream().map(PollOutcome::newItems).toList());
        assertEquals(List.of("Helm 3"), titles(items("?source=" + b)));
        assertEquals(0, veille.app().sourceStore().findById(b).orElseThrow().errorCount());
    }

    @Test
    void aRepolledFeedAddsOnlyItsNewItems() {
        Entry old = Entry.of("Ancien", "https://blog.example/old", "2019-10-01T08:00:00Z");
        serve("/feed.xml", TestFeeds.rss("Blog", old));
        long id = addFeed("/feed.xml", null);
        assertEquals(1, poll(id).get("newItems").asInt());
        serve("/feed.xml", TestFeeds.rss("Blog", Entry.of("Nouveau", "https://blog.example/new", "2019-10-03T08:00:00Z"), old));
        assertEquals(1, poll(id).get("newItems").asInt());
        assertEquals(List.of("Nouveau", "Ancien"), titles(items("?source=" + id)));
    }

    @Test
    void brokenFeedsBecomeTheSourcesErrorAndKeepWhatWasStored() {
        serve("/feed.xml", TestFeeds.rss("Blog", Entry.of("Gardé", "https://blog.example/kept", "2019-10-01T08:00:00Z")));
        long id = addFeed("/feed.xml", null);
        assertEquals(1, poll(id).get("newItems").asInt());

        String[][] cases = {
                {"<rss version=\"2.0\"><channel><title>x</title><item><title>unclosed", "application/rss+xml"},
                {"<html><head><title>Oops</title></head><body>maintenance</body></html>", "text/html"},
                {"", "application/rss+xml"},
                {"<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                        + "<rss version=\"2.0\"><channel><title>&xxe;</title></channel></rss>", "application/rss+xml"},
        };
        int errors = 0;
        for (String[] broken : cases) {
            serve("/feed.xml", broken[0], broken[1]);
            JsonNode outcome = poll(id);
            errors++;
            assertEquals("error", outcome.get("result").asText(), broken[0]);
            String message = outcome.get("error").asText();
            assertFalse(message.isBlank());
            assertFalse(message.contains("Exception"), "a message for a person, not a class name: " + message);
            JsonNode source = veille.get("/api/sources/" + id).json();
            assertEquals(errors, source.get("errorCount").asInt());
            assertEquals(message, source.get("lastError").asText());
        }
        assertEquals(List.of("Gardé"), titles(items("?source=" + id)), "what was stored is untouched");
        assertFalse(veille.get("/api/sources/" + id).json().get("lastError").asText().contains("/etc/passwd:"));
    }

    @Test
    void serverErrorsAreRecordedWithTheirStatusAndRetryAfterIsHonoured() {
        feeds.on("/busy.xml", CannedResponse.status(503).withHeader("Retry-After", "7200"));
        long id = addFeed("/ok.xml", null, TestFeeds.rss("ok"));
        veille.patch("/api/sources/" + id, "{\"url\":\"" + feeds.url("/busy.xml") + "\"}");
        Instant before = Instant.now();
        JsonNode outcome = poll(id);
        assertEquals("error", outcome.get("result").asText());
        assertEquals(503, outcome.get("status").asInt());
        JsonNode source = veille.get("/api/sources/" + id).json();
        assertEquals(503, source.get("lastStatus").asInt());
        Instant next = Instant.parse(source.get("nextPollAt").asText());
        assertTrue(next.isAfter(before.plus(Duration.ofMinutes(119))), "next poll " + next + " honours Retry-After");
    }

    @Test
    void goneSourcesStopPollingAndSayWhy() {
        long id = addFeed("/ok.xml", null, TestFeeds.rss("ok"));
        feeds.on("/ok.xml", CannedResponse.status(410));
        JsonNode outcome = poll(id);
        assertEquals("error", outcome.get("result").asText());
        JsonNode source = veille.get("/api/sources/" + id).json();
        assertTrue(source.get("gone").asBoolean());
        assertTrue(source.get("nextPollAt").isNull());
        assertTrue(source.get("lastError").asText().contains("410 Gone"), source.toString());
        assertTrue(veille.app().sourceStore().findDue(Instant.now().plus(Duration.ofDays(30))).isEmpty(),
                "a gone source is never due");
    }

    @Test
    void aPermanentRedirectUpdatesTheStoredUrl() {
        long id = addFeed("/old.xml", null, TestFeeds.rss("Blog", Entry.of("A", "https://blog.example/a", "2019-10-01T08:00:00Z")));
        serve("/new.xml", TestFeeds.rss("Blog", Entry.of("A", "https://blog.example/a", "2019-10-01T08:00:00Z")));
        feeds.on("/old.xml", CannedResponse.status(301).withHeader("Location", "/new.xml"));
        assertEquals("ok", poll(id).get("result").asText());
        assertEquals(feeds.url("/new.xml"), veille.get("/api/sources/" + id).json().get("url").asText());
    }

    @Test
    void githubReleasesCarryVersionsAndSkipPrereleasesUnlessAsked() {
        serve("/helm/helm/releases.atom", TestFeeds.githubReleases("helm/helm", "v3.0.0", "v3.0.0-rc.4", "Helm v2.16.1"),
                "application/atom+xml");
        long id = veille.post("/api/sources", "{\"kind\":\"github\",\"repo\":\"helm/helm\",\"section\":\"Cloud\"}")
                .json().get("id").asLong();
        assertEquals(2, poll(id).get("newItems").asInt());
        JsonNode page = items("?source=" + id);
        assertEquals(List.of("v3.0.0", "Helm v2.16.1"), titles(page));
        assertEquals("3.0.0", page.get("items").get(0).get("version").asText());
        assertEquals("2.16.1", page.get("items").get(1).get("version").asText());
        assertEquals("https://github.com/helm/helm/releases/tag/v3.0.0", page.get("items").get(0).get("url").asText());

        veille.patch("/api/sources/" + id, "{\"includePrereleases\":true}");
        assertEquals(1, poll(id).get("newItems").asInt());
        JsonNode rc = items("?source=" + id).get("items").get(1);
        assertEquals("3.0.0-rc.4", rc.get("version").asText());
        assertTrue(rc.get("prerelease").asBoolean());
    }

    @Test
    void aReleasePageIsReadWithItsSelectors() {
        serve("/releases", """
                <html><body><ul>
                  <li class="release"><h3>Telegraf 1.12.3</h3><a href="/releases/1.12.3">notes</a><time datetime="2019-10-07">7 oct.</time></li>
                  <li class="release"><h3>Telegraf 1.12.2</h3><a href="javascript:alert(1)">notes</a></li>
                </ul></body></html>""", "text/html; charset=utf-8");
        Answer created = veille.post("/api/sources", """
                {"kind":"page","url":"%s","section":"Time Series",
                 "selectors":{"item":"li.release","title":"h3","link":"a","date":"time"}}""".formatted(feeds.url("/releases")));
        assertEquals(201, created.status(), created.body());
        long id = created.json().get("id").asLong();
        JsonNode outcome = poll(id);
        assertEquals(1, outcome.get("newItems").asInt(), "the javascript: link is skipped");
        JsonNode item = items("?source=" + id).get("items").get(0);
        assertEquals("Telegraf 1.12.3", item.get("title").asText());
        assertEquals(feeds.url("/releases/1.12.3"), item.get("url").asText());
        assertEquals("2019-10-07T00:00:00Z", item.get("publishedAt").asText());
    }

    @Test
    void aLatin1FeedShowsAccentsNotMojibake() {
        String rss = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Sécurité</title>"
                + "<item><title>Sécurité des conteneurs</title><link>https://blog.example/secu</link></item></channel></rss>";
        feeds.on("/latin1.xml", CannedResponse.status(200).withHeader("Content-Type", "application/rss+xml")
                .withBody(rss.getBytes(Charset.forName("ISO-8859-1"))));
        long id = addFeed("/latin1.xml", null);
        poll(id);
        assertEquals(List.of("Sécurité des conteneurs"), titles(items("?source=" + id)));
        assertEquals("Sécurité", veille.get("/api/sources/" + id).json().get("title").asText());
    }

    @Test
    void theSameArticleFromTwoSourcesIsFlaggedAsADuplicateOfTheFirst() {
        serve("/a.xml", TestFeeds.rss("A", Entry.of("Kafka", "https://www.Confluent.io/blog/kafka/?utm_source=rss", "2019-10-01T08:00:00Z")));
        serve("/b.xml", TestFeeds.rss("B", Entry.of("Kafka again", "http://www.confluent.io/blog/kafka#top", "2019-10-02T08:00:00Z")));
        long a = addFeed("/a.xml", null);
        long b = addFeed("/b.xml", null);
        poll(a);
        poll(b);
        long first = items("?source=" + a).get("items").get(0).get("id").asLong();
        assertEquals(first, items("?source=" + b).get("items").get(0).get("duplicateOf").asLong());
        assertTrue(items("?source=" + a).get("items").get(0).get("duplicateOf").isNull());
    }

    @Test
    void itemsArePagedSearchedAndTriaged() {
        List<Entry> entries = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            entries.add(Entry.of("Article " + day, "https://blog.example/" + day, "2019-10-0" + day + "T08:00:00Z"));
        }
        entries.add(Entry.of("La Sécurité de Kubernetes", "https://blog.example/secu", "2019-09-30T08:00:00Z"));
        serve("/feed.xml", TestFeeds.rss("Blog", entries.toArray(Entry[]::new)));
        long id = addFeed("/feed.xml", null);
        poll(id);

        JsonNode page1 = items("?limit=2");
        assertEquals(List.of("Article 5", "Article 4"), titles(page1));
        JsonNode page2 = items("?limit=2&before=" + page1.get("next").asText());
        assertEquals(List.of("Article 3", "Article 2"), titles(page2));
        JsonNode page3 = items("?limit=2&before=" + page2.get("next").asText());
        assertEquals(List.of("Article 1", "La Sécurité de Kubernetes"), titles(page3));
        assertTrue(page3.get("next").isNull(), "the last page has no next");

        assertEquals(List.of("La Sécurité de Kubernetes"), titles(items("?q=securite")));
        assertEquals(List.of("La Sécurité de Kubernetes"), titles(items("?q=kube%20S%C3%A9cu")));
        assertEquals(List.of(), titles(items("?q=%22%29%28*")), "FTS syntax in the query is plain text");

        long itemId = page1.get("items").get(0).get("id").asLong();
        Answer kept = veille.patch("/api/items/" + itemId, "{\"status\":\"kept\"}");
        assertEquals("kept", kept.json().get("status").asText());
        assertEquals(List.of("Article 5"), titles(items("?status=kept")));
        assertEquals(5, items("?status=new").get("items").size());

        assertEquals(400, veille.patch("/api/items/" + itemId, "{\"status\":\"maybe\"}").status());
        assertEquals("status must be one of new, kept, dismissed (got 'maybe')",
                veille.patch("/api/items/" + itemId, "{\"status\":\"maybe\"}").json().get("error").asText());
        assertEquals(404, veille.patch("/api/items/999999", "{\"status\":\"kept\"}").status());
        assertEquals("limit must be a whole number from 1 to 200 (got '0')", veille.get("/api/items?limit=0").json().get("error").asText());
        assertEquals(400, veille.get("/api/items?before=yesterday").status());
        assertEquals(400, veille.get("/api/items?source=abc").status());
    }

    @Test
    void theSchedulerPollsDueSourcesOnItsOwn() throws InterruptedException {
        long id = addFeed("/feed.xml", null, TestFeeds.rss("Blog", Entry.of("Auto", "https://blog.example/auto", "2019-10-01T08:00:00Z")));
        veille.app().startScheduler(Duration.ofMillis(100));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (items("?source=" + id).get("items").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(List.of("Auto"), titles(items("?source=" + id)));
        assertEquals("running", veille.send(veille.request("/api/health")).json().get("scheduler").asText());
        JsonNode source = veille.get("/api/sources/" + id).json();
        assertTrue(Instant.parse(source.get("nextPollAt").asText()).isAfter(Instant.now().plus(Duration.ofMinutes(59))),
                "next poll is an interval away: " + source.get("nextPollAt"));
    }

    private long addFeed(String path, String section, String rss) {
        serve(path, rss);
        return addFeed(path, section);
    }

    private void serve(String path, String body) {
        serve(path, body, "application/rss+xml; charset=utf-8");
    }

    private void serve(String path, String body, String contentType) {
        feeds.on(path, CannedResponse.ok(contentType, body));
    }
}
