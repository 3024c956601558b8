package dev.veille.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextShortenerTest {

    @ParameterizedTest(name = "''{0}'' within {1} -> ''{2}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # fits: unchanged, no ellipsis
            short                                 | 10 | short
            exactly 15 char                       | 15 | exactly 15 char
            # cut at the last word boundary, ellipsis within the limit
            The quick brown fox jumps             | 15 | The quick…
            The quick brown fox jumps             | 16 | The quick brown…
            The quick brown fox jumps             | 17 | The quick brown…
            # one long word: cut mid-word rather than keep nothing
            aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa        | 10 | aaaaaaaaa…
            # the only boundary would waste most of the room: cut mid-word
            ab cccccccccccccccccccccccccccc       | 20 | ab cccccccccccccccc…
            """)
    void shortensAtAWordBoundary(String text, int maxChars, String expected) {
        assertEquals(expected, TextShortener.shorten(text, maxChars));
    }

    @Test
    void neverSplitsASurrogatePair() {
        assertEquals("🎉🎉…", TextShortener.shorten("🎉".repeat(10), 6));
    }

    @Test
    void cutsALongSummaryToAThousandCharactersAtAWord() {
        String text = "lorem ipsum dolor sit amet ".repeat(100).strip();

        String shortened = TextShortener.shorten(text, 1_000);

        assertTrue(shortened.length() <= 1_000, "length " + shortened.length());
        assertTrue(shortened.endsWith("…"));
        String kept = shortened.substring(0, shortened.length() - 1);
        assertTrue(text.startsWith(kept));
        assertEquals(' ', text.charAt(kept.length()), "the cut must fall between words");
        assertTrue(kept.length() > 950, "a boundary near the limit is used, got " + kept.length());
    }

    @Test
    void refusesALimitWithNoRoomForText() {
        assertThrows(IllegalArgumentException.class, () -> TextShortener.shorten("abc", 1));
    }
}
