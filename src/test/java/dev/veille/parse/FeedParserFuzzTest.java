package dev.veille.parse;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.veille.model.NewItem;
import dev.veille.model.Source;
import dev.veille.model.SourceKind;
import dev.veille.process.ItemProcessor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Valid RSS, Atom and JSON feeds, mutated at random from a seed (cut short, bytes flipped, control characters,
 * entities, DOCTYPEs, CDATA and deep nesting inserted, pieces repeated or dropped): {@link FeedParser#parse}
 * either returns a feed or throws {@link FeedParseException} — never anything else — and fast; whatever it
 * returns, {@link ItemProcessor} turns into items within their bounds. Each failure names its seed and the
 * mutations that rebuild it.
 */
class FeedParserFuzzTest {

    private static final int CASES = 1_000;
    /** Per document; these are a few kilobytes, and parse in milliseconds once the JVM is warm. */
    private static final Duration PER_CASE = Duration.ofSeconds(2);
    private static final String[] SEEDS = {"rss-2.0-full-item.xml", "atom-relative-links-xml-base.xml", "atom-0.3.xml",
            "rss-1.0-rdf.xml", "rss-0.91-netscape-doctype.xml", "rss-latin1-declared-in-xml.xml", "rss-utf8-with-bom.xml",
            "json-feed-1.1.json", "json-feed-1.0.json"};
    private static final String[] INSERTIONS = {"\u0000", "\u0001", "\u000B", "\u001F", "\u007F", "\u0085", "\uFFFE",
            "&amp;", "&#0;", "&#x1;", "&#xD800;", "&#99999999;", "&unknown;", "&eacute;", "&nbsp;", "&", "<", ">",
            "<![CDATA[", "]]>", "<!--", "-->", "<?xml version=\"1.0\"?>", "<!DOCTYPE rss>",
            "<!DOCTYPE x [<!ENTITY a \"b\">]>", "<!ENTITY e SYSTEM \"file:///etc/passwd\">", "&e;",
            "<item>", "</item>", "<entry>", "</channel>", "<title>", "</title>", "xmlns:x=\"\"", "<x:y/>",
            "{", "}", "[", "]", "\"", "\\", "\\u0000", "\\uD800", ":", ",", "null", "1e999999", "-0",
            "\"items\":", "\"url\":\"javascript:alert(1)\"", "\uFEFF", "\uD83D", "\u202E"};

    private final FeedParser parser = new FeedParser();
    private final ItemProcessor processor = new ItemProcessor();
    private final Source source = new Source(1, SourceKind.FEED, "https://blog.example.org/feed", null, "Blog",
            "Web", 60, false, null, null, null, null, null, null, null, 0, Instant.EPOCH, false, Instant.EPOCH);

    @Test
    void mutatedFeedsParseOrFailWithAParseErrorQuickly() {
        List<byte[]> seeds = Arrays.stream(SEEDS).map(Fixtures::bytes).toList();
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            for (long seed = 0; seed < CASES; seed++) {
                parseOne(seed, Mutant.of(seed, seeds));
            }
        });
    }

    private void parseOne(long seed, Mutant mutant) {
        long start = System.nanoTime();
        try {
            ParsedFeed feed = parser.parse(mutant.bytes(), mutant.contentType(), "https://blog.example.org/feed");
            checkItems(seed, mutant, processor.process(source, feed, Instant.parse("2020-01-01T00:00:00Z")).items());
        } catch (FeedParseException expected) {
            assertTrue(expected.getMessage() != null && !expected.getMessage().isBlank(),
                    () -> failure(seed, mutant, "a parse error without a message"));
        } catch (Throwable anythingElse) {
            fail(failure(seed, mutant, "threw " + anythingElse), anythingElse);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(PER_CASE) < 0, () -> failure(seed, mutant, "took " + took));
    }

    private static void checkItems(long seed, Mutant mutant, List<NewItem> items) {
        for (NewItem item : items) {
            assertTrue(item.title().length() <= 500 && (item.summary() == null || item.summary().length() <= 1_000),
                    () -> failure(seed, mutant, "an item over its bounds: " + item));
            assertTrue(item.url().startsWith("http://") || item.url().startsWith("https://"),
                    () -> failure(seed, mutant, "an item whose link is not http(s): " + item));
            String text = item.title() + (item.summary() == null ? "" : item.summary()) + item.guid();
            assertTrue(text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r'),
                    () -> failure(seed, mutant, "a control character in an item: " + item));
        }
    }

    private static String failure(long seed, Mutant mutant, String what) {
        String start = new String(mutant.bytes(), 0, Math.min(300, mutant.bytes().length), StandardCharsets.UTF_8);
        return "(seed " + seed + ", from " + mutant.origin() + " with " + mutant.mutations() + ") " + what
                + "\n--- input starts ---\n" + start + "\n--- ---";
    }

    /** One mutated document and how it was made. */
    private record Mutant(byte[] bytes, String contentType, String origin, List<String> mutations) {

        static Mutant of(long seed, List<byte[]> seeds) {
            Random random = new Random(seed);
            int pick = random.nextInt(seeds.size());
            byte[] bytes = seeds.get(pick);
            List<String> mutations = new ArrayList<>();
            int count = 1 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                bytes = mutate(random, bytes, mutations);
            }
            String[] contentTypes = {null, "application/rss+xml", "text/xml; charset=iso-8859-1",
                    "application/json; charset=utf-16", "text/html", "application/xml; charset=bogus"};
            return new Mutant(bytes, contentTypes[random.nextInt(contentTypes.length)], SEEDS[pick], mutations);
        }

        private static byte[] mutate(Random random, byte[] bytes, List<String> mutations) {
            int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
            switch (random.nextInt(8)) {
                case 0 -> {
                    mutations.add("cut at " + at);
                    return Arrays.copyOf(bytes, at);
                }
                case 1 -> {
                    byte[] flipped = bytes.clone();
                    int flips = 1 + random.nextInt(10);
                    for (int i = 0; i < flips && flipped.length > 0; i++) {
                        int where = random.nextInt(flipped.length);
                        flipped[where] = (byte) random.nextInt(256);
                    }
                    mutations.add(flips + " bytes flipped");
                    return flipped;
                }
                case 2, 3 -> {
                    String insertion = INSERTIONS[random.nextInt(INSERTIONS.length)];
                    mutations.add("'" + insertion + "' inserted at " + at);
                    return insert(bytes, at, insertion.getBytes(StandardCharsets.UTF_8));
                }
                case 4 -> {
                    int from = random.nextInt(bytes.length + 1);
                    int to = Math.min(bytes.length, from + random.nextInt(200));
                    mutations.add("bytes " + from + ".." + to + " repeated at " + at);
                    byte[] slice = Arrays.copyOfRange(bytes, from, to);
                    return insert(bytes, at, slice);
                }
                case 5 -> {
                    int to = Math.min(bytes.length, at + random.nextInt(200));
                    mutations.add("bytes " + at + ".." + to + " dropped");
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.write(bytes, 0, at);
                    out.write(bytes, to, bytes.length - to);
                    return out.toByteArray();
                }
                case 6 -> {
                    int depth = 50 + random.nextInt(1_000);
                    mutations.add(depth + " nested elements at " + at);
                    return insert(bytes, at, ("<d>".repeat(depth) + "</d>".repeat(random.nextInt(depth + 1)))
                            .getBytes(StandardCharsets.UTF_8));
                }
                default -> {
                    String[] bad = {"\u00C3\u0028", "\u00FF\u00FE", "\u00C0\u00AF", "\u0080", "\u00ED\u00A0\u0080",
                            "\u00F4\u0090\u0080\u0080"};
                    String chosen = bad[random.nextInt(bad.length)];
                    mutations.add("invalid UTF-8 inserted at " + at);
                    return insert(bytes, at, chosen.getBytes(StandardCharsets.ISO_8859_1));
                }
            }
        }

        private static byte[] insert(byte[] bytes, int at, byte[] insertion) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + insertion.length);
            out.write(bytes, 0, at);
            out.write(insertion, 0, insertion.length);
            out.write(bytes, at, bytes.length - at);
            return out.toByteArray();
        }
    }
}
