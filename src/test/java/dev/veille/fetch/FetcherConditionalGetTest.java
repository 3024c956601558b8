package dev.veille.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.veille.testing.CannedResponse;
import dev.veille.testing.LocalHttpServer;
import dev.veille.testing.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A plain 200, the validators it returns, and the conditional GET that sends them back. */
class FetcherConditionalGetTest {
    private static final String RSS = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>";
    private static final String LAST_MODIFIED = "Wed, 21 Oct 2015 07:28:00 GMT";

    private final LocalHttpServer server = LocalHttpServer.start();
    private final Fetcher fetcher = new Fetcher(FetchLimits.defaults().withAllowPrivateNetworks(true), Clock.systemUTC());

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void returnsBodyContentTypeAndValidatorsOfA200() {
        server.on("/feed.xml", CannedResponse.ok("application/rss+xml; charset=utf-8", RSS)
                .withHeader("ETag", "\"v1\"")
                .withHeader("Last-Modified", LAST_MODIFIED));

        FetchResult result = fetcher.fetch(FetchRequest.of(server.url("/feed.xml")));

        FetchResult.Fetched fetched = assertInstanceOf(FetchResult.Fetched.class, result);
        assertEquals(200, fetched.status());
        assertEquals(server.url("/feed.xml"), fetched.finalUrl());
        assertNull(fetched.movedPermanentlyTo());
        assertEquals("application/rss+xml; charset=utf-8", fetched.contentType());
        assertArrayEquals(RSS.getBytes(StandardCharsets.UTF_8), fetched.body());
        assertEquals("\"v1\"", fetched.etag());
        assertEquals(LAST_MODIFIED, fetched.lastModified());
    }

    @Test
    void sendsNoValidatorsWhenThereAreNone() {
        server.on("/feed.xml", CannedResponse.ok("application/rss+xml", RSS));

        fetcher.fetch(FetchRequest.of(server.url("/feed.xml")));

        RecordedRequest request = server.onlyRequestTo("/feed.xml");
        assertEquals("GET", request.method());
        assertNull(request.header("If-None-Match"));
        assertNull(request.header("If-Modified-Since"));
    }

    @Test
    void answersNotModifiedWhenTheEtagMatches() {
        server.on("/feed.xml", exchange -> {
            boolean unchanged = "\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
            (unchanged ? CannedResponse.status(304) : CannedResponse.ok("application/rss+xml", RSS))
                    .handle(exchange);
        });

        FetchResult result = fetcher.fetch(new FetchRequest(server.url("/feed.xml"), "\"v1\"", null));

        assertEquals(new FetchResult.NotModified(304), result);
        assertEquals("\"v1\"", server.onlyRequestTo("/feed.xml").header("If-None-Match"));
    }

    @Test
    void keepsTheConnectionForTheNextPollAfterA304() {
        server.on("/feed.xml", CannedResponse.status(304));

        fetcher.fetch(new FetchRequest(server.url("/feed.xml"), "\"v1\"", null));
        fetcher.fetch(new FetchRequest(server.url("/feed.xml"), "\"v1\"", null));

        List<RecordedRequest> requests = server.requestsTo("/feed.xml");
        assertEquals(2, requests.size());
        assertEquals(requests.get(0).clientPort(), requests.get(1).clientPort(), "a new connection was opened");
    }

    @Test
    void sendsIfModifiedSinceFromTheStoredLastModified() {
        server.on("/feed.xml", CannedResponse.status(304));

        FetchResult result = fetcher.fetch(new FetchRequest(server.url("/feed.xml"), null, LAST_MODIFIED));

        assertEquals(new FetchResult.NotModified(304), result);
        RecordedRequest request = server.onlyRequestTo("/feed.xml");
        assertEquals(LAST_MODIFIED, request.header("If-Modified-Since"));
        assertNull(request.header("If-None-Match"));
    }

    @Test
    void introducesItselfAndSaysWhatItAccepts() {
        server.on("/feed.xml", CannedResponse.ok("application/rss+xml", RSS));

        fetcher.fetch(FetchRequest.of(server.url("/feed.xml")));

        RecordedRequest request = server.onlyRequestTo("/feed.xml");
        assertEquals("Veille/0.1 (+https://github.com/veille-dev/veille; self-hosted tech watch)",
                request.header("User-Agent"));
        assertEquals("application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
                + "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5", request.header("Accept"));
        assertEquals("gzip, deflate", request.header("Accept-Encoding"));
    }

    @Test
    void sendsAConfiguredUserAgent() {
        server.on("/feed.xml", CannedResponse.ok("application/rss+xml", RSS));
        Fetcher custom = new Fetcher(FetchLimits.defaults().withAllowPrivateNetworks(true).withUserAgent("Veille-test/9"), Clock.systemUTC());

        custom.fetch(FetchRequest.of(server.url("/feed.xml")));

        assertEquals("Veille-test/9", server.onlyRequestTo("/feed.xml").header("User-Agent"));
    }
}
