package dev.veille.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BodyDecompressorTest {
    private static final byte[] TEXT = "<rss>some feed, some feed, some feed</rss>".getBytes(StandardCharsets.UTF_8);

    private final BodyDecompressor decompressor = new BodyDecompressor(1024);

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "identity", "IDENTITY"})
    void leavesAnUnencodedBodyAsItIs(String encoding) {
        assertArrayEquals(TEXT, whole(decompressor.decode(encoding, TEXT)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gzip", "x-gzip", "GZip"})
    void decodesGzipUnderItsNames(String encoding) {
        assertArrayEquals(TEXT, whole(decompressor.decode(encoding, CompressedBodies.gzip(TEXT))));
    }

    @Test
    void decodesBothFramingsOfDeflate() {
        assertArrayEquals(TEXT, whole(decompressor.decode("deflate", CompressedBodies.zlibDeflate(TEXT))));
        assertArrayEquals(TEXT, whole(decompressor.decode("deflate", CompressedBodies.rawDeflate(TEXT))));
    }

    @Test
    void undoesStackedEncodingsFromTheLastApplied() {
        byte[] deflatedThenGzipped = CompressedBodies.gzip(CompressedBodies.zlibDeflate(TEXT));

        assertArrayEquals(TEXT, whole(decompressor.decode("deflate, gzip", deflatedThenGzipped)));
    }

    @Test
    void acceptsExactlyTheLimitOnceDecoded() {
        byte[] limit = new byte[1024];

        assertEquals(1024, whole(decompressor.decode("gzip", CompressedBodies.gzip(limit))).length);
    }

    @Test
    void refusesToDecodePastTheLimit() {
        byte[] oneByteTooMany = new byte[1025];

        assertEquals(new BodyOutcome.Refused("body larger than 1 KiB once decompressed (deflate)"),
                decompressor.decode("deflate", CompressedBodies.rawDeflate(oneByteTooMany)));
    }

    @Test
    void takesABodyMislabelledAsGzipAsItIs() {
        assertArrayEquals(TEXT, whole(decompressor.decode("gzip", TEXT)));
    }

    @Test
    void reportsATruncatedGzipBody() {
        byte[] gzip = CompressedBodies.gzip(TEXT);
        byte[] truncated = Arrays.copyOf(gzip, gzip.length / 2);

        BodyOutcome outcome = decompressor.decode("gzip", truncated);

        String reason = assertInstanceOf(BodyOutcome.Refused.class, outcome).reason();
        assertTrue(reason.startsWith("corrupt gzip body ("), reason);
    }

    @Test
    void refusesAnEncodingItNeverAskedFor() {
        assertEquals(new BodyOutcome.Refused("unsupported Content-Encoding br"), decompressor.decode("br", TEXT));
    }

    private static byte[] whole(BodyOutcome outcome) {
        return assertInstanceOf(BodyOutcome.Whole.class, outcome).bytes();
    }
}
