package dev.veille.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veille.model.Selectors;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageParserTest {

    private static final String PAGE_URL = "https://docs.example.org/telegraf/v1/release-notes/";
    private static final Selectors TELEGRAF = new Selectors("div.release", "h2", "h2", ".release-date", ".notes");

    private final PageParser parser = new PageParser();

    private ParsedFeed telegraf() throws FeedParseException {
        return parser.parse(Fixtures.bytes("release-page-telegraf-like.html"), "text/html", PAGE_URL, TELEGRAF);
    }

    @Test
    void turnsEachMatchedItemIntoAnEntryWithAnAbsoluteLink() throws FeedParseException {
        ParsedFeed feed = telegraf();

        assertEquals("Telegraf release notes", feed.title());
        assertEquals(PAGE_URL, feed.siteUrl());
        assertEquals(List.of(PAGE_URL + "#v1-39-3", PAGE_URL + "#v1-39-2",
                "https://docs.example.org/telegraf/v1/release-notes/v1.39.1/", PAGE_URL + "#v1-39-0"),
                feed.entries().stream().map(ParsedEntry::url).toList(), "the item without a link is skipped");
    }

    @Test
    void guidIsTheAbsoluteLinkAndSummaryTheInnerHtml() throws FeedParseException {
        ParsedEntry first = telegraf().entries().get(0);

        assertEquals(first.url(), first.guid());
        assertEquals("v1.39.3", first.title());
        assertTrue(first.summary().startsWith("<h3>Bugfixes</h3>"), first.summary());
        assertEquals(List.of(), first.categories());
    }

    @Test
    void readsDatesFromTimeDatetimeProseOrShortFormAndNullWhenUnreadable() throws FeedParseException {
        List<Instant> dates = telegraf().entries().stream().map(ParsedEntry::published).toList();

        assertEquals(Instant.parse("2026-08-10T00:00:00Z"), dates.get(0), "<time datetime>");
        assertEquals(Instant.parse("2026-07-21T00:00:00Z"), dates.get(1), "\"Released on July 21, 2026\"");
        assertEquals(Instant.parse("2026-07-06T00:00:00Z"), dates.get(2), "\"06 Jul 2026\"");
        assertNull(dates.get(3), "\"sometime soon\"");
    }

    @Test
    void titleDefaultsToTheLinkText() throws FeedParseException {
        Selectors noTitle = new Selectors("div.release", null, "h2 a", null, null);

        ParsedFeed feed = parser.parse(Fixtures.bytes("release-page-telegraf-like.html"), null, PAGE_URL, noTitle);

        assertEquals("v1.39.3", feed.entries().get(0).title());
        assertNull(feed.entries().get(0).published());
        assertNull(feed.entries().get(0).summary());
    }

    @Test
    void anItemSelectorMatchingNothingIsAnError() {
        Selectors wrong = new Selectors("section.changelog", null, "a", null, null);

        FeedParseException e = assertThrows(FeedParseException.class,
                () -> parser.parse(Fixtures.bytes("release-page-telegraf-like.html"), null, PAGE_URL, wrong));

        assertEquals("the item selector 'section.changelog' matched nothing", e.getMessage());
    }

    @Test
    void anInvalidSelectorIsAnError() {
        Selectors invalid = new Selectors("div[", null, "a", null, null);

        FeedParseException e = assertThrows(FeedParseException.class,
                () -> parser.parse(Fixtures.bytes("release-page-telegraf-like.html"), null, PAGE_URL, invalid));

        assertEquals("invalid CSS selector for item: 'div['", e.getMessage());
    }

    @Test
    void readsThePageInTheCharsetItsHeaderGives() throws FeedParseException {
        String html = "<html><body><div class=r><a href=/s>Sécurité</a></div></body></html>";
        byte[] latin1 = html.getBytes(Charset.forName("ISO-8859-1"));

        ParsedFeed feed = parser.parse(latin1, "text/html; charset=iso-8859-1", "https://example.org/",
                new Selectors("div.r", null, "a", null, null));

        assertEquals("Sécurité", feed.entries().get(0).title());
        assertEquals("https://example.org/s", feed.entries().get(0).url());
    }
}
