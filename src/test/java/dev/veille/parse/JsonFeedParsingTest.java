package dev.veille.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFeedParsingTest {

    private final FeedParser parser = new FeedParser();

    @Test
    void readsJsonFeed11IgnoringUnknownFields() throws FeedParseException {
        ParsedFeed feed = parser.parse(Fixtures.bytes("json-feed-1.1.json"), "application/feed+json",
                "https://example.org/feed.json");

        assertEquals("JSON Feed 1.1", feed.title());
        assertEquals("https://example.org/", feed.siteUrl());
        ParsedEntry one = feed.entries().get(0);
        assertEquals("1", one.guid());
        assertEquals("https://example.org/posts/one", one.url());
        assertEquals("One", one.title());
        assertEquals("Short one", one.summary());
        assertEquals(Instant.parse("2024-03-01T09:00:00Z"), one.published());
        assertEquals(List.of("java", "json"), one.categories());
    }

    @Test
    void fallsBackToExternalUrlContentTextAndModifiedDate() throws FeedParseException {
        ParsedEntry two = parser.parse(Fixtures.bytes("json-feed-1.1.json"), null, null).entries().get(1);

        assertEquals("2", two.guid(), "a numeric id is read as text");
        assertEquals("https://elsewhere.example.net/two", two.url());
        assertNull(two.title());
        assertEquals("Text only", two.summary());
        assertEquals(Instant.parse("2024-03-06T08:30:00Z"), two.published());
    }

    @Test
    void anUnreadableDateIsNullNotAFailure() throws FeedParseException {
        ParsedEntry three = parser.parse(Fixtures.bytes("json-feed-1.1.json"), null, null).entries().get(2);

        assertNull(three.published());
        assertEquals("<p>Three</p>", three.summary());
    }

    @Test
    void readsJsonFeed10() throws FeedParseException {
        ParsedFeed feed = parser.parse(Fixtures.bytes("json-feed-1.0.json"), null, null);

        assertEquals(1, feed.entries().size());
        assertEquals(Instant.parse("2017-05-17T15:02:12Z"), feed.entries().get(0).published());
    }

    @Test
    void jsonThatIsNotAJsonFeedIsRefused() {
        FeedParseException e = assertThrows(FeedParseException.class,
                () -> parser.parse("{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8), null, null));

        assertTrue(e.getMessage().contains("not a JSON Feed"), e.getMessage());
    }

    @Test
    void malformedJsonNamesTheLine() {
        byte[] body = "{\n\"version\": \"https://jsonfeed.org/version/1.1\",\n\"items\": [\n"
                .getBytes(StandardCharsets.UTF_8);

        FeedParseException e = assertThrows(FeedParseException.class, () -> parser.parse(body, null, null));

        assertTrue(e.getMessage().startsWith("malformed JSON at line"), e.getMessage());
    }
}
