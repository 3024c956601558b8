package dev.veille.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkResolverTest {

    @ParameterizedTest(name = "{1} against {0} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            https://example.org/blog/feed.xml | post/1                   | https://example.org/blog/post/1
            https://example.org/blog/feed.xml | /post/1                  | https://example.org/post/1
            https://example.org/blog/feed.xml | //cdn.example.net/x      | https://cdn.example.net/x
            https://example.org/blog/feed.xml | https://other.example/y  | https://other.example/y
            https://example.org               | post                     | https://example.org/post
            -                                 | post/1                   | post/1
            not a url                         | post/1                   | post/1
            https://example.org/              | '  https://example.org/x ' | https://example.org/x
            https://example.org/              | a link with spaces       | a link with spaces
            https://example.org/              | '   '                    | -
            """)
    void resolvesAgainstTheBaseOrKeepsTheLinkAsGiven(String base, String href, String expected) {
        assertEquals(expected, LinkResolver.resolve(base, href));
    }
}
