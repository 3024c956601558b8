package dev.veille.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YamlScalarsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            Web, Ops & Data - Octobre 2019 | "Web, Ops & Data - Octobre 2019"
            Les "guillemets"               | "Les \\"guillemets\\""
            c:\\temp                       | "c:\\\\temp"
            l'astuce: #1 [a]               | "l'astuce: #1 [a]"
            ''                             | ""
            """)
    void quotesWithQuotesAndBackslashesEscaped(String text, String expected) {
        assertEquals(expected, YamlScalars.doubleQuoted(text));
    }

    @Test
    void escapesWhatYamlDoesNotAllowRaw() {
        assertEquals("\"a\\nb\\tc\\rd\\u0007\\u0085\\u2028\\uFEFF\"",
                YamlScalars.doubleQuoted("a\nb\tc\rd\u0007\u0085\u2028\uFEFF"));
        assertEquals("\"\\uD83D x\"", YamlScalars.doubleQuoted("\uD83D x"));
        assertEquals("\"\uD83D\uDE80\"", YamlScalars.doubleQuoted("\uD83D\uDE80"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            "Web, Ops & Data"               | Web, Ops & Data
            "a \\"b\\" \\\\ c\\n\\t\\u00e9\\x41\\U0001F680\\/" | `a "b" \\ c\n\té\u0041🚀/`
            'l''astuce du mois'             | l'astuce du mois
            Web, Ops & Data - Octobre 2019  | Web, Ops & Data - Octobre 2019
            plain # a comment               | plain
            C#   and  F#                    | C#   and  F#
            """)
    void readsTheThreeSpellingsOfAScalar(String text, String expected) {
        String want = expected.replace("\\n", "\n").replace("\\t", "\t").replace("\\u0041", "A");
        YamlScalars.Read read = YamlScalars.read(text, 0, false);

        assertEquals(want, read.value());
        assertEquals(null, read.problem());
    }

    @Test
    void plainScalarInAFlowListEndsAtACommaOrBracket() {
        assertEquals(new YamlScalars.Read("kafka", 6, null), YamlScalars.read("[kafka, b]", 1, true));
        assertEquals(new YamlScalars.Read("b", 9, null), YamlScalars.read("[kafka, b]", 7, true));
    }

    @Test
    void reportsUnknownEscapesAndMissingQuotesButKeepsTheText() {
        assertEquals(new YamlScalars.Read("a\\qb", 6, "unknown escape \\q"), YamlScalars.read("\"a\\qb\"", 0, false));
        assertEquals(new YamlScalars.Read("open", 5, "no closing quote"), YamlScalars.read("\"open", 0, false));
    }

    @Test
    void readsWhatItWrites() {
        String text = "\"\\ \n\t\r\u0000\u007F\u0085\u2028\u2029\uFEFF\uFFFE \uD83D\uDE80 \uDE80 é [,] #";

        assertEquals(text, YamlScalars.read(YamlScalars.doubleQuoted(text), 0, false).value());
    }
}
