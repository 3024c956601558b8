package dev.veille.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import dev.veille.testing.CannedResponse;
import dev.veille.testing.LocalHttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The whole-answer deadline, a refused connection and an interrupted caller: all end as Failed, on time. */
class FetcherTimeoutTest {
    private static final Duration DEADLINE = Duration.ofSeconds(1);
    /** Generous for a loaded CI machine, yet far below the 30 s default a broken deadline would fall back to. */
    private static final Duration MARGIN = Duration.ofMillis(1500);

    private final LocalHttpServer server = LocalHttpServer.start();
    private final Fetcher fetcher = new Fetcher(FetchLimits.defaults().withAllowPrivateNetworks(true).withResponseTimeout(DEADLINE),
            Clock.systemUTC());

    @AfterEach
    void stopServer() {
        server.close(); // interrupts the stalled handlers
    }

    @Test
    void serverThatNeverAnswersFailsAtTheDeadline() {
        server.on("/silent", FetcherTimeoutTest::neverAnswer);

        long start = System.nanoTime();
        FetchResult result = fetcher.fetch(FetchRequest.of(server.url("/silent")));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, result);
        assertEquals("fetch " + server.url("/silent") + ": no complete answer within 1 s", failed.message());
        assertNull(failed.status());
        assertTookAboutTheDeadline(took);
    }

    @Test
    void serverThatDripsOneBytePerSecondFailsAtTheDeadlineAndIsHungUpOn() throws InterruptedException {
        CountDownLatch clientHungUp = new CountDownLatch(1);
        server.on("/drip", exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked: headers now, the body never ends
            try (OutputStream body = exchange.getResponseBody()) {
                while (true) {
                    body.write('x');
                    body.flush();
                    Thread.sleep(1000);
                }
            } catch (IOException writeFailed) {
                clientHungUp.countDown();
            } catch (InterruptedException serverClosing) {
                Thread.currentThread().interrupt();
            }
        });

        long start = System.nanoTime();
        FetchResult result = fetcher.fetch(FetchRequest.of(server.url("/drip")));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, result);
        assertEquals("fetch " + server.url("/drip") + ": no complete answer within 1 s", failed.message());
        assertTookAboutTheDeadline(took);
        // No download is left running behind the result: the connection is closed, so the server's writes
        // fail (the first write after the close may still be buffered, the next one cannot be).
        assertTrue(clientHungUp.await(5, TimeUnit.SECONDS), "the dripping connection was never closed");
    }

    @Test
    void deadlineCoversTheWholeRedirectChain() {
        server.on("/slow-redirect", exchange -> {
            pause(600);
            CannedResponse.status(302).withHeader("Location", "/slow-feed").handle(exchange);
        });
        server.on("/slow-feed", exchange -> {
            pause(600);
            CannedResponse.ok("application/rss+xml", "<rss/>").handle(exchange);
        });

        long start = System.nanoTime();
        FetchResult result = fetcher.fetch(FetchRequest.of(server.url("/slow-redirect")));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // Each hop alone fits in the deadline; together they do not.
        FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, result);
        assertEquals("fetch " + server.url("/slow-feed") + ": no complete answer within 1 s (redirected from "
                + server.url("/slow-redirect") + ")", failed.message());
        assertTookAboutTheDeadline(took);
    }

    @Test
    void refusedConnectionFailsWithoutStatus() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/feed.xml";

        FetchResult result = fetcher.fetch(FetchRequest.of(url));

        assertEquals(new FetchResult.Failed("fetch " + url + ": connection refused", null, null), result);
    }

    @Test
    void interruptedCallerGetsFailedAndKeepsItsInterruptFlag() {
        server.on("/silent", FetcherTimeoutTest::neverAnswer);

        Thread.currentThread().interrupt(); // as a scheduler shutting down would
        long start = System.nanoTime();
        FetchResult result = fetcher.fetch(FetchRequest.of(server.url("/silent")));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        boolean stillInterrupted = Thread.interrupted(); // also clears it for the next test

        assertEquals(new FetchResult.Failed("fetch " + server.url("/silent") + ": interrupted", null, null), result);
        assertTrue(stillInterrupted, "the interrupt flag was swallowed");
        assertTrue(took.compareTo(DEADLINE) < 0, "an interrupted fetch should not wait for the deadline: " + took);
    }

    private static void assertTookAboutTheDeadline(Duration took) {
        assertTrue(took.compareTo(DEADLINE.minusMillis(100)) >= 0, "gave up before the deadline: " + took);
        assertTrue(took.compareTo(DEADLINE.plus(MARGIN)) <= 0, "held beyond the deadline: " + took);
    }

    private static void neverAnswer(HttpExchange exchange) {
        pause(Long.MAX_VALUE);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException serverClosing) {
            Thread.currentThread().interrupt();
        }
    }
}
