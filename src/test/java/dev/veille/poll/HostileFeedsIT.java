package dev.veille.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpHandler;

import dev.veille.testing.CannedResponse;
import dev.veille.testing.LocalHttpServer;
import dev.veille.testing.RunningVeille;
import dev.veille.testing.RunningVeille.Answer;
import dev.veille.testing.TestFeeds;
import dev.veille.testing.TestFeeds.Entry;

/**
 * Feeds written to hurt, polled by the real server through {@code POST /api/sources/{id}/poll}: each ends, in
 * bounded time, as the source's recorded error or as cleaned items, and afterwards the server still answers
 * and another source still polls. The network-level attacks (bombs, drips, redirects) are in
 * {@link HostileServersIT}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileFeedsIT {

    /** Far above what a healthy poll of these small feeds takes, far below the 30 s fetch deadline. */
    private static final Duration QUICK = Duration.ofSeconds(5);

    private LocalHttpServer feeds;
    private RunningVeille veille;
    private long healthySource;

    @BeforeAll
    void start() {
        feeds = LocalHttpServer.start();
        veille = RunningVeille.start(feeds.url(""), Map.of());
        feeds.on("/healthy.xml", CannedResponse.ok("application/rss+xml",
                TestFeeds.rss("Healthy", Entry.of("Still here", "https://healthy.example/1", "2019-10-01T08:00:00Z"))));
        healthySource = addSource("/healthy.xml");
    }

    @AfterAll
    void stop() {
        veille.close();
        feeds.close();
    }


    static Stream<Arguments> doctypes() {
        return Stream.of(
                Arguments.of("xxe-file", """
                        <?xml version="1.0"?>
                        <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                        <rss version="2.0"><channel><title>&xxe;</title>
                        <item><title>&xxe;</title><link>https://x.example/1</link></item></channel></rss>"""),
                Arguments.of("xxe-parameter-entity", """
                        <?xml version="1.0"?>
                        <!DOCTYPE rss [<!ENTITY % remote SYSTEM "{base}/evil.dtd"> %remote;]>
                        <rss version="2.0"><channel><title>t</title></channel></rss>"""),
                Arguments.of("external-dtd", """
                        <?xml version="1.0"?>
                        <!DOCTYPE rss SYSTEM "{base}/evil.dtd">
                        <rss version="2.0"><channel><title>t</title></channel></rss>"""),
                Arguments.of("billion-laughs", billionLaughs()),
                Arguments.of("atom-xxe", """
                        <?xml version="1.0"?>
                        <!DOCTYPE feed [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>
                        <feed xmlns="http://www.w3.org/2005/Atom"><title>&xxe;</title>
                        <entry><id>1</id><title>&xxe;</title><link href="https://x.example/1"/></entry></feed>"""),
                // Past the 64 KB the prolog sniffer reads: the XML parser itself must still refuse it.
                Arguments.of("doctype-after-a-long-comment", "<?xml version=\"1.0\"?><!--" + "x".repeat(70_000)
                        + "--><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                        + "<rss version=\"2.0\"><channel><title>&xxe;</title></channel></rss>"),
                // A harmless-looking Netscape DOCTYPE with an internal subset is no longer harmless.
                Arguments.of("netscape-doctype-with-entities", """
                        <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "{base}/rss-0.91.dtd" [
                          <!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                        <rss version="0.91"><channel><title>&xxe;</title></channel></rss>"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("doctypes")
    void doctypesAreRefusedWithoutReadingAnyEntityOrDtd(String name, String feed) {
        String path = "/doctype-" + name + ".xml";
        long id = addSourceThenServe(path,
                CannedResponse.ok("application/rss+xml", feed.replace("{base}", feeds.url(""))));

        TimedPoll poll = poll(id);

        assertEquals("error", poll.result());
        assertTrue(poll.error().startsWith("the feed declares a DOCTYPE, refused for safety"), poll.error());
        assertRecordedError(id, poll, 1);
        assertTrue(feeds.requestsTo("/evil.dtd").isEmpty() && feeds.requestsTo("/rss-0.91.dtd").isEmpty(),
                "no DTD was fetched: " + feeds.requests());
        assertFalse(poll.json().toString().contains("root:"), "nothing of /etc/passwd leaks");
        assertEquals(0, itemsOf(id).size());
        assertVeilleStillServes();
    }

    @Test
    void stylesheetsAndXIncludeAreNeverFollowed() {
        feeds.on("/xinclude.xml", CannedResponse.ok("application/rss+xml", """
                <?xml version="1.0"?>
                <?xml-stylesheet type="text/xsl" href="%1$s/evil.xsl"?>
                <rss version="2.0" xmlns:xi="http://www.w3.org/2001/XInclude"><channel><title>t</title>
                <item><title>Included: <xi:include href="file:///etc/passwd" parse="text"/><xi:include
                  href="%1$s/evil.txt" parse="text"/>nothing</title><link>https://x.example/xi</link></item>
                </channel></rss>""".formatted(feeds.url(""))));
        long id = addSource("/xinclude.xml");

        TimedPoll poll = poll(id);

        assertEquals("ok", poll.result(), poll.json().toString());
        assertEquals("Included: nothing", itemsOf(id).get(0).get("title").asText());
        assertTrue(feeds.requestsTo("/evil.xsl").isEmpty() && feeds.requestsTo("/evil.txt").isEmpty(),
                "nothing was fetched: " + feeds.requests());
        assertVeilleStillServes();
    }

    static Stream<Arguments> deepNesting() {
        int depth = 100_000;
        String atom = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry>"
                + "<id>1</id><title>deep</title><link href=\"https://x.example/deep\"/><content type=\"xhtml\">"
                + "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + "<div>".repeat(depth) + "x"
                + "</div>".repeat(depth) + "</div></content></entry></feed>";
        String rssUnclosed = "<rss version=\"2.0\"><channel><title>t</title><item><title>deep</title>"
                + "<link>https://x.example/deep</link><description>" + "<a>".repeat(depth);
        String json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"t\",\"items\":[{\"id\":\"1\","
                + "\"url\":\"https://x.example/deep\",\"title\":\"deep\",\"x\":" + "[".repeat(depth)
                + "]".repeat(depth) + "}]}";
        return Stream.of(Arguments.of("atom-xhtml-content", atom, "the feed nests elements more than"),
                Arguments.of("rss-unclosed-description", rssUnclosed, "the feed nests elements more than"),
                Arguments.of("json-arrays", json, "malformed JSON"));
    }

    /**
     * 100,000 nested elements once cost ROME's tree builder minutes (each added element walks up its ancestors)
     * and ended in a StackOverflowError that escaped the poll: the parser now stops at a nesting limit.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("deepNesting")
    void deeplyNestedDocumentsAreRefusedQuickly(String name, String feed, String expectedError) {
        String path = "/deep-" + name;
        long id = addSourceThenServe(path, CannedResponse.ok("application/xml", feed));

        TimedPoll poll = poll(id);

        assertEquals("error", poll.result(), poll.json().toString());
        assertTrue(poll.error().startsWith(expectedError), poll.error());
        assertRecordedError(id, poll, 1);
        assertVeilleStillServes();
    }

    @Test
    void tenThousandItemsAreAllStoredInOnePoll() {
        int count = 10_000;
        Entry[] entries = new Entry[count];
        Instant start = Instant.parse("2019-01-01T00:00:00Z");
        for (int i = 0; i < count; i++) {
            entries[i] = Entry.of("Article n°" + i + " & co", "https://many.example/a/" + i,
                    start.plusSeconds(60L * i).toString());
        }
        // Served only once the source exists: adding a feed reads it, and one read of it is enough here.
        long id = addSourceThenServe("/many.xml", CannedResponse.ok("application/rss+xml", TestFeeds.rss("Many", entries)));

        // ROME alone takes seconds on 10,000 items (it builds date formats per item) in a JVM not yet warm.
        TimedPoll poll = TimedPoll.of(veille, id, Duration.ofSeconds(30));

        assertEquals("ok", poll.result(), poll.json().toString());
        assertEquals(count, poll.json().get("newItems").asInt());
        assertEquals(count, veille.app().itemStore().countBySource(id), "every item stored");
        JsonNode newest = itemsOf(id).get(0);
        assertEquals("Article n°9999 & co", newest.get("title").asText());
        assertEquals(start.plusSeconds(60L * 9999).toString(), newest.get("publishedAt").asText());
        assertVeilleStillServes();
    }

    @Test
    void aMegabyteTitleSummaryAndCategoryAreStoredCut() {
        String megabyte = "word ".repeat(200_000);
        feeds.on("/huge-fields.xml", CannedResponse.ok("application/rss+xml", """
                <rss version="2.0"><channel><title>%1$s</title><item><title>%1$s</title>
                <link>https://huge.example/1</link><description>%1$s</description><category>%1$s</category>
                </item></channel></rss>""".formatted(megabyte)));
        long id = addSource("/huge-fields.xml");

        TimedPoll poll = poll(id);

        assertEquals("ok", poll.result(), poll.json().toString());
        JsonNode item = itemsOf(id).get(0);
        String title = item.get("title").asText();
        assertTrue(title.length() <= 500 && title.length() > 400, "title of " + title.length() + " chars");
        assertTrue(title.startsWith("word word") && title.endsWith("word…"), title);
        String summary = item.get("summary").asText();
        assertTrue(summary.length() <= 1000 && summary.length() > 900, "summary of " + summary.length() + " chars");
        String category = item.get("categories").get(0).asText();
        assertTrue(category.length() <= 100 && category.endsWith("…"), category);
        String sourceTitle = veille.get("/api/sources/" + id).json().get("title").asText();
        assertTrue(sourceTitle.length() <= 500, "source title of " + sourceTitle.length() + " chars");
        assertVeilleStillServes();
    }

    @Test
    void invalidUtf8BytesBecomeReplacementCharacters() {
        ByteArrayOutputStream feed = new ByteArrayOutputStream();
        feed.writeBytes(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<item><title>Caf").getBytes(StandardCharsets.UTF_8));
        // A truncated sequence, bytes that never occur in UTF-8, an overlong '/', a lone continuation byte.
        feed.writeBytes(new byte[] {(byte) 0xC3, '(', ' ', (byte) 0xFF, (byte) 0xFE, ' ', (byte) 0xC0, (byte) 0xAF,
                ' ', (byte) 0x80});
        feed.writeBytes(" fin</title><link>https://utf8.example/1</link><description>d\u00e9j\u00e0 "
                .getBytes(StandardCharsets.UTF_8));
        feed.writeBytes(new byte[] {(byte) 0xE2, (byte) 0x82});
        feed.writeBytes("</description></item></channel></rss>".getBytes(StandardCharsets.UTF_8));
        feeds.on("/bad-utf8.xml", CannedResponse.status(200)
                .withHeader("Content-Type", "application/rss+xml; charset=utf-8").withBody(feed.toByteArray()));
        long id = addSource("/bad-utf8.xml");

        TimedPoll poll = poll(id);

        assertEquals("ok", poll.result(), poll.json().toString());
        JsonNode item = itemsOf(id).get(0);
        assertEquals("Caf\uFFFD( \uFFFD\uFFFD \uFFFD\uFFFD \uFFFD fin", item.get("title").asText());
        assertEquals("d\u00e9j\u00e0 \uFFFD", item.get("summary").asText());
        assertVeilleStillServes();
    }

    @Test
    void nulAndControlBytesAreDroppedFromXmlAndJsonFeeds() {
        feeds.on("/nul.xml", CannedResponse.ok("application/rss+xml",
                "<rss version=\"2.0\">\0<channel><title>N\0UL</title><item><title>Hel\0lo\u0001 W\u001Forld\u0007"
                        + "</title><link>https://nul.example/1\0</link><description>a\0b\u000Bc</description>"
                        + "<category>t\0ag</category></item></channel></rss>"));
        long xml = addSource("/nul.xml");
        feeds.on("/nul.json", CannedResponse.ok("application/feed+json", """
                {"version":"https://jsonfeed.org/version/1.1","title":"N\\u0000UL","items":[
                 {"id":"1\\u0000","url":"https://nul.example/2","title":"Hel\\u0000lo\\u0001 W\\u001forld",
                  "content_text":"a\\u0000b","tags":["t\\u0000ag"]}]}"""));
        long json = addSource("/nul.json");

        for (long id : List.of(xml, json)) {
            TimedPoll poll = poll(id);
            assertEquals("ok", poll.result(), poll.json().toString());
            JsonNode item = itemsOf(id).get(0);
            assertEquals("Hello World", item.get("title").asText());
            assertEquals("ab", item.get("summary").asText().replace(" ", "").replace("c", ""));
            assertEquals("tag", item.get("categories").get(0).asText());
            assertFalse(item.toString().contains("\\u0000"), "no NUL anywhere: " + item);
            assertEquals("NUL", veille.get("/api/sources/" + id).json().get("title").asText());
        }
        assertEquals("https://nul.example/1", itemsOf(xml).get(0).get("url").asText());
        assertVeilleStillServes();
    }

    @Test
    void farFutureDatesAreClampedToTheFetchTimeAndOldOnesKept() {
        feeds.on("/dates.xml", CannedResponse.ok("application/rss+xml", """
                <rss version="2.0"><channel><title>t</title>
                <item><title>far</title><link>https://dates.example/far</link>
                  <pubDate>Fri, 31 Dec 9999 23:59:59 GMT</pubDate></item>
                <item><title>old</title><link>https://dates.example/old</link>
                  <pubDate>Mon, 01 Jan 1900 00:00:00 GMT</pubDate></item>
                <item><title>moon</title><link>https://dates.example/moon</link>
                  <pubDate>Sun, 20 Jul 1969 20:17:40 GMT</pubDate></item>
                </channel></rss>"""));
        long rss = addSource("/dates.xml");
        feeds.on("/dates.atom", CannedResponse.ok("application/atom+xml", """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
                <entry><id>far</id><title>far</title><link href="https://dates.example/atom-far"/>
                  <updated>9999-12-31T23:59:59Z</updated></entry>
                <entry><id>old</id><title>old</title><link href="https://dates.example/atom-old"/>
                  <published>1900-01-01T00:00:00Z</published></entry>
                </feed>"""));
        long atom = addSource("/dates.atom");
        feeds.on("/dates.json", CannedResponse.ok("application/feed+json", """
                {"version":"https://jsonfeed.org/version/1.1","title":"t","items":[
                 {"id":"far","url":"https://dates.example/json-far","title":"far","date_published":"9999-12-31T23:59:59Z"},
                 {"id":"beyond","url":"https://dates.example/json-beyond","title":"beyond",
                  "date_published":"+999999999-12-31T23:59:59Z"},
                 {"id":"moon","url":"https://dates.example/json-moon","title":"moon","date_published":"1969-07-20T20:17:40Z"}]}
                """));
        long json = addSource("/dates.json");

        for (long id : List.of(rss, atom, json)) {
            Instant before = Instant.now().minusSeconds(1);
            TimedPoll poll = poll(id);
            Instant after = Instant.now().plusSeconds(1);
            assertEquals("ok", poll.result(), poll.json().toString());
            for (JsonNode item : itemsOf(id)) {
                String title = item.get("title").asText();
                Instant published = Instant.parse(item.get("publishedAt").asText());
                switch (title) {
                    case "far", "beyond" -> {
                        assertEquals(item.get("fetchedAt").asText(), item.get("publishedAt").asText(), title);
                        assertTrue(!published.isBefore(before.truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                                && published.isBefore(after), title + " at " + published);
                    }
                    case "old" -> assertEquals("1900-01-01T00:00:00Z", item.get("publishedAt").asText());
                    case "moon" -> assertEquals("1969-07-20T20:17:40Z", item.get("publishedAt").asText());
                    default -> throw new AssertionError("unexpected item " + item);
                }
            }
        }
        assertEquals(8, itemsOf(rss).size() + itemsOf(atom).size() + itemsOf(json).size());
        assertVeilleStillServes();
    }

    @Test
    void htmlInEveryTextFieldIsStoredAsPlainText() {
        feeds.on("/html.xml", CannedResponse.ok("application/rss+xml", """
                <rss version="2.0"><channel><title>&lt;script&gt;alert(1)&lt;/script&gt;Blog &lt;b&gt;bold&lt;/b&gt;</title>
                <item><title>&lt;img src=x onerror=alert(2)&gt;Breaking&lt;script&gt;alert(3)&lt;/script&gt; news</title>
                <link>https://html.example/1</link>
                <description><![CDATA[<p onclick="alert(4)">Hello <img src=x onerror=alert(5)><script>alert(6)</script>
                  <iframe src="javascript:alert(7)"></iframe><svg onload=alert(8)><circle/></svg><a href="javascript:alert(9)">world</a></p>]]></description>
                <category><![CDATA[<script>alert(10)</script>Sécu<img src=x onerror=alert(11)>]]></category>
                <category>&lt;style&gt;body{}&lt;/style&gt;Web</category>
                </item>
                <item><title>Scripted link</title><link>javascript:alert(12)</link></item>
                </channel></rss>"""));
        feeds.on("/html.atom", CannedResponse.ok("application/atom+xml", """
                <feed xmlns="http://www.w3.org/2005/Atom"><title type="html">&lt;script&gt;alert(1)&lt;/script&gt;Blog &lt;b&gt;bold&lt;/b&gt;</title>
                <entry><id>1</id><link href="https://html.example/2"/>
                <title type="html">&lt;img src=x onerror=alert(2)&gt;Breaking&lt;script&gt;alert(3)&lt;/script&gt; news</title>
                <summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p onclick="alert(4)">Hello <img src="x" onerror="alert(5)"/><script>alert(6)</script><a href="javascript:alert(9)">world</a></p></div></summary>
                <category term="&lt;script&gt;alert(10)&lt;/script&gt;Sécu&lt;img src=x onerror=alert(11)&gt;"/>
                <category term="&lt;style&gt;body{}&lt;/style&gt;Web"/>
                </entry></feed>"""));
        feeds.on("/html.json", CannedResponse.ok("application/feed+json", """
                {"version":"https://jsonfeed.org/version/1.1","title":"<script>alert(1)</script>Blog <b>bold</b>","items":[
                 {"id":"1","url":"https://html.example/3",
                  "title":"<img src=x onerror=alert(2)>Breaking<script>alert(3)</script> news",
                  "content_html":"<p onclick=\\"alert(4)\\">Hello <img src=x onerror=alert(5)><script>alert(6)</script><a href=\\"javascript:alert(9)\\">world</a></p>",
                  "tags":["<script>alert(10)</script>Sécu<img src=x onerror=alert(11)>","<style>body{}</style>Web"]}]}"""));

        for (String path : List.of("/html.xml", "/html.atom", "/html.json")) {
            long id = addSource(path);
            TimedPoll poll = poll(id);
            assertEquals("ok", poll.result(), poll.json().toString());
            List<JsonNode> items = itemsOf(id);
            assertEquals(1, items.size(), path + ": the javascript: link is skipped");
            JsonNode item = items.get(0);
            assertEquals("Breaking news", item.get("title").asText(), path);
            assertEquals("Hello world", item.get("summary").asText(), path);
            assertEquals("[\"Sécu\",\"Web\"]", item.get("categories").toString(), path);
            assertEquals("Blog bold", veille.get("/api/sources/" + id).json().get("title").asText(), path);
            assertFalse(item.toString().contains("<") || item.toString().contains(">")
                    || item.toString().contains("alert("), path + ": no markup, no script: " + item);
        }
        assertVeilleStillServes();
    }

    // --- helpers ---

    private static String billionLaughs() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        return dtd.append("]>\n<rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>").toString();
    }

    /** Adds a feed source at {@code path} through the API; adding fetches it, so the test serves it first. */
    private long addSource(String path) {
        Answer created = veille.post("/api/sources", "{\"kind\":\"feed\",\"url\":\"" + feeds.url(path) + "\"}");
        assertEquals(201, created.status(), created.body());
        return created.json().get("id").asLong();
    }

    /** Adds a source while {@code path} serves a valid feed, then makes {@code path} answer with {@code hostile}. */
    private long addSourceThenServe(String path, HttpHandler hostile) {
        feeds.on(path, CannedResponse.ok("application/rss+xml", TestFeeds.rss("Bootstrap")));
        long id = addSource(path);
        feeds.on(path, hostile);
        return id;
    }

    private TimedPoll poll(long id) {
        return TimedPoll.of(veille, id, QUICK);
    }

    private void assertRecordedError(long id, TimedPoll poll, int errorCount) {
        JsonNode source = veille.get("/api/sources/" + id).json();
        assertEquals(poll.error(), source.get("lastError").asText());
        assertEquals(errorCount, source.get("errorCount").asInt());
        assertEquals(poll.source().get("lastError").asText(), poll.error());
    }

    private List<JsonNode> itemsOf(long id) {
        Answer answer = veille.get("/api/items?limit=200&source=" + id);
        assertEquals(200, answer.status(), answer.body());
        List<JsonNode> items = new ArrayList<>();
        answer.json().get("items").forEach(items::add);
        return items;
    }

    /** The server still answers its probe, and another source still polls as before. */
    private void assertVeilleStillServes() {
        Answer health = veille.send(veille.request("/api/health"));
        assertEquals(200, health.status(), health.body());
        assertEquals("ok", health.json().get("status").asText());
        assertEquals("ok", health.json().get("db").asText());
        TimedPoll healthy = poll(healthySource);
        assertEquals("ok", healthy.result(), healthy.json().toString());
        assertEquals(List.of("Still here"), itemsOf(healthySource).stream().map(i -> i.get("title").asText()).toList());
        assertEquals(0, healthy.source().get("errorCount").asInt());
    }
}
