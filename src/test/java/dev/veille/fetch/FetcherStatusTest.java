package dev.veille.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.veille.testing.CannedResponse;
import dev.veille.testing.LocalHttpServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Non-2xx answers: Gone for 410, Failed with status (and Retry-After when asked to wait) for the rest. */
class FetcherStatusTest {
    /** A Thursday; Retry-After dates below are counted from here. */
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final LocalHttpServer server = LocalHttpServer.start();
    private final Fetcher fetcher = new Fetcher(FetchLimits.defaults().withAllowPrivateNetworks(true), Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void goneIsGone() {
        server.on("/feed", CannedResponse.status(410).withBody("this feed is no more"));

        assertEquals(new FetchResult.Gone(410), fetch("/feed"));
    }

    @Test
    void serviceUnavailableWithRetryAfterSecondsSaysHowLongToWait() {
        server.on("/feed", CannedResponse.status(503).withHeader("Retry-After", "120"));

        assertEquals(new FetchResult.Failed("fetch " + server.url("/feed")
                + ": answered 503 Service Unavailable, retry after 120 s", 503, Duration.ofSeconds(120)),
                fetch("/feed"));
    }

    @Test
    void tooManyRequestsWithAnHttpDateIsCountedFromTheClock() {
        server.on("/feed", CannedResponse.status(429).withHeader("Retry-After", "Thu, 01 Jan 2026 00:02:00 GMT"));

        assertEquals(new FetchResult.Failed("fetch " + server.url("/feed")
                + ": answered 429 Too Many Requests, retry after 120 s", 429, Duration.ofSeconds(120)),
                fetch("/feed"));
    }

    @Test
    void serviceUnavailableWithoutRetryAfterLeavesTheWaitToTheCaller() {
        server.on("/feed", CannedResponse.status(503));

        assertEquals(new FetchResult.Failed("fetch " + server.url("/feed") + ": answered 503 Service Unavailable",
                503, null), fetch("/feed"));
    }

    @Test
    void serverErrorFailsWithItsStatus() {
        server.on("/feed", CannedResponse.status(500).withBody("stack trace of someone else's bug"));

        assertEquals(new FetchResult.Failed("fetch " + server.url("/feed") + ": answered 500 Internal Server Error",
                500, null), fetch("/feed"));
    }

    @Test
    void notFoundFailsWithItsStatus() {
        assertEquals(new FetchResult.Failed("fetch " + server.url("/missing") + ": answered 404 Not Found",
                404, null), fetch("/missing"));
    }

    @Test
    void retryAfterIsIgnoredOnOtherStatuses() {
        server.on("/feed", CannedResponse.status(500).withHeader("Retry-After", "120"));

        assertEquals(new FetchResult.Failed("fetch " + server.url("/feed") + ": answered 500 Internal Server Error",
                500, null), fetch("/feed"));
    }

    private FetchResult fetch(String path) {
        return fetcher.fetch(FetchRequest.of(server.url(path)));
    }
}
