package dev.veille.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LenientDateParserTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2019-10-07                        | 2019-10-07T00:00:00Z
            2019-10-07T14:30:00Z              | 2019-10-07T14:30:00Z
            2019-10-07T14:30:00+02:00         | 2019-10-07T12:30:00Z
            2019-10-07T14:30:00.123-0500      | 2019-10-07T19:30:00Z
            2019-10-07 14:30                  | 2019-10-07T14:30:00Z
            October 7, 2019                   | 2019-10-07T00:00:00Z
            Oct 7 2019                        | 2019-10-07T00:00:00Z
            07 Oct 2019                       | 2019-10-07T00:00:00Z
            7th October 2019                  | 2019-10-07T00:00:00Z
            Sept. 7, 2019                     | 2019-09-07T00:00:00Z
            Mon, 07 Oct 2019 14:30:00 GMT     | 2019-10-07T14:30:00Z
            Mon, 07 Oct 2019 14:30:00 +0200   | 2019-10-07T12:30:00Z
            Mon, 07 Oct 19 14:30 EDT          | 2019-10-07T18:30:00Z
            October 7, 2019 at 2:30 PM        | 2019-10-07T14:30:00Z
            """)
    void readsTheDatesFeedsAndPagesWrite(String text, String expected) {
        assertEquals(Optional.of(Instant.parse(expected)), LenientDateParser.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "soon", "2019-13-01", "32 Oct 2019", "Mayday 7 2019", "v1.2.3",
        "2019-10-07T25:00:00Z"})
    void givesNoDateRatherThanAGuess(String text) {
        assertEquals(Optional.empty(), LenientDateParser.parse(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Released on October 7, 2019 by the team | 2019-10-07T00:00:00Z
            v1.20.0 [2021-09-17]                    | 2021-09-17T00:00:00Z
            Published 07 Oct 2019.                  | 2019-10-07T00:00:00Z
            """)
    void findsADateInsideProse(String text, String expected) {
        assertEquals(Optional.of(Instant.parse(expected)), LenientDateParser.findIn(text));
    }

    /**
     * The corpus's RFC-822 / ISO-8601 vectors (gofeed's all, feedparser's rfc822, w3dtf and asctime ones; the
     * Greek, Hungarian, Korean, Perforce and two-digit ISO forms are out of scope). Compared to the second,
     * as the vectors are.
     */
    @TestFactory
    Stream<DynamicTest> corpusDateVectorsInRfc822AndIsoStyle() throws IOException {
        return FeedCorpus.cases(corpus -> {
            Set<String> inScope = Set.of("TestParseDateNamedZones", "TestParseDateFormats", "_parse_date_rfc822",
                    "_parse_date_w3dtf", "_parse_date_asctime");
            List<String> rows = Stream.concat(
                    Files.readAllLines(corpus.resolve("feeds/dates/gofeed_date_vectors.tsv")).stream().skip(1),
                    Files.readAllLines(corpus.resolve("feeds/dates/feedparser_date_vectors.tsv")).stream().skip(1))
                    .toList();
            assertTrue(rows.size() > 80, "both vector files read");
            return rows.stream().map(row -> row.split("\t", -1))
                    .filter(columns -> inScope.contains(columns[0]))
                    .map(columns -> DynamicTest.dynamicTest(columns[0] + ": '" + columns[1] + "'", () ->
                            assertEquals(expected(columns[2]), LenientDateParser.parse(columns[1])
                                    .map(instant -> instant.truncatedTo(ChronoUnit.SECONDS)))));
        });
    }

    private static Optional<Instant> expected(String column) {
        if (column.startsWith("None")) {
            return Optional.empty();
        }
        String iso = column.replace(' ', 'T').replace("Z", "");
        return Optional.of(LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC));
    }

}
