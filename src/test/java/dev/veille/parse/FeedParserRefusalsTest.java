package dev.veille.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedParserRefusalsTest {

    private final FeedParser parser = new FeedParser();

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\t  ", "\uFEFF"})
    void anEmptyBodyIsRefusedAsEmpty(String body) {
        FeedParseException e = assertThrows(FeedParseException.class,
                () -> parser.parse(body.getBytes(StandardCharsets.UTF_8), null, null));

        assertEquals("empty body", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rss-with-doctype-xxe.xml", "billion-laughs.xml", "rss-external-dtd.xml"})
    void anyDoctypeIsRefusedForSafety(String fixture) {
        // A preemptive timeout: if entity expansion ever happened, billion laughs would take long and much memory.
        FeedParseException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(
                FeedParseException.class, () -> parser.parse(Fixtures.bytes(fixture), null, null)));

        assertEquals("the feed declares a DOCTYPE, refused for safety", e.getMessage().substring(0, 47));
        assertFalse(e.getMessage().contains("root:"), "nothing from /etc/passwd leaks into the message");
    }

    @ParameterizedTest
    @ValueSource(ints = {257, 5_000, 100_000})
    void elementsNestedDeeperThanTheLimitAreRefusedQuickly(int depth) {
        String rss = "<rss version=\"2.0\"><channel><title>t</title><item><title>deep</title>"
                + "<link>https://x.example/</link><description>" + "<a>".repeat(depth) + "</a>".repeat(depth)
                + "</description></item></channel></rss>";

        // Without the limit, 5,000 levels overflowed the stack and 100,000 took half a minute of JDOM's time.
        FeedParseException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(
                FeedParseException.class, () -> parser.parse(rss.getBytes(StandardCharsets.UTF_8), null, null)));

        assertEquals("the feed nests elements more than 256 levels deep, refused (no real feed does; reading it"
                + " would take unbounded time)", e.getMessage());
    }

    @Test
    void deepButReasonableXhtmlContentIsRead() throws FeedParseException {
        int depth = 200; // the root and the entry's own elements come on top of these
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry><id>1</id><title>deep</title>"
                + "<link href=\"https://x.example/1\"/><content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<div>".repeat(depth) + "bottom" + "</div>".repeat(depth) + "</div></content></entry></feed>";

        ParsedFeed feed = parser.parse(atom.getBytes(StandardCharsets.UTF_8), null, null);

        assertEquals(1, feed.entries().size());
        assertTrue(feed.entries().get(0).summary().contains("bottom"), feed.entries().get(0).summary());
    }

    @Test
    void malformedXmlNamesTheProblemAndTheLine() {
        FeedParseException e = assertThrows(FeedParseException.class,
                () -> parser.parse(Fixtures.bytes("rss-malformed-unclosed-tag.xml"), null, null));

        assertTrue(e.getMessage().startsWith("malformed XML at line 8"), e.getMessage());
        assertTrue(e.getMessage().contains("\"title\""), e.getMessage());
        assertFalse(e.getMessage().contains("\tat "), "no stack trace in the message");
    }

    @Test
    void anHtmlPageIsNotAFeedAndCarriesTheFeedsItAdvertises() {
        FeedParseException e = assertThrows(FeedParseException.class, () -> parser.parse(
                Fixtures.bytes("html-page-with-feed-links.html"), "text/html", "https://example.org/blog/"));

        NotAFeedException notAFeed = assertInstanceOf(NotAFeedException.class, e);
        assertTrue(notAFeed.getMessage().startsWith("the page is HTML, not a feed"), notAFeed.getMessage());
        assertEquals("https://example.org/feed.xml", notAFeed.feedUrls().get(0));
    }

    @Test
    void anHtmlPageWithoutFeedsSaysSo() {
        byte[] page = "<!doctype html><html><head><title>x</title></head><body>hi</body></html>"
                .getBytes(StandardCharsets.UTF_8);

        NotAFeedException e = assertThrows(NotAFeedException.class, () -> parser.parse(page, null, null));

        assertEquals(List.of(), e.feedUrls());
        assertEquals("the page is HTML, not a feed, and it advertises no feed", e.getMessage());
    }

    @Test
    void xmlThatIsNoFeedIsRefused() {
        FeedParseException e = assertThrows(FeedParseException.class,
                () -> parser.parse(Fixtures.bytes("xml-not-a-feed.xml"), null, null));

        assertTrue(e.getMessage().contains("not a feed"), e.getMessage());
    }

    @Test
    void plainTextIsRefusedWithItsOpening() {
        FeedParseException e = assertThrows(FeedParseException.class,
                () -> parser.parse("Service Unavailable".getBytes(StandardCharsets.UTF_8), null, null));

        assertEquals("the body is neither XML, JSON nor HTML (it starts with \"Service Unavailable\")", e.getMessage());
    }
}
