package dev.veille.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkSyntaxTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Kafka 2.3                       | Kafka 2.3
            [Draft] Gateway API             | \\[Draft\\] Gateway API
            C:\\Windows                     | C:\\\\Windows
            a\\]b                           | a\\\\\\]b
            l'astuce (facile) *gras* `code` | l'astuce (facile) *gras* `code`
            """)
    void escapesBackslashesAndBracketsInLinkText(String text, String expected) {
        assertEquals(expected, LinkSyntax.escapeText(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            https://fr.wikipedia.org/wiki/Kafka_(logiciel) | https://fr.wikipedia.org/wiki/Kafka_%28logiciel%29
            https://example.org/a b?q=1 2                  | https://example.org/a%20b?q=1%202
            https://example.org/déjà%2Fvu[1]               | https://example.org/déjà%2Fvu[1]
            """)
    void percentEncodesSpacesAndParenthesesInUrls(String url, String expected) {
        assertEquals(expected, LinkSyntax.encodeUrl(url));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a%20b%28c%29       | a b(c)
            %2520 stays        | %2520 stays
            %2F %41 %2         | %2F %41 %2
            100%               | 100%
            """)
    void decodesOnlyWhatTheWriterEncodes(String url, String expected) {
        assertEquals(expected, LinkSyntax.decodeUrl(url));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # line                                              | text           | url                       | end
            [Kafka](https://kafka.apache.org) : la suite         | Kafka          | https://kafka.apache.org  | 33
            [\\[Draft\\] API](https://x.org/a%20b%28c%29)        | [Draft] API    | https://x.org/a b(c)      | 43
            [C:\\\\Windows \\*](u)                               | C:\\Windows *  | u                         | 19
            # a backslash before a non-punctuation character is kept
            [a\\b](u)                                            | a\\b           | u                         | 8
            # balanced brackets in the text, balanced or escaped parentheses in the URL
            [a [b] c](u)                                         | a [b] c        | u                         | 12
            [w](https://en.wikipedia.org/wiki/Kafka_(software))  | w              | https://en.wikipedia.org/wiki/Kafka_(software) | 51
            [w](https://x.org/a\\(b)                             | w              | https://x.org/a(b         | 23
            # a destination in angle brackets may hold spaces
            [t](<https://x.org/a b>)                             | t              | https://x.org/a b         | 24
            [t]( https://x.org )                                 | t              | https://x.org             | 20
            []()                                                 | ""             | ""                        | 4
            """)
    void readsALinkBackFromALine(String line, String text, String url, int end) {
        assertEquals(Optional.of(new LinkSyntax.Read(text, url, end)), LinkSyntax.read(line, 0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Kafka](u)
            [Kafka] (u)
            [Kafka]
            [Kafka](u
            [Kafka](a b)
            [Kafka](u "title")
            [Ka[fka](u)
            [t](<a b)
            "[t](a(b)"
            """)
    void findsNoLinkWhereThereIsNone(String line) {
        assertEquals(Optional.empty(), LinkSyntax.read(line, 0));
    }

    @Test
    void readsWhatItWrites() {
        String text = "[a] \\ b ] [ \\[";
        String url = "https://x.org/a b(c))(";

        String written = LinkSyntax.write(text, url);

        assertEquals(Optional.of(new LinkSyntax.Read(text, url, written.length())), LinkSyntax.read(written, 0));
    }
}
