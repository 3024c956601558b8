package dev.veille.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class UnsynchronizedStringReaderTest {

    @Test
    void readsOneCharacterAtATimeThenSaysEnd() {
        UnsynchronizedStringReader reader = new UnsynchronizedStringReader("aé");
        assertEquals('a', reader.read());
        assertEquals('é', reader.read());
        assertEquals(-1, reader.read());
        assertEquals(-1, reader.read());
    }

    @Test
    void fillsBuffersAtTheirOffsetAndCountsWhatItCopied() {
        UnsynchronizedStringReader reader = new UnsynchronizedStringReader("<rss/>");
        char[] buffer = "........".toCharArray();
        assertEquals(4, reader.read(buffer, 2, 4));
        assertEquals("..<rss..", new String(buffer));
        assertEquals(2, reader.read(buffer, 0, 8));
        assertEquals("/>", new String(buffer, 0, 2));
        assertEquals(-1, reader.read(buffer, 0, 8));
        assertEquals(0, reader.read(buffer, 0, 0));
    }

    @Test
    void mixedReadsReturnTheWholeText() throws IOException {
        String text = "<?xml version=\"1.0\"?>\n<rss><channel><title>Veille</title></channel></rss>\n".repeat(100);
        UnsynchronizedStringReader reader = new UnsynchronizedStringReader(text);
        StringBuilder read = new StringBuilder().append((char) reader.read());
        try (BufferedReader buffered = new BufferedReader(reader, 7)) {
            buffered.lines().forEach(line -> read.append(line).append('\n'));
        }
        assertEquals(text, read.toString());
    }

    @Test
    void refusesARangeOutsideTheBuffer() {
        UnsynchronizedStringReader reader = new UnsynchronizedStringReader("abc");
        assertThrows(IndexOutOfBoundsException.class, () -> reader.read(new char[2], 1, 2));
    }
}
