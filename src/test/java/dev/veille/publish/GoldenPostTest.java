package dev.veille.publish;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The writer against posts written by hand from the format's spec, byte for byte. */
class GoldenPostTest {

    static final List<String> NAMES = GoldenDigests.NAMES;

    private final MarkdownWriter writer = new MarkdownWriter();

    @ParameterizedTest(name = "{0}")
    @FieldSource("NAMES")
    void writesTheHandWrittenPostByteForByte(String name) {
        byte[] expected = GoldenDigests.post(name);
        String written = writer.write(GoldenDigests.named(name));

        assertEquals(new String(expected, UTF_8), written);
        assertArrayEquals(expected, written.getBytes(UTF_8));
    }
}
