package dev.veille.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AtomParsingTest {

    private final FeedParser parser = new FeedParser();

    @Test
    void resolvesRelativeLinksAgainstXmlBaseAndPrefersTheAlternateLink() throws FeedParseException {
        ParsedFeed feed = parser.parse(Fixtures.bytes("atom-relative-links-xml-base.xml"), null,
                "https://feeds.example.com/blog.atom");

        assertEquals("https://example.org/blog/", feed.siteUrl());
        assertEquals("https://example.org/blog/2024/first", feed.entries().get(0).url());
        assertEquals("https://other.example.net/news/second", feed.entries().get(1).url(), "entry's own xml:base");
    }

    @Test
    void readsIdSummaryDatesAndCategories() throws FeedParseException {
        ParsedFeed feed = parser.parse(Fixtures.bytes("atom-relative-links-xml-base.xml"), null, null);

        ParsedEntry first = feed.entries().get(0);
        assertEquals("urn:example:1", first.guid());
        assertEquals("First", first.title());
        assertEquals("Short", first.summary(), "summary preferred over content");
        assertEquals(Instant.parse("2024-03-01T09:00:00Z"), first.published(), "published preferred over updated");
        assertEquals(List.of("java", "rome"), first.categories());
    }

    @Test
    void fallsBackToContentAndUpdatedDate() throws FeedParseException {
        ParsedEntry second = parser.parse(Fixtures.bytes("atom-relative-links-xml-base.xml"), null, null)
                .entries().get(1);

        assertEquals("<p>Only content</p>", second.summary());
        assertEquals(Instant.parse("2024-03-03T08:00:00Z"), second.published());
    }

    @Test
    void keepsTheFeedTitleRawForTheCallerToClean() throws FeedParseException {
        ParsedFeed feed = parser.parse(Fixtures.bytes("atom-relative-links-xml-base.xml"), null, null);

        assertEquals("Relative <b>links</b>", feed.title());
    }

    @Test
    void readsAtom03() throws FeedParseException {
        ParsedFeed feed = parser.parse(Fixtures.bytes("atom-0.3.xml"), null, null);

        assertEquals("Atom 0.3 feed", feed.title());
        ParsedEntry entry = feed.entries().get(0);
        assertEquals("tag:example.org,2004:1", entry.guid());
        assertEquals("https://example.org/old", entry.url());
        assertEquals("Summary 0.3", entry.summary());
        assertEquals(Instant.parse("2004-01-01T10:00:00Z"), entry.published());
    }

    @Test
    void readsAtomWrittenWithoutItsNamespace() throws FeedParseException {
        ParsedFeed feed = parser.parse(Fixtures.bytes("atom-without-namespace.xml"), null, null);

        assertEquals("https://example.org/still", feed.entries().get(0).url());
        assertEquals("urn:example:still", feed.entries().get(0).guid());
    }
}
