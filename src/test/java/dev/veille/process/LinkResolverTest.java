package dev.veille.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkResolverTest {

    private static final String RFC_BASE = "http://a/b/c/d;p?q";

    /** The normal and abnormal examples of RFC 3986 section 5.4, verbatim. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            g:h           | g:h
            g             | http://a/b/c/g
            ./g           | http://a/b/c/g
            g/            | http://a/b/c/g/
            /g            | http://a/g
            //g           | http://g
            ?y            | http://a/b/c/d;p?y
            g?y           | http://a/b/c/g?y
            #s            | http://a/b/c/d;p?q#s
            g#s           | http://a/b/c/g#s
            g?y#s         | http://a/b/c/g?y#s
            ;x            | http://a/b/c/;x
            g;x           | http://a/b/c/g;x
            g;x?y#s       | http://a/b/c/g;x?y#s
            ""            | http://a/b/c/d;p?q
            .             | http://a/b/c/
            ./            | http://a/b/c/
            ..            | http://a/b/
            ../           | http://a/b/
            ../g          | http://a/b/g
            ../..         | http://a/
            ../../        | http://a/
            ../../g       | http://a/g
            ../../../g    | http://a/g
            ../../../../g | http://a/g
            /./g          | http://a/g
            /../g         | http://a/g
            g.            | http://a/b/c/g.
            .g            | http://a/b/c/.g
            g..           | http://a/b/c/g..
            ..g           | http://a/b/c/..g
            ./../g        | http://a/b/g
            ./g/.         | http://a/b/c/g/
            g/./h         | http://a/b/c/g/h
            g/../h        | http://a/b/c/h
            g;x=1/./y     | http://a/b/c/g;x=1/y
            g;x=1/../y    | http://a/b/c/y
            g?y/./x       | http://a/b/c/g?y/./x
            g?y/../x      | http://a/b/c/g?y/../x
            g#s/./x       | http://a/b/c/g#s/./x
            g#s/../x      | http://a/b/c/g#s/../x
            http:g        | http:g
            """)
    void resolvesLikeRfc3986(String link, String expected) {
        assertEquals(expected, LinkResolver.resolve(RFC_BASE, link).map(UriReference::recompose).orElseThrow());
    }

    @ParameterizedTest(name = "{1} against {0} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # GitHub releases.atom with relative entry links
            https://github.com/Shopify/Timber/releases.atom | /Shopify/Timber/releases/tag/v2.0.2 | https://github.com/Shopify/Timber/releases/tag/v2.0.2
            # a base with an empty path, which java.net.URI resolves to "https://example.compost"
            https://example.com                             | post                                | https://example.com/post
            https://example.com/blog/feed.xml               | 2024/hello.html                     | https://example.com/blog/2024/hello.html
            https://example.com/blog/feed.xml               | //cdn.example.net/a                 | https://cdn.example.net/a
            # what browsers strip before reading a link
            https://example.com/                            | "  https://example.com/a\t "         | https://example.com/a
            https://example.com/                            | "java\nscript:alert(1)"             | javascript:alert(1)
            https://example.com/                            | /a b/c d                            | https://example.com/a%20b/c%20d
            # a colon after a space is not a scheme
            https://example.com/notes/                      | my notes: part 2                    | https://example.com/notes/my%20notes:%20part%202
            https://example.com/                            | /100%/sure                          | https://example.com/100%/sure
            """)
    void resolvesFeedLinksAgainstTheSource(String base, String link, String expected) {
        String unescaped = link.replace("\\t", "\t").replace("\\n", "\n");
        assertEquals(expected, LinkResolver.resolve(base, unescaped).map(UriReference::recompose).orElseThrow());
    }

    @Test
    void cannotResolveARelativeLinkWithoutAnAbsoluteBase() {
        assertEquals(Optional.empty(), LinkResolver.resolve(null, "/a"));
        assertEquals(Optional.empty(), LinkResolver.resolve("/feed.xml", "/a"));
    }

    @Test
    void keepsAnAbsoluteLinkWhateverTheBase() {
        assertEquals("https://other.example/x",
                LinkResolver.resolve(null, "https://other.example/x").map(UriReference::recompose).orElseThrow());
    }

    @Test
    void removesDotSegmentsOfAVeryLongPathInLinearTime() {
        String path = "/a/..".repeat(200_000) + "/b";
        assertEquals("/b", LinkResolver.removeDotSegments(path));
    }
}
