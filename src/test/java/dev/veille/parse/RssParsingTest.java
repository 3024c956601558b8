package dev.veille.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RssParsingTest {

    private final FeedParser parser = new FeedParser();

    @Test
    void readsEveryFieldOfAnRss20Item() throws FeedParseException {
        ParsedFeed feed = parser.parse(Fixtures.bytes("rss-2.0-full-item.xml"), "application/rss+xml",
                "https://example.org/feed.xml");

        assertEquals("Release notes", feed.title());
        assertEquals("https://example.org/blog/", feed.siteUrl());
        ParsedEntry entry = feed.entries().get(0);
        assertEquals("urn:example:v2", entry.guid());
        assertEquals("https://example.org/blog/v2", entry.url(), "relative link resolved against the document URL");
        assertEquals("Version 2.0 & friends", entry.title());
        assertEquals("<p>The big one.</p>", entry.summary(), "description preferred over content");
        assertEquals(Instant.parse("2019-10-07T12:30:00Z"), entry.published());
        assertEquals(List.of("release", "java"), entry.categories());
    }

    @Test
    void fallsBackToContentWhenThereIsNoDescription() throws FeedParseException {
        ParsedEntry entry = parser.parse(Fixtures.bytes("rss-2.0-full-item.xml"), null, null).entries().get(1);

        assertEquals("<p>Content, no description.</p>", entry.summary());
        assertNull(entry.guid(), "no guid in the document, none invented");
        assertNull(entry.published());
    }

    @Test
    void usesAPermalinkGuidAsTheLinkWhenThereIsNoLink() throws FeedParseException {
        ParsedEntry entry = parser.parse(Fixtures.bytes("rss-2.0-full-item.xml"), null, null).entries().get(2);

        assertEquals("https://example.org/blog/permalink", entry.url());
        assertEquals("https://example.org/blog/permalink", entry.guid());
    }

    @Test
    void readsRss10RdfWithDublinCoreDateAndSubject() throws FeedParseException {
        ParsedFeed feed = parser.parse(Fixtures.bytes("rss-1.0-rdf.xml"), null, null);

        assertEquals("RDF site", feed.title());
        ParsedEntry entry = feed.entries().get(0);
        assertEquals("https://example.org/one", entry.url());
        assertEquals("https://example.org/one", entry.guid(), "rdf:about is the item's identifier");
        assertEquals(Instant.parse("2019-10-07T10:00:00Z"), entry.published());
        assertEquals(List.of("news"), entry.categories());
    }

    @Test
    void readsNetscapeRss091DespiteItsDoctypeAndHtmlEntities() throws FeedParseException {
        ParsedFeed feed = parser.parse(Fixtures.bytes("rss-0.91-netscape-doctype.xml"), null, null);

        assertEquals("Old school", feed.title());
        assertEquals("Café news", feed.entries().get(0).title());
    }

    @Test
    void declaresNamespacePrefixesTheFeedForgotToDeclare() throws FeedParseException {
        ParsedFeed feed = parser.parse(Fixtures.bytes("rss-undeclared-namespace-prefix.xml"), null, null);

        ParsedEntry entry = feed.entries().get(0);
        assertEquals("Episode 1", entry.title());
        assertEquals("<p>Show notes</p>", entry.summary(), "content:encoded recognised with its well-known URI");
    }

    @Test
    void readsAnUnknownRssVersionAsRss20() throws FeedParseException {
        ParsedFeed feed = parser.parse(Fixtures.bytes("rss-unknown-version-2.1.xml"), null, null);

        assertEquals(List.of("Still RSS"), feed.entries().stream().map(ParsedEntry::title).toList());
    }

    @Test
    void detectsTheFormatFromTheContentNotTheContentType() throws FeedParseException {
        ParsedFeed feed = parser.parse(Fixtures.bytes("rss-1.0-rdf.xml"), "application/json", null);

        assertEquals("RDF site", feed.title());
    }

    @Test
    void readsWhatOnlyRomesHealerAcceptsAsItReadsTheWellFormedEquivalent() throws FeedParseException {
        String healed = "\n  <?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Caf&eacute; &amp; co</title>"
                + "<item><title>Tom & Jerry&nbsp;2</title><link>https://example.org/a?x=1&y=2</link></item>"
                + "</channel></rss>";
        String wellFormed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Caf&#233; &amp; co</title>"
                + "<item><title>Tom &amp; Jerry&#160;2</title><link>https://example.org/a?x=1&amp;y=2</link></item>"
                + "</channel></rss>";

        ParsedFeed fromHealed = parser.parse(healed.getBytes(StandardCharsets.UTF_8), null, null);
        ParsedFeed fromWellFormed = parser.parse(wellFormed.getBytes(StandardCharsets.UTF_8), null, null);

        assertEquals("Café & co", fromHealed.title());
        assertEquals("Tom & Jerry\u00a02", fromHealed.entries().get(0).title());
        assertEquals("https://example.org/a?x=1&y=2", fromHealed.entries().get(0).url());
        assertEquals(fromWellFormed, fromHealed);
    }

    @Test
    void reportsTheHealersErrorForXmlNeitherWayCanRead() {
        String broken = "<rss version=\"2.0\"><channel><title>Cut short</title><item><title>One</title></channel></rss>";

        FeedParseException error = assertThrows(FeedParseException.class,
                () -> parser.parse(broken.getBytes(StandardCharsets.UTF_8), null, null));
        assertTrue(error.getMessage().contains("item"), error.getMessage());
    }
}
