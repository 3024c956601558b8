package dev.veille.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedDiscoveryTest {

    private final FeedDiscovery discovery = new FeedDiscovery();

    @Test
    void findsAdvertisedFeedsAbsoluteInDocumentOrderWithoutDuplicates() {
        List<String> feeds = discovery.discover(Fixtures.bytes("html-page-with-feed-links.html"),
                "text/html; charset=utf-8", "https://example.org/blog/");

        assertEquals(List.of(
                "https://example.org/feed.xml",
                "https://example.org/atom.xml",
                "https://example.org/blog/feed.xml",
                "https://example.org/feed.json",
                "https://example.org/posts.json",
                "https://example.org/comments.xml"), feeds);
    }

    @Test
    void aPageWithoutFeedLinksGivesAnEmptyList() {
        byte[] page = "<html><head><link rel=\"alternate\" hreflang=\"fr\" href=\"/fr/\"></head></html>"
                .getBytes(StandardCharsets.UTF_8);

        assertEquals(List.of(), discovery.discover(page, null, "https://example.org/"));
    }

    @Test
    void ignoresFeedLinksWithAnotherRel() {
        byte[] page = "<html><head><link rel=\"feed\" type=\"application/rss+xml\" href=\"/f.xml\"></head></html>"
                .getBytes(StandardCharsets.UTF_8);

        assertEquals(List.of(), discovery.discover(page, null, "https://example.org/"));
    }
}
