package dev.veille.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veille.testing.CannedResponse;
import dev.veille.testing.LocalHttpServer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Compressed answers are decoded, and the size limit holds for the decoded bytes too. */
class FetcherCompressionTest {
    private static final byte[] ATOM = ("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>compressed</title>"
            + "<entry><title>one</title></entry>".repeat(50) + "</feed>").getBytes(StandardCharsets.UTF_8);

    private final LocalHttpServer server = LocalHttpServer.start();
    private final Fetcher fetcher = new Fetcher(FetchLimits.defaults().withAllowPrivateNetworks(true), Clock.systemUTC());

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void decodesAGzipBody() {
        serveEncoded("gzip", CompressedBodies.gzip(ATOM));

        assertArrayEquals(ATOM, fetchedBody());
    }

    @Test
    void decodesAZlibWrappedDeflateBody() {
        serveEncoded("deflate", CompressedBodies.zlibDeflate(ATOM));

        assertArrayEquals(ATOM, fetchedBody());
    }

    @Test
    void decodesARawDeflateBody() {
        serveEncoded("deflate", CompressedBodies.rawDeflate(ATOM));

        assertArrayEquals(ATOM, fetchedBody());
    }

    @Test
    void cutsAGzipBombAtTheLimitQuickly() {
        byte[] bomb = CompressedBodies.gzipBombOfZeros(50); // 50 MiB of zeros in ~50 KiB
        assertTrue(bomb.length < 1024 * 1024, "the bomb itself must pass the wire limit: " + bomb.length);
        serveEncoded("gzip", bomb);
        Fetcher oneMiB = new Fetcher(FetchLimits.defaults().withAllowPrivateNetworks(true).withMaxBodyBytes(1024 * 1024), Clock.systemUTC());

        long start = System.nanoTime();
        FetchResult result = oneMiB.fetch(FetchRequest.of(server.url("/feed")));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        FetchResult.Failed failed = assertInstanceOf(FetchResult.Failed.class, result);
        assertEquals("fetch " + server.url("/feed") + ": body larger than 1 MiB once decompressed (gzip)",
                failed.message());
        assertEquals(200, failed.status());
        assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "decoding was not cut short: " + took);
    }

    private void serveEncoded(String encoding, byte[] body) {
        server.on("/feed", CannedResponse.status(200)
                .withHeader("Content-Type", "application/atom+xml")
                .withHeader("Content-Encoding", encoding)
                .withBody(body));
    }

    private byte[] fetchedBody() {
        FetchResult result = fetcher.fetch(FetchRequest.of(server.url("/feed")));
        return assertInstanceOf(FetchResult.Fetched.class, result).body();
    }
}
