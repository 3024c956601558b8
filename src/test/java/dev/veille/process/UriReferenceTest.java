package dev.veille.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UriReferenceTest {

    /** RFC 3986 appendix B, with the scheme held to its real syntax: the split UriReference must match. */
    private static final Pattern RFC_3986 = Pattern.compile(
            "^(?:([A-Za-z][A-Za-z0-9+.\\-]*):)?(?://([^/?#]*))?([^?#]*)(?:\\?([^#]*))?(?:#(.*))?$", Pattern.DOTALL);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            https://user@Example.org:8080/a/b?x=1&y=2#top | https | user@Example.org:8080 | /a/b | x=1&y=2 | top
            //cdn.example.net/lib.js                      | -     | cdn.example.net       | /lib.js | -     | -
            see notes: later                              | -     | -                     | see notes: later | - | -
            mailto:curator@example.org                    | mailto | -                    | curator@example.org | - | -
            ?only=query                                   | -     | -                     | ''   | only=query | -
            '#frag?not-a-query'                           | -     | -                     | ''   | -     | frag?not-a-query
            http://                                       | http  | ''                    | ''   | -     | -
            http://h?#                                    | http  | h                     | ''   | ''    | ''
            1http://x                                     | -     | -                     | 1http://x | - | -
            a+b.c-d:rest                                  | a+b.c-d | -                   | rest | -     | -
            https://exemple.fr/café au lait%zz            | https | exemple.fr            | /café au lait%zz | - | -
            """)
    void splitsIntoTheFiveComponents(String text, String scheme, String authority, String path, String query,
                                     String fragment) {
        assertEquals(new UriReference(scheme, authority, path, query, fragment), UriReference.parse(text));
    }

    @Test
    void splitsEveryStringAsTheRfcExpressionDoes() {
        String alphabet = "ab1:/?#@.+-% \n\u00e9";
        SplittableRandom random = new SplittableRandom(3986);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(16);
            for (int c = 0; c < length; c++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String candidate = text.toString();
            Matcher rfc = RFC_3986.matcher(candidate);
            assertEquals(true, rfc.matches(), candidate);
            assertEquals(new UriReference(rfc.group(1), rfc.group(2), rfc.group(3), rfc.group(4), rfc.group(5)),
                    UriReference.parse(candidate), candidate);
        }
    }
}
