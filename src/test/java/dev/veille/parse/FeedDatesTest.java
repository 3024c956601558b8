package dev.veille.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.rometools.rome.io.impl.PropertiesLoader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates as ROME reads them with Veille's {@code rome.properties}: the two common shapes go through the extra masks
 * tried first, every other shape through ROME's own lists, and each gives the instant the standards say.
 */
class FeedDatesTest {

    private final FeedParser parser = new FeedParser();

    @Test
    void romeTriesVeillesMasksFirst() {
        assertArrayEquals(new String[] {"EEE, dd MMM yy HH:mm:ss z", "yyyy-MM-dd'T'HH:mm:ssXXX"},
                PropertiesLoader.getPropertiesLoader().getTokenizedProperty("datetime.extra.masks", "|"));
    }

    @ParameterizedTest(name = "pubDate {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Thu, 26 Nov 2026 10:00:00 GMT   | 2026-11-26T10:00:00Z
            Thu, 26 Nov 2026 10:00:00 +0100 | 2026-11-26T09:00:00Z
            Thu, 26 Nov 2026 10:00:00 -0000 | 2026-11-26T10:00:00Z
            Thu, 26 Nov 2026 10:00:00 EST   | 2026-11-26T15:00:00Z
            Thu, 26 Nov 2026 10:00:00 UT    | 2026-11-26T10:00:00Z
            Thu, 26 Nov 2026 10:00:00 Z     | 2026-11-26T10:00:00Z
            Thu, 26 Nov 26 10:00:00 GMT     | 2026-11-26T10:00:00Z
            Thu, 26 Nov 2026 10:00 GMT      | 2026-11-26T10:00:00Z
            26 Nov 2026 10:00:00 GMT        | 2026-11-26T10:00:00Z
            2026-11-26T10:00:00+01:00       | 2026-11-26T09:00:00Z
            """)
    void readsRssDates(String pubDate, String expected) throws FeedParseException {
        String rss = "<rss version=\"2.0\"><channel><title>t</title><item><title>i</title><pubDate>" + pubDate
                + "</pubDate></item></channel></rss>";

        assertEquals(Instant.parse(expected), firstEntry(rss).published());
    }

    @ParameterizedTest(name = "published {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-26T10:00:00Z          | 2026-11-26T10:00:00Z
            2026-11-26T10:00:00+01:00     | 2026-11-26T09:00:00Z
            2026-11-26T10:00:00-05:30     | 2026-11-26T15:30:00Z
            2026-11-26T10:00:00.123Z      | 2026-11-26T10:00:00.123Z
            2026-11-26T10:00:00.250+02:00 | 2026-11-26T08:00:00.250Z
            2026-11-26T10:00Z             | 2026-11-26T10:00:00Z
            2026-11-26                    | 2026-11-26T00:00:00Z
            """)
    void readsAtomDates(String published, String expected) throws FeedParseException {
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry><title>i</title>"
                + "<id>urn:x</id><published>" + published + "</published></entry></feed>";

        assertEquals(Instant.parse(expected), firstEntry(atom).published());
    }

    private ParsedEntry firstEntry(String xml) throws FeedParseException {
        return parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, null).entries().get(0);
    }
}
