package dev.veille.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.veille.testing.CannedResponse;
import dev.veille.testing.LocalHttpServer;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** URLs that are not absolute http(s) URLs are refused before any connection is made. */
class FetcherRefusedUrlTest {
    private final LocalHttpServer server = LocalHttpServer.start();
    private final Fetcher fetcher = new Fetcher(FetchLimits.defaults().withAllowPrivateNetworks(true), Clock.systemUTC());

    @AfterEach
    void stopServer() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "file:///etc/passwd", "data:text/plain,hello",
            "mailto:someone@example.org", "/relative/feed.xml"})
    void refusesUrlsThatAreNotHttp(String url) {
        assertEquals(new FetchResult.Failed("fetch " + url + ": only http and https URLs can be fetched", null, null),
                fetcher.fetch(FetchRequest.of(url)));
    }

    @Test
    void refusesAnotherSchemeEvenOnAReachableHost() {
        server.on("/feed", CannedResponse.ok("text/plain", "must not be reached"));
        String url = "ftp://127.0.0.1:" + server.port() + "/feed";

        assertEquals(new FetchResult.Failed("fetch " + url + ": only http and https URLs can be fetched", null, null),
                fetcher.fetch(FetchRequest.of(url)));
        assertEquals(0, server.requests().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://exa mple.org/feed | not a valid URL (Illegal character in authority at index 7)",
            "http:///feed.xml         | the URL has no host",
            "''                       | no URL given"})
    void refusesMalformedUrls(String url, String reason) {
        assertEquals(new FetchResult.Failed("fetch " + url + ": " + reason, null, null),
                fetcher.fetch(FetchRequest.of(url)));
    }

    @Test
    void acceptsAnUpperCaseScheme() {
        server.on("/feed", CannedResponse.ok("application/rss+xml", "<rss/>"));

        FetchResult result = fetcher.fetch(FetchRequest.of("HTTP://127.0.0.1:" + server.port() + "/feed"));

        assertEquals("<rss/>", new String(assertInstanceOf(FetchResult.Fetched.class, result).body()));
    }

    @Test
    void fetchesAUrlWithoutPathAtTheRoot() {
        server.on("/", CannedResponse.ok("text/html", "<html></html>"));

        FetchResult result = fetcher.fetch(FetchRequest.of("http://127.0.0.1:" + server.port()));

        assertEquals(server.url("/"), assertInstanceOf(FetchResult.Fetched.class, result).finalUrl());
    }
}
