package dev.veille.publish;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The writer against posts written by hand from the format's spec, byte for byte, and the reader back. */
class GoldenPostTest {

    static final List<String> NAMES = GoldenDigests.NAMES;

    private final MarkdownWriter writer = new MarkdownWriter();
    private final DigestMarkdownReader reader = new DigestMarkdownReader();

    @ParameterizedTest(name = "{0}")
    @FieldSource("NAMES")
    void writesTheHandWrittenPostByteForByte(String name) {
        byte[] expected = GoldenDigests.post(name);
        String written = writer.write(GoldenDigests.named(name));

        assertEquals(new String(expected, UTF_8), written);
        assertArrayEquals(expected, written.getBytes(UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("NAMES")
    void readsTheHandWrittenPostBackAsTheDigest(String name) {
        ImportedDigest read = reader.read(new String(GoldenDigests.post(name), UTF_8));

        assertEquals(DigestContent.of(GoldenDigests.named(name)), read);
    }
}
