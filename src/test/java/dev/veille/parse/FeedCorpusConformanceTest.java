package dev.veille.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs {@link FeedParser} over the shared real-world corpus (see its README): the gofeed and feed-rs cases must
 * give the same item count, titles and links as those parsers' own expectations; the must-fail cases must fail
 * with a {@link FeedParseException}; NetNewsWire's sniffing table must agree; and every file of the corpus must
 * either parse or fail with a FeedParseException, never anything else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedCorpusConformanceTest {

    /**
     * Cases whose expectation we knowingly do not meet, each with the reason. Keep it small: the aim is to match.
     * They are not skipped: each must still diverge the documented way (fail cleanly when the reason says we
     * report the document, otherwise parse to the same item count with some title or link differing), so a
     * case that starts to match, or to break differently, fails and its exclusion gets revisited.
     */
    private static final Map<String, String> EXCLUDED = exclusions();

    /** Must fail to parse: named by the corpus README and the projects the files come from. */
    private static final List<String> MUST_FAIL = List.of(
            "feeds/feed-rs/rss2/rss_2.0_invalid_1.xml",
            "feeds/rss-parser/input/unrecognized.rss",
            "feeds/gofeed/parser/universal/unknown_feed.xml",
            "feeds/gofeed/parser/universal/empty_feed.xml",
            "feeds/gofeed/parser/universal/invalid.json",
            "feeds/gofeed/parser/json/invalid/invalid.json");

    private static Map<String, String> exclusions() {
        String gofeed = "feeds/gofeed/parser/";
        String malformed = "not well-formed XML (mismatched end tag): gofeed's non-strict decoder recovers, we report"
                + " malformed XML by design";
        String nakedMarkup = "unescaped child elements inside <title>: ROME keeps only the element's own text"
                + " (markup in a text construct must be escaped or typed xhtml)";
        String severalLinks = "several <link> in one item: gofeed picks the one with an href attribute, we keep the"
                + " first <link> as ROME does; both are readings of an invalid item";
        String base64 = "Atom 1.0 has no base64 mode (it was Atom 0.3's): ROME returns the text as written";
        Map<String, String> excluded = new TreeMap<>();
        excluded.put(gofeed + "atom/atom10_feed_entry_source_logo.xml", malformed);
        excluded.put(gofeed + "atom/atom10_feed_entry_source_title_html_escaped_markup.xml", malformed);
        excluded.put(gofeed + "atom/atom10_feed_entry_source_title_text.xml", malformed);
        excluded.put(gofeed + "atom/atom10_feed_title_xhtml_escaped_markup.xml", malformed);
        excluded.put(gofeed + "atom/atom10_feed_title_xhtml_inline_markup.xml", malformed);
        excluded.put(gofeed + "rss/rss_channel_language.xml", malformed);
        excluded.put(gofeed + "atom/entry_title_xml_base.xml", nakedMarkup);
        excluded.put(gofeed + "atom/entry_summary_xml_base_inherit_3.xml", nakedMarkup);
        excluded.put(gofeed + "rss/rdf_item_title_naked_markup.xml", nakedMarkup);
        excluded.put(gofeed + "rss/rss_channel_item_title_naked_markup.xml", nakedMarkup);
        excluded.put(gofeed + "rss/rdf_item_links.xml", severalLinks);
        excluded.put(gofeed + "rss/rss_channel_item_links.xml", severalLinks);
        excluded.put("feeds/gofeed/translator/rss/feed_item_links_-_rss_channel_item_links.xml", severalLinks);
        excluded.put(gofeed + "atom/atom10_feed_entry_title_base64.xml", base64);
        excluded.put(gofeed + "atom/atom10_feed_entry_title_base64_escaped_markup.xml", base64);
        excluded.put(gofeed + "atom/atom10_feed_link_rel.xml",
                "ROME 2.1.0 throws a NullPointerException on an Atom <link> without href (Atom10Parser.parseLink);"
                        + " we report it as a FeedParseException");
        excluded.put("feeds/feed-rs/rss2/rss_2.0_spec_1.xml",
                "item without <link> whose guid is a permalink URL: per RSS 2.0 that guid is the item's URL, so we"
                        + " use it; feed-rs leaves the link empty");
        return Map.copyOf(excluded);
    }

    private final FeedParser parser = new FeedParser();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, AtomicInteger> tally = new TreeMap<>();

    @TestFactory
    Stream<DynamicTest> gofeedCasesGiveTheExpectedTitlesAndLinks() throws IOException {
        return FeedCorpus.cases(corpus -> {
            List<Path[]> pairs = new ArrayList<>();
            for (Path file : corpus.filesUnder("feeds/gofeed")) {
                String name = file.getFileName().toString();
                if (name.endsWith(".xml") && Files.exists(sibling(file, ".xml", ".json"))) {
                    pairs.add(new Path[] {file, sibling(file, ".xml", ".json")});
                } else if (name.endsWith("_expected.json")) {
                    pairs.add(new Path[] {sibling(file, "_expected.json", ".json"), file});
                }
            }
            return pairs.stream().map(pair -> expectationCase(corpus, "gofeed", pair[0],
                    () -> ExpectedItems.fromGofeed(readJson(pair[1]))));
        });
    }

    @TestFactory
    Stream<DynamicTest> feedRsCasesGiveTheExpectedTitlesAndLinks() throws IOException {
        return FeedCorpus.cases(corpus -> {
            return corpus.filesUnder("feeds/feed-rs").stream()
                    .filter(file -> file.getFileName().toString().endsWith(".serde.json"))
                    .map(expected -> {
                        Path xml = sibling(expected, ".serde.json", ".xml");
                        Path input = Files.exists(xml) ? xml : sibling(expected, ".serde.json", ".json");
                        return expectationCase(corpus, "feed-rs", input,
                                () -> ExpectedItems.fromFeedRs(readJson(expected)));
                    });
        });
    }

    @TestFactory
    Stream<DynamicTest> mustFailCasesFailWithAFeedParseException() throws IOException {
        return FeedCorpus.cases(corpus -> {
            return MUST_FAIL.stream().filter(path -> Files.exists(corpus.resolve(path))).map(path ->
                    DynamicTest.dynamicTest(path, () -> {
                        Path file = corpus.resolve(path);
                        FeedParseException e = assertThrows(FeedParseException.class,
                                () -> parser.parse(corpus.read(file), null, corpus.documentUrl(file)));
                        assertFalse(e.getMessage().isBlank(), "a message for the curator");
                        count("must-fail: failed cleanly");
                    }));
        });
    }

    @TestFactory
    Stream<DynamicTest> netNewsWireSniffingTableAgrees() throws IOException {
        return FeedCorpus.cases(corpus -> {
            Path table = corpus.resolve("feeds/netnewswire/EXPECTED_feed_type.tsv");
            return Files.readAllLines(table).stream().skip(1).filter(line -> !line.isBlank()).map(line -> {
                String[] columns = line.split("\t");
                Path file = table.resolveSibling(columns[0]);
                String expectedType = columns[1];
                return DynamicTest.dynamicTest(columns[0] + " is " + expectedType, () -> {
                    byte[] body = corpus.read(file);
                    switch (expectedType) {
                        case "rss", "atom", "jsonFeed" -> assertFalse(
                                parser.parse(body, null, columns[2]).entries().isEmpty(), "a feed with entries");
                        case "notAFeed" -> assertInstanceOf(NotAFeedException.class,
                                assertThrows(FeedParseException.class, () -> parser.parse(body, null, columns[2])));
                        default -> assertThrows(FeedParseException.class, () -> parser.parse(body, null, columns[2]));
                    }
                    count("netnewswire sniffing: agreed");
                });
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusFileParsesOrFailsWithAFeedParseException() throws IOException {
        return FeedCorpus.cases(corpus -> {
            return Stream.of("feeds", "github-releases", "release-pages", "changelogs")
                    .flatMap(dir -> corpus.filesUnder(dir).stream())
                    .map(file -> DynamicTest.dynamicTest(corpus.relative(file), () -> {
                        try {
                            ParsedFeed feed = parser.parse(corpus.read(file), null, corpus.documentUrl(file));
                            assertTrue(feed.entries().stream().allMatch(e -> e.categories() != null));
                            count("every file: parsed");
                        } catch (FeedParseException expectedForSomeFiles) {
                            assertFalse(expectedForSomeFiles.getMessage().isBlank());
                            count("every file: FeedParseException");
                        } catch (Throwable other) {
                            fail("neither a feed nor a FeedParseException: " + other, other);
                        }
                    }));
        });
    }

    @AfterAll
    void printTally() {
        tally.forEach((what, n) -> System.out.println("[corpus] " + what + ": " + n));
    }

    private DynamicTest expectationCase(FeedCorpus corpus, String suite, Path input, ExpectationSource source) {
        String name = corpus.relative(input);
        return DynamicTest.dynamicTest(name, () -> {
            String exclusion = EXCLUDED.get(name);
            ExpectedItems expected = source.read();
            String documentUrl = corpus.documentUrl(input);
            if (exclusion != null) {
                assertKnownDivergence(name, exclusion, corpus.read(input), documentUrl, expected);
                count(suite + ": known divergence, checked");
                return;
            }
            ParsedFeed feed = parseOrFail(name, corpus.read(input), documentUrl);
            assertEquals(expected.count(), feed.entries().size(), name + ": item count");
            for (int i = 0; i < expected.count(); i++) {
                ParsedEntry entry = feed.entries().get(i);
                assertEquals(ComparableText.title(expected.titles().get(i)), ComparableText.title(entry.title()),
                        name + ": title of item " + i);
                assertEquals(ComparableText.link(documentUrl, expected.links().get(i)),
                        ComparableText.link(documentUrl, entry.url()), name + ": link of item " + i);
            }
            count(suite + ": matched");
        });
    }

    private void assertKnownDivergence(String name, String reason, byte[] body, String documentUrl,
                                       ExpectedItems expected) {
        if (reason.contains("we report")) {
            assertThrows(FeedParseException.class, () -> parser.parse(body, null, documentUrl),
                    name + ": documented to fail cleanly (" + reason + ")");
            return;
        }
        ParsedFeed feed = parseOrFail(name, body, documentUrl);
        assertEquals(expected.count(), feed.entries().size(), name + ": item count");
        boolean differs = false;
        for (int i = 0; i < expected.count(); i++) {
            ParsedEntry entry = feed.entries().get(i);
            differs |= !ComparableText.title(expected.titles().get(i)).equals(ComparableText.title(entry.title()))
                    || !ComparableText.link(documentUrl, expected.links().get(i))
                            .equals(ComparableText.link(documentUrl, entry.url()));
        }
        assertTrue(differs, name + " now matches its expectation: remove its exclusion (" + reason + ")");
    }

    private ParsedFeed parseOrFail(String name, byte[] body, String documentUrl) {
        try {
            return parser.parse(body, null, documentUrl);
        } catch (FeedParseException e) {
            return fail(name + ": expected a feed, got: " + e.getMessage());
        }
    }

    private void count(String what) {
        tally.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
    }

    private JsonNode readJson(Path file) throws IOException {
        return json.readTree(file.toFile());
    }

    private static Path sibling(Path file, String suffix, String replacement) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - suffix.length()) + replacement);
    }

    @FunctionalInterface
    private interface ExpectationSource {
        ExpectedItems read() throws IOException;
    }
}
