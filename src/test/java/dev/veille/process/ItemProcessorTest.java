package dev.veille.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veille.model.NewItem;
import dev.veille.model.Source;
import dev.veille.model.SourceKind;
import dev.veille.parse.ParsedEntry;
import dev.veille.parse.ParsedFeed;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ItemProcessorTest {

    private static final Instant FETCHED_AT = Instant.parse("2024-06-01T12:00:00Z");
    private static final String FEED_URL = "https://blog.example.com/feed.xml";
    private static final String RELEASES_URL = "https://github.com/acme/rocket/releases.atom";

    private final ItemProcessor processor = new ItemProcessor();

    // --- links

    @Test
    void resolvesRelativeLinksAgainstTheSourceUrl() {
        NewItem item = onlyItem(feedSource(), entry("g", "/posts/hello?id=1", "Hello"));

        assertEquals("https://blog.example.com/posts/hello?id=1", item.url());
    }

    @Test
    void resolvesGitHubRelativeReleaseLinks() {
        NewItem item = onlyItem(githubSource(false), entry("g", "/acme/rocket/releases/tag/v2.0.2", "v2.0.2"));

        assertEquals("https://github.com/acme/rocket/releases/tag/v2.0.2", item.url());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com/a", "https://example.com/a", "HTTPS://example.com/a"})
    void keepsHttpAndHttpsLinks(String link) {
        assertEquals(link, onlyItem(feedSource(), entry("g", link, "T")).url());
    }

    @Test
    void explainsWhyAJavascriptLinkIsSkipped() {
        ProcessedEntries result = process(feedSource(), entry("g", "javascript:alert(1)", "Foo"));

        assertEquals(List.of(), result.items());
        assertEquals(List.of("skipped 'Foo': link 'javascript:alert(1)' is not http(s)"), reasons(result));
    }

    @ParameterizedTest
    @ValueSource(strings = {"JavaScript:alert(1)", "java\nscript:alert(1)", " javascript:alert(1)", "mailto:a@b.c",
            "data:text/html,<script>alert(1)</script>", "ftp://example.com/file", "file:///etc/passwd"})
    void skipsLinksThatAreNotHttp(String link) {
        ProcessedEntries result = process(feedSource(), entry("g", link, "Foo"));

        assertEquals(List.of(), result.items());
        assertTrue(reasons(result).get(0).endsWith("is not http(s)"), reasons(result).get(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL
            ''
            '   '
            """)
    void skipsEntriesWithoutALink(String link) {
        ProcessedEntries result = process(feedSource(), entry("g", link, "Foo"));

        assertEquals(List.of("skipped 'Foo': it has no link"), reasons(result));
    }

    @Test
    void skipsALinkWithoutAHost() {
        assertEquals(List.of("skipped 'Foo': link 'https:///nowhere' has no host"),
                reasons(process(feedSource(), entry("g", "https:///nowhere", "Foo"))));
    }

    @Test
    void skipsARelativeLinkWhenTheSourceUrlCannotResolveIt() {
        Source source = source(SourceKind.PAGE, "not-absolute", null, false);

        assertEquals(List.of("skipped 'Foo': link '/a' is relative and cannot be resolved against 'not-absolute'"),
                reasons(process(source, entry("g", "/a", "Foo"))));
    }

    @Test
    void skipsAnOverlongLinkWithoutQuotingItWhole() {
        String link = "https://example.com/" + "a".repeat(ItemProcessor.MAX_URL_CHARS);

        ProcessedEntries result = process(feedSource(), entry("g", link, "Foo"));

        assertEquals(List.of("skipped 'Foo': its link is 8212 characters long, over the limit of 8192"),
                reasons(result));
    }

    @Test
    void setsTheNormalizedUrlAsTheDedupeKey() {
        NewItem item = onlyItem(feedSource(), entry("g", "HTTP://Blog.Example.com/posts/1/?utm_source=rss#top", "T"));

        assertEquals("https://blog.example.com/posts/1", item.normalizedUrl());
        assertEquals("HTTP://Blog.Example.com/posts/1/?utm_source=rss#top", item.url());
    }

    // --- title and summary

    @Test
    void cleansTheTitleOfMarkupAndEntities() {
        NewItem item = onlyItem(feedSource(), entry("g", "/a", "  <b>Java</b> &amp; the\n JVM &#8212; news "));

        assertEquals("Java & the JVM — news", item.title());
    }

    @Test
    void keepsEscapedMarkupInATitleAsText() {
        NewItem item = onlyItem(feedSource(), entry("g", "/a", "Why &lt;script&gt; tags block"));

        assertEquals("Why <script> tags block", item.title());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL
            ''
            '  \t '
            <img src=x onerror=alert(1)>
            <script>alert(1)</script>
            """)
    void usesTheUrlWhenTheTitleIsEmpty(String title) {
        NewItem item = onlyItem(feedSource(), entry("g", "/posts/1", title));

        assertEquals("https://blog.example.com/posts/1", item.title());
    }

    @Test
    void capsAHugeTitle() {
        String title = "word ".repeat(200_000);

        NewItem item = onlyItem(feedSource(), entry("g", "/a", title));

        assertTrue(item.title().length() <= ItemProcessor.MAX_TITLE_CHARS, "length " + item.title().length());
        assertTrue(item.title().endsWith("word…"), item.title());
    }

    @Test
    void cleansAndCutsTheSummary() {
        String summary = "<p>" + "Lorem &amp; ipsum dolor. ".repeat(100) + "</p><script>alert(1)</script>";

        NewItem item = onlyItem(feedSource(), entry("g", "/a", "T", summary, null, List.of()));

        assertTrue(item.summary().length() <= ItemProcessor.MAX_SUMMARY_CHARS, "length " + item.summary().length());
        assertTrue(item.summary().startsWith("Lorem & ipsum dolor. Lorem & ipsum"), item.summary());
        assertTrue(item.summary().endsWith("…"));
        assertTrue(!item.summary().contains("<") && !item.summary().contains("alert"), item.summary());
    }

    @Test
    void keepsAShortSummaryWhole() {
        NewItem item = onlyItem(feedSource(), entry("g", "/a", "T", "<p>Short\u0000 one.</p>", null, List.of()));

        assertEquals("Short one.", item.summary());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL
            ''
            <img src=cat.png>
            """)
    void hasNoSummaryWhenThereIsNoText(String summary) {
        assertNull(onlyItem(feedSource(), entry("g", "/a", "T", summary, null, List.of())).summary());
    }

    // --- dates

    @ParameterizedTest(name = "published {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # absent: when we saw it
            NULL                     | 2024-06-01T12:00:00Z
            # past and present kept
            2024-05-31T08:30:00Z     | 2024-05-31T08:30:00Z
            1999-01-01T00:00:00Z     | 1999-01-01T00:00:00Z
            2024-06-01T12:00:00Z     | 2024-06-01T12:00:00Z
            # up to a day ahead is clock skew, kept
            2024-06-02T12:00:00Z     | 2024-06-02T12:00:00Z
            # beyond is a feed bug, clamped
            2024-06-02T12:00:01Z     | 2024-06-01T12:00:00Z
            9999-12-31T23:59:59Z     | 2024-06-01T12:00:00Z
            """)
    void datesTheItem(String published, String expected) {
        Instant date = published == null ? null : Instant.parse(published);

        NewItem item = onlyItem(feedSource(), entry("g", "/a", "T", null, date, List.of()));

        assertEquals(Instant.parse(expected), item.publishedAt());
    }

    // --- identity

    @Test
    void keepsTheEntryGuidTrimmed() {
        assertEquals("tag:blog,2024:1", onlyItem(feedSource(), entry("  tag:blog,2024:1 ", "/a", "T")).guid());
    }

    @Test
    void dropsControlCharactersFromTheGuid() {
        assertEquals("tag:blog,2024:1", onlyItem(feedSource(), entry("tag:\u0000blog,2024:1\u0007", "/a", "T")).guid());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL
            ''
            '   '
            '\u0000 \u001F'
            """)
    void usesTheResolvedUrlWhenThereIsNoGuid(String guid) {
        assertEquals("https://blog.example.com/a", onlyItem(feedSource(), entry(guid, "/a", "T")).guid());
    }

    @Test
    void keepsTheFirstOfEntriesSharingAGuid() {
        ProcessedEntries result = process(feedSource(),
                entry("same", "/first", "First"),
                entry("other", "/other", "Other"),
                entry("same", "/second", "Second"));

        assertEquals(List.of("First", "Other"), result.items().stream().map(NewItem::title).toList());
        assertEquals(List.of("skipped 'Second': guid 'same' repeats an earlier entry of this feed"), reasons(result));
        assertEquals("/second", result.skipped().get(0).entry().url());
    }

    @Test
    void dedupesEntriesWithoutGuidByTheirUrl() {
        ProcessedEntries result = process(feedSource(), entry(null, "/a", "One"), entry(null, "/a", "Again"));

        assertEquals(List.of("One"), result.items().stream().map(NewItem::title).toList());
    }

    @Test
    void keepsALaterEntryWhenTheFirstWithItsGuidWasSkipped() {
        ProcessedEntries result = process(feedSource(),
                entry("same", "javascript:void(0)", "Broken"),
                entry("same", "/fixed", "Fixed"));

        assertEquals(List.of("Fixed"), result.items().stream().map(NewItem::title).toList());
        assertEquals(1, result.skipped().size());
    }

    // --- categories

    @Test
    void listsTheEntryCategoriesThenTheSection() {
        Source source = source(SourceKind.FEED, FEED_URL, "Java", false);

        NewItem item = onlyItem(source,
                entry("g", "/a", "T", null, null, Arrays.asList(" JVM ", "", "jvm", null, "GC", "java")));

        assertEquals(List.of("JVM", "GC", "java"), item.categories());
    }

    @Test
    void appendsTheSectionWhenAbsent() {
        Source source = source(SourceKind.FEED, FEED_URL, "Java", false);

        assertEquals(List.of("JVM", "Java"), onlyItem(source, entry("g", "/a", "T", null, null, List.of("JVM")))
                .categories());
        assertEquals(List.of("Java"), onlyItem(source, entry("g", "/a", "T", null, null, null)).categories());
    }

    // --- releases

    @Test
    void readsTheVersionOfAGitHubRelease() {
        NewItem item = onlyItem(githubSource(false),
                entry("g", "https://github.com/acme/rocket/releases/tag/v3.0.0", "Rocket v3.0.0"));

        assertEquals("3.0.0", item.version());
        assertEquals(false, item.prerelease());
    }

    @Test
    void readsTheVersionFromTheTagWhenTheTitleHasNone() {
        NewItem item = onlyItem(githubSource(false),
                entry("g", "/acme/rocket/releases/tag/1.0.3", "The &quot;Do Nothing&quot; Release"));

        assertEquals("1.0.3", item.version());
        assertEquals("The \"Do Nothing\" Release", item.title());
    }

    @Test
    void skipsPrereleasesUnlessAsked() {
        ParsedEntry rc = entry("g", "/acme/rocket/releases/tag/v1.12.0-rc.1", "v1.12.0-rc.1");

        ProcessedEntries excluded = process(githubSource(false), rc);
        NewItem included = onlyItem(githubSource(true), rc);

        assertEquals(List.of(), excluded.items());
        assertEquals(List.of("skipped 'v1.12.0-rc.1': prerelease 1.12.0-rc.1 and the source does not include "
                + "prereleases"), reasons(excluded));
        assertEquals("1.12.0-rc.1", included.version());
        assertEquals(true, included.prerelease());
    }

    @Test
    void skipsAVersionlessNightlyUnlessAsked() {
        ProcessedEntries result = process(githubSource(false),
                entry("g", "/acme/rocket/releases/tag/nightly", "Nightly build"));

        assertEquals(List.of("skipped 'Nightly build': prerelease and the source does not include prereleases"),
                reasons(result));
    }

    @ParameterizedTest
    @EnumSource(value = SourceKind.class, names = {"FEED", "PAGE"})
    void leavesVersionsToGitHubSources(SourceKind kind) {
        Source source = source(kind, FEED_URL, null, false);

        NewItem item = onlyItem(source, entry("g", "/releases/tag/v2.0.0-beta.1", "Rocket v2.0.0-beta.1 is out"));

        assertNull(item.version());
        assertEquals(false, item.prerelease());
    }

    // --- the whole feed

    @Test
    void keepsDocumentOrderAndReportsEverySkip() {
        ProcessedEntries result = process(feedSource(),
                entry("1", "/one", "One"),
                entry("2", "mailto:x@y.z", "Two"),
                entry("3", "/three", "Three"),
                entry("4", null, "Four"));

        assertEquals(List.of("One", "Three"), result.items().stream().map(NewItem::title).toList());
        assertEquals(List.of("Two", "Four"), result.skipped().stream().map(s -> s.entry().title()).toList());
    }

    @Test
    void buildsTheWholeItem() {
        Source source = source(SourceKind.FEED, FEED_URL, "Tools", false);
        Instant published = Instant.parse("2024-05-30T10:00:00Z");

        NewItem item = onlyItem(source, entry("tag:1", "posts/x.html", "X &amp; Y", "<p>Body</p>", published,
                List.of("cli")));

        assertEquals(new NewItem("tag:1", "https://blog.example.com/posts/x.html",
                "https://blog.example.com/posts/x.html", "X & Y", "Body", published, List.of("cli", "Tools"),
                null, false), item);
    }

    @Test
    void givesNothingForAnEmptyFeed() {
        ProcessedEntries result = processor.process(feedSource(), new ParsedFeed(null, null, List.of()), FETCHED_AT);

        assertEquals(new ProcessedEntries(List.of(), List.of()), result);
    }

    @Test
    void givesTheSameResultForTheSameInput() {
        ParsedFeed feed = new ParsedFeed("t", null, List.of(entry("a", "/a", "A"), entry("b", "ftp://x", "B")));

        assertEquals(processor.process(feedSource(), feed, FETCHED_AT),
                processor.process(feedSource(), feed, FETCHED_AT));
    }

    // --- fixtures

    private ProcessedEntries process(Source source, ParsedEntry... entries) {
        return processor.process(source, new ParsedFeed("Feed", null, List.of(entries)), FETCHED_AT);
    }

    private NewItem onlyItem(Source source, ParsedEntry entry) {
        ProcessedEntries result = process(source, entry);
        assertEquals(List.of(), reasons(result));
        assertEquals(1, result.items().size());
        return result.items().get(0);
    }

    private static List<String> reasons(ProcessedEntries result) {
        return result.skipped().stream().map(SkippedEntry::reason).toList();
    }

    private static ParsedEntry entry(String guid, String url, String title) {
        return entry(guid, url, title, null, null, List.of());
    }

    private static ParsedEntry entry(String guid, String url, String title, String summary, Instant published,
                                     List<String> categories) {
        return new ParsedEntry(guid, url, title, summary, published, categories);
    }

    private static Source feedSource() {
        return source(SourceKind.FEED, FEED_URL, null, false);
    }

    private static Source githubSource(boolean includePrereleases) {
        return source(SourceKind.GITHUB, RELEASES_URL, null, includePrereleases);
    }

    private static Source source(SourceKind kind, String url, String section, boolean includePrereleases) {
        return new Source(1, kind, url, kind == SourceKind.GITHUB ? "acme/rocket" : null, "Source", section, 60,
                includePrereleases, null, null, null, null, null, null, null, 0, null, false,
                FETCHED_AT.minus(Duration.ofDays(30)));
    }
}
