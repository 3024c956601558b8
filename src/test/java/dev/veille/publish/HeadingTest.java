package dev.veille.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadingTest {

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Cloud             | ## Cloud
            C#                | ## C#
            # a trailing run of # after a space would be read as closing marks: one more keeps it
            le raccourci #    | ## le raccourci # #
            a ##              | ## a ## #
            #                 | ## # #
            """)
    void writesAHeadingThatReadsBackTheSame(String text, String line) {
        assertEquals(line, Heading.line(2, text));
        assertEquals(Optional.of(new Heading(2, text)), Heading.parse(line));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ## Cloud                | 2 | Cloud
            ### Time Series ###     | 3 | Time Series
            "   #   Titre   "       | 1 | Titre
            "##\tTabs"              | 2 | Tabs
            ##                      | 2 |
            "## ###"                | 2 |
            """)
    void readsAtxHeadings(String line, int level, String text) {
        assertEquals(Optional.of(new Heading(level, text)), Heading.parse(line));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            #hashtag
            "    ## indented code"
            ####### seven
            \\## escaped
            """)
    void findsNoHeadingWhereThereIsNone(String line) {
        assertEquals(Optional.empty(), Heading.parse(line));
    }
}
