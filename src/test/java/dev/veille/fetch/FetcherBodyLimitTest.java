package dev.veille.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import dev.veille.testing.CannedResponse;
import dev.veille.testing.LocalHttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The body size limit: exactly the limit passes, a chunked body is cut, a declared length is refused unread. */
class FetcherBodyLimitTest {
    private static final int LIMIT = 64 * 1024;

    private final LocalHttpServer server = LocalHttpServer.start();
    // A short deadline: if a refusal ever waited for the body, the test would show it in seconds, not 30.
    private final Fetcher fetcher = new Fetcher(FetchLimits.defaults().withAllowPrivateNetworks(true)
            .withMaxBodyBytes(LIMIT)
            .withResponseTimeout(Duration.ofSeconds(3)), Clock.systemUTC());

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void acceptsABodyOfExactlyTheLimit() {
        server.on("/feed", CannedResponse.status(200).withBody(new byte[LIMIT]));

        FetchResult result = fetcher.fetch(FetchRequest.of(server.url("/feed")));

        assertEquals(LIMIT, assertInstanceOf(FetchResult.Fetched.class, result).body().length);
    }

    @Test
    void cutsAChunkedBodyAtTheLimit() {
        server.on("/feed", exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked, no length announced
            writeQuietly(exchange, 1024 * 1024);
        });

        FetchResult result = fetcher.fetch(FetchRequest.of(server.url("/feed")));

        FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, result);
        assertEquals("fetch " + server.url("/feed") + ": body larger than 64 KiB", failed.message());
        assertEquals(200, failed.status());
    }

    @Test
    void refusesADeclaredContentLengthOverTheLimitWithoutReadingIt() {
        server.on("/feed", exchange -> {
            exchange.sendResponseHeaders(200, 1L << 30); // announces 1 GiB, sends 1 KiB, then stalls
            writeQuietly(exchange, 1024);
            stall();
        });

        long start = System.nanoTime();
        FetchResult result = fetcher.fetch(FetchRequest.of(server.url("/feed")));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, result);
        assertEquals("fetch " + server.url("/feed") + ": body larger than 64 KiB (Content-Length: 1073741824)",
                failed.message());
        assertEquals(200, failed.status());
        assertTrue(took.compareTo(Duration.ofSeconds(1)) < 0, "waited for a body it should refuse: " + took);
    }

    @Test
    void doesNotReadTheBodyOfAnErrorAnswer() {
        server.on("/feed", exchange -> {
            exchange.sendResponseHeaders(500, 1L << 30);
            writeQuietly(exchange, 1024);
            stall();
        });

        long start = System.nanoTime();
        FetchResult result = fetcher.fetch(FetchRequest.of(server.url("/feed")));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(500, assertInstanceOf(FetchResult.Failed.class, result).status());
        assertTrue(took.compareTo(Duration.ofSeconds(1)) < 0, "waited for an error page: " + took);
    }

    private static void writeQuietly(HttpExchange exchange, int bytes) {
        try {
            OutputStream body = exchange.getResponseBody();
            byte[] chunk = new byte[8 * 1024];
            for (int written = 0; written < bytes; written += chunk.length) {
                body.write(chunk, 0, Math.min(chunk.length, bytes - written));
            }
            body.flush();
        } catch (IOException clientHungUp) {
            // expected once the client has seen enough
        }
    }

    private static void stall() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException serverClosing) {
            Thread.currentThread().interrupt();
        }
    }
}
