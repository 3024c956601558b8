package dev.veille.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.veille.testing.CannedResponse;
import dev.veille.testing.LocalHttpServer;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Redirects are followed by hand: counted, loop-checked, resolved, and only all-permanent chains move a source. */
class FetcherRedirectTest {
    private static final String RSS = "<rss version=\"2.0\"/>";

    private final LocalHttpServer server = LocalHttpServer.start();
    private final Fetcher fetcher = new Fetcher(FetchLimits.defaults().withAllowPrivateNetworks(true), Clock.systemUTC());

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void chainOfPermanentRedirectsReportsTheNewHome() {
        server.on("/old", redirect(301, "/middle"));
        server.on("/middle", redirect(308, "/new"));
        server.on("/new", CannedResponse.ok("application/rss+xml", RSS));

        FetchResult.Fetched fetched = fetched(server.url("/old"));

        assertEquals(server.url("/new"), fetched.finalUrl());
        assertEquals(server.url("/new"), fetched.movedPermanentlyTo());
        assertEquals(RSS, new String(fetched.body()));
    }

    @Test
    void oneTemporaryRedirectInTheChainKeepsTheOldUrl() {
        server.on("/old", redirect(301, "/middle"));
        server.on("/middle", redirect(302, "/new"));
        server.on("/new", CannedResponse.ok("application/rss+xml", RSS));

        FetchResult.Fetched fetched = fetched(server.url("/old"));

        assertEquals(server.url("/new"), fetched.finalUrl());
        assertNull(fetched.movedPermanentlyTo());
    }

    @Test
    void resolvesARelativeLocationAgainstTheUrlThatAnswered() {
        server.on("/archive/2024/feed.xml", redirect(301, "../current/feed.xml?format=rss"));
        server.on("/archive/current/feed.xml", CannedResponse.ok("application/rss+xml", RSS));

        FetchResult.Fetched fetched = fetched(server.url("/archive/2024/feed.xml"));

        assertEquals(server.url("/archive/current/feed.xml?format=rss"), fetched.finalUrl());
        assertEquals("format=rss", server.onlyRequestTo("/archive/current/feed.xml").query());
    }

    @Test
    void followsExactlyTheMaximumNumberOfRedirects() {
        chainOfRedirects(5);

        FetchResult.Fetched fetched = fetched(server.url("/hop0"));

        assertEquals(server.url("/hop5"), fetched.finalUrl());
    }

    @Test
    void failsAfterTooManyRedirects() {
        chainOfRedirects(6);

        FetchResult result = fetcher.fetch(FetchRequest.of(server.url("/hop0")));

        FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, result);
        assertEquals("fetch " + server.url("/hop5") + ": too many redirects (more than 5): "
                + String.join(" → ", hops(0, 6)) + " (redirected from " + server.url("/hop0") + ")",
                failed.message());
        assertEquals(301, failed.status());
        assertEquals(6, server.requests().size(), "the sixth redirect must not be followed");
    }

    @Test
    void failsOnARedirectLoop() {
        server.on("/a", redirect(302, "/b"));
        server.on("/b", redirect(302, "/a"));

        FetchResult result = fetcher.fetch(FetchRequest.of(server.url("/a")));

        FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, result);
        assertEquals("fetch " + server.url("/b") + ": redirect loop: " + server.url("/a") + " → "
                + server.url("/b") + " → " + server.url("/a") + " (redirected from " + server.url("/a") + ")",
                failed.message());
        assertEquals(2, server.requests().size(), "a loop is stopped as soon as it closes");
    }

    @Test
    void failsOnARedirectWithoutLocation() {
        server.on("/feed", CannedResponse.status(302));

        FetchResult result = fetcher.fetch(FetchRequest.of(server.url("/feed")));

        assertEquals(new FetchResult.Failed("fetch " + server.url("/feed")
                + ": answered 302 Found without a Location header", 302, null), result);
    }

    @Test
    void refusesARedirectToAFileUrl() {
        server.on("/feed", redirect(301, "file:///etc/passwd"));

        FetchResult result = fetcher.fetch(FetchRequest.of(server.url("/feed")));

        assertEquals(new FetchResult.Failed("fetch " + server.url("/feed") + ": redirected to file:///etc/passwd, "
                + "but only http and https URLs can be fetched", 301, null), result);
    }

    private FetchResult.Fetched fetched(String url) {
        return assertInstanceOf(FetchResult.Fetched.class, fetcher.fetch(FetchRequest.of(url)));
    }

    /** /hop0 → /hop1 → … → /hop{redirects}, which answers 200. */
    private void chainOfRedirects(int redirects) {
        for (int i = 0; i < redirects; i++) {
            server.on("/hop" + i, redirect(301, "/hop" + (i + 1)));
        }
        server.on("/hop" + redirects, CannedResponse.ok("application/rss+xml", RSS));
    }

    private List<String> hops(int from, int toInclusive) {
        return java.util.stream.IntStream.rangeClosed(from, toInclusive).mapToObj(i -> server.url("/hop" + i)).toList();
    }

    private static CannedResponse redirect(int status, String location) {
        return CannedResponse.status(status).withHeader("Location", location);
    }
}
