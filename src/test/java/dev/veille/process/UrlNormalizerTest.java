package dev.veille.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlNormalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # scheme and host case; path case kept
            HTTP://Example.COM/Path/To                          | https://example.com/Path/To
            # http and https are one key
            http://example.com/a                                | https://example.com/a
            # default ports dropped, others kept
            http://example.com:80/a                             | https://example.com/a
            https://example.com:443/a                           | https://example.com/a
            https://example.com:0443/a                          | https://example.com/a
            http://example.com:8080/a                           | https://example.com:8080/a
            http://example.com:008080/a                         | https://example.com:8080/a
            http://example.com:000/a                            | https://example.com:0/a
            https://example.com:/a                              | https://example.com/a
            # fragment dropped
            https://example.com/a#section-2                     | https://example.com/a
            https://example.com/a/#                             | https://example.com/a
            # tracking parameters dropped, others kept in order
            https://example.com/a?utm_source=rss&id=3&utm_medium=feed&b=2 | https://example.com/a?id=3&b=2
            https://example.com/a?fbclid=IwAR0&gclid=Cj0&page=2 | https://example.com/a?page=2
            https://example.com/a?mc_cid=1&mc_eid=2&q=x         | https://example.com/a?q=x
            https://example.com/a?UTM_Source=x&q=1              | https://example.com/a?q=1
            https://example.com/a?utm_campaign=spring           | https://example.com/a
            https://example.com/a?&&q=1&                        | https://example.com/a?q=1
            https://example.com/a?z=1&a=2                       | https://example.com/a?z=1&a=2
            https://example.com/search?Q=Java&flag              | https://example.com/search?Q=Java&flag
            # trailing slashes dropped, root has no path
            https://example.com/A/B/                            | https://example.com/A/B
            https://example.com/a//                             | https://example.com/a
            https://example.com/                                | https://example.com
            https://example.com                                 | https://example.com
            https://example.com/?q=1                            | https://example.com?q=1
            # percent-encoding left alone
            https://example.com/a%2Fb%20c/?q=a%20b              | https://example.com/a%2Fb%20c?q=a%20b
            https://example.com/caf%C3%A9                       | https://example.com/caf%C3%A9
            https://example.com/bad%zzescape                    | https://example.com/bad%zzescape
            # whitespace around, trailing dot of the host, user info, IPv6
            "  https://example.com/a  "                         | https://example.com/a
            https://Example.com./a                              | https://example.com/a
            https://User@Example.com/a                          | https://User@example.com/a
            http://[2001:DB8::1]:80/a/                          | https://[2001:db8::1]/a
            http://[2001:db8::1]:8443/                          | https://[2001:db8::1]:8443
            # non-ASCII host and path kept, host lower-cased
            https://BÜCHER.example/Ärger                        | https://bücher.example/Ärger
            # best effort, never an exception
            NOT A URL                                           | not a url
            " Mailto:Someone@Example.com "                      | mailto:someone@example.com
            https:///no-host                                    | https:///no-host
            http://Example.com:abc/                             | http://example.com:abc/
            %%%                                                 | %%%
            ://                                                 | ://
            ""                                                  | ""
            """)
    void normalizesToTheDedupeKey(String url, String expected) {
        assertEquals(expected, UrlNormalizer.normalize(url));
    }

    @Test
    void variantsOfOneArticleShareOneKey() {
        List<String> variants = List.of(
                "https://blog.example.com/posts/java-21/",
                "http://blog.example.com/posts/java-21",
                "HTTPS://Blog.Example.com:443/posts/java-21?utm_source=twitter",
                "http://blog.example.com:80/posts/java-21/#comments",
                "https://blog.example.com/posts/java-21?fbclid=abc&utm_medium=social");

        assertEquals(List.of("https://blog.example.com/posts/java-21"),
                variants.stream().map(UrlNormalizer::normalize).distinct().toList());
    }

    @Test
    void keepsPagesThatDifferInPathCaseOrQueryApart() {
        assertEquals(3, List.of(
                        "https://example.com/Post?id=1",
                        "https://example.com/post?id=1",
                        "https://example.com/post?id=2")
                .stream().map(UrlNormalizer::normalize).distinct().count());
    }
}
