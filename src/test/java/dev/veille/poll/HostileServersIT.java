package dev.veille.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpHandler;

import dev.veille.testing.CannedResponse;
import dev.veille.testing.HeapPeak;
import dev.veille.testing.HostileResponses;
import dev.veille.testing.LocalHttpServer;
import dev.veille.testing.RunningVeille;
import dev.veille.testing.RunningVeille.Answer;
import dev.veille.testing.TestFeeds;
import dev.veille.testing.TestFeeds.Entry;

/**
 * Servers that attack the poller rather than the parser: a gzip bomb, a gigabyte body, a drip, redirect loops
 * and a way into the private network. Each poll must end as the source's recorded error, quickly and without
 * the body ever being held in memory, and the server must still answer and poll a healthy source afterwards.
 */
class HostileServersIT {

    private static final int GIGABYTE_IN_MIB = 1024;
    /** The default body limit is 10 MiB: a bounded poll allocates a few times that, a gigabyte one far more. */
    private static final long HEAP_GROWTH_BOUND = 256L * 1024 * 1024;
    private static final Duration QUICK = Duration.ofSeconds(5);

    private LocalHttpServer feeds;
    private RunningVeille veille;

    @BeforeEach
    void startServer() {
        feeds = LocalHttpServer.start();
        feeds.on("/healthy.xml", CannedResponse.ok("application/rss+xml",
                TestFeeds.rss("Healthy", Entry.of("Still here", "https://healthy.example/1", "2019-10-01T08:00:00Z"))));
    }

    @AfterEach
    void stop() {
        if (veille != null) {
            veille.close();
        }
        feeds.close();
    }

    @Test
    void aGzipBombOfAGigabyteIsCutAtTheBodyLimit() {
        veille = RunningVeille.start(feeds.url(""), Map.of());
        long id = addSourceThenServe("/bomb.xml", HostileResponses.gzipBomb(GIGABYTE_IN_MIB, "application/rss+xml"));

        AtomicReference<TimedPoll> poll = new AtomicReference<>();
        long heapGrowth = HeapPeak.growthDuring(() -> poll.set(TimedPoll.of(veille, id, QUICK)));

        assertEquals("fetch " + feeds.url("/bomb.xml") + ": body larger than 10 MiB once decompressed (gzip)",
                poll.get().error());
        assertEquals(200, poll.get().json().get("status").asInt());
        assertRecordedError(id, poll.get());
        assertTrue(heapGrowth < HEAP_GROWTH_BOUND, "heap grew by " + heapGrowth / (1024 * 1024) + " MiB");
        assertVeilleStillServes();
    }

    @Test
    void aGigabyteBodyWithItsLengthIsRefusedUnread() {
        veille = RunningVeille.start(feeds.url(""), Map.of());
        long id = addSourceThenServe("/huge.xml", HostileResponses.hugeBody(GIGABYTE_IN_MIB, true));

        AtomicReference<TimedPoll> poll = new AtomicReference<>();
        long heapGrowth = HeapPeak.growthDuring(() -> poll.set(TimedPoll.of(veille, id, QUICK)));

        assertEquals("fetch " + feeds.url("/huge.xml") + ": body larger than 10 MiB (Content-Length: 1073741824)",
                poll.get().error());
        assertRecordedError(id, poll.get());
        assertTrue(heapGrowth < HEAP_GROWTH_BOUND, "heap grew by " + heapGrowth / (1024 * 1024) + " MiB");
        assertVeilleStillServes();
    }

    @Test
    void aGigabyteChunkedBodyIsCutAtTheLimit() {
        veille = RunningVeille.start(feeds.url(""), Map.of());
        long id = addSourceThenServe("/huge-chunked.xml", HostileResponses.hugeBody(GIGABYTE_IN_MIB, false));

        AtomicReference<TimedPoll> poll = new AtomicReference<>();
        long heapGrowth = HeapPeak.growthDuring(() -> poll.set(TimedPoll.of(veille, id, QUICK)));

        assertEquals("fetch " + feeds.url("/huge-chunked.xml") + ": body larger than 10 MiB", poll.get().error());
        assertRecordedError(id, poll.get());
        assertTrue(heapGrowth < HEAP_GROWTH_BOUND, "heap grew by " + heapGrowth / (1024 * 1024) + " MiB");
        assertVeilleStillServes();
    }

    @Test
    void aServerDrippingOneBytePerSecondIsCutAtTheFetchDeadline() {
        veille = RunningVeille.start(feeds.url(""), Map.of("VEILLE_FETCH_TIMEOUT_SECONDS", "2"));
        long id = addSourceThenServe("/drip.xml", HostileResponses.drip(
                TestFeeds.rss("Drip", Entry.of("Slow", "https://drip.example/1", "2019-10-01T08:00:00Z")),
                Duration.ofSeconds(1)));

        TimedPoll poll = TimedPoll.of(veille, id, QUICK);

        assertEquals("fetch " + feeds.url("/drip.xml") + ": no complete answer within 2 s", poll.error());
        assertTrue(poll.took().compareTo(Duration.ofMillis(1900)) > 0, "cut before the deadline? " + poll.took());
        assertRecordedError(id, poll);
        assertVeilleStillServes();
    }

    @Test
    void aRedirectLoopAndAnEndlessChainOfRedirectsEndAsErrors() {
        veille = RunningVeille.start(feeds.url(""), Map.of());
        long loop = addSourceThenServe("/loop-a", CannedResponse.status(302).withHeader("Location", "/loop-b"));
        feeds.on("/loop-b", CannedResponse.status(301).withHeader("Location", "/loop-a"));
        for (int i = 0; i < 50; i++) {
            feeds.on("/chain-" + i, CannedResponse.status(307).withHeader("Location", "/chain-" + (i + 1)));
        }
        long chain = addSourceThenServe("/chain-0", CannedResponse.status(307).withHeader("Location", "/chain-1"));

        int requestsBefore = feeds.requests().size();
        TimedPoll looped = TimedPoll.of(veille, loop, QUICK);
        assertEquals(2, feeds.requests().size() - requestsBefore, "the loop is seen before going round again");
        TimedPoll chained = TimedPoll.of(veille, chain, QUICK);

        assertEquals("fetch " + feeds.url("/loop-b") + ": redirect loop: " + feeds.url("/loop-a") + " → "
                + feeds.url("/loop-b") + " → " + feeds.url("/loop-a") + " (redirected from "
                + feeds.url("/loop-a") + ")", looped.error());
        assertTrue(chained.error().startsWith("fetch " + feeds.url("/chain-5") + ": too many redirects (more than 5)"),
                chained.error());
        assertTrue(feeds.requestsTo("/chain-6").isEmpty(), "the sixth redirect is not followed");
        assertRecordedError(loop, looped);
        assertRecordedError(chain, chained);
        assertVeilleStillServes();
    }

    /**
     * With private networks refused, the test server (on loopback) is itself the private address: the first
     * hop is refused before any request is sent. That every later hop is checked too is shown in fetch's own
     * {@code FetcherPrivateNetworkTest}, where a test-only rule lets the first hop through.
     */
    @Test
    void aFeedInThePrivateNetworkIsRefusedAtAddAndAtPoll() {
        veille = RunningVeille.start(feeds.url(""), Map.of("VEILLE_ALLOW_PRIVATE_NETWORKS", "false"));
        feeds.on("/owner/repo/releases.atom", CannedResponse.status(302)
                .withHeader("Location", "http://169.254.169.254/latest/meta-data/"));
        feeds.on("/private.xml", CannedResponse.status(302)
                .withHeader("Location", "http://169.254.169.254/latest/meta-data/"));
        String refusal = "127.0.0.1 resolves to the private address 127.0.0.1: refused (set "
                + "VEILLE_ALLOW_PRIVATE_NETWORKS=true to read feeds on a private network)";

        Answer added = veille.post("/api/sources", "{\"kind\":\"feed\",\"url\":\"" + feeds.url("/private.xml") + "\"}");
        assertEquals(400, added.status(), added.body());
        assertEquals("url: could not fetch " + feeds.url("/private.xml") + ": fetch " + feeds.url("/private.xml")
                + ": " + refusal, added.json().get("error").asText());

        // A GitHub source is stored without a fetch, so the refusal shows at its poll.
        Answer github = veille.post("/api/sources", "{\"kind\":\"github\",\"repo\":\"owner/repo\"}");
        assertEquals(201, github.status(), github.body());
        long id = github.json().get("id").asLong();
        TimedPoll poll = TimedPoll.of(veille, id, QUICK);

        assertEquals("fetch " + feeds.url("/owner/repo/releases.atom") + ": " + refusal, poll.error());
        assertRecordedError(id, poll);
        assertEquals(List.of(), feeds.requests(), "not a single request reached the private address");
        Answer health = veille.send(veille.request("/api/health"));
        assertEquals(200, health.status(), health.body());
        assertEquals(1, health.json().get("sourcesInError").asInt());
    }

    // --- helpers ---


    private long addSourceThenServe(String path, HttpHandler hostile) {
        feeds.on(path, CannedResponse.ok("application/rss+xml", TestFeeds.rss("Bootstrap")));
        Answer created = veille.post("/api/sources", "{\"kind\":\"feed\",\"url\":\"" + feeds.url(path) + "\"}");
        assertEquals(201, created.status(), created.body());
        feeds.on(path, hostile);
        return created.json().get("id").asLong();
    }

    private void assertRecordedError(long id, TimedPoll poll) {
        assertEquals("error", poll.json().get("result").asText(), poll.json().toString());
        JsonNode source = veille.get("/api/sources/" + id).json();
        assertEquals(poll.error(), source.get("lastError").asText());
        assertEquals(1, source.get("errorCount").asInt());
        assertTrue(source.get("lastSuccessAt").isNull(), "never succeeded: " + source);
    }

    private void assertVeilleStillServes() {
        Answer health = veille.send(veille.request("/api/health"));
        assertEquals(200, health.status(), health.body());
        assertEquals("ok", health.json().get("status").asText());
        Answer created = veille.post("/api/sources", "{\"kind\":\"feed\",\"url\":\"" + feeds.url("/healthy.xml") + "\"}");
        assertEquals(201, created.status(), created.body());
        TimedPoll healthy = TimedPoll.of(veille, created.json().get("id").asLong(), QUICK);
        assertEquals("ok", healthy.json().get("result").asText(), healthy.json().toString());
        assertEquals(1, healthy.json().get("newItems").asInt());
    }
}
