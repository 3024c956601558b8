package dev.veille.publish;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.veille.model.Digest;
import dev.veille.model.DigestSection;
import dev.veille.publish.RandomDigests.Shape;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The written posts as a CommonMark parser sees them: one list item per link, whatever its commentary holds
 * (lines, blank lines, lists, code), and link texts and URLs that come out as the digest's.
 */
class MarkdownRenderingTest {

    static final List<String> NAMES = GoldenDigests.NAMES;

    private final Parser parser = Parser.builder().build();
    private final MarkdownWriter writer = new MarkdownWriter();

    @ParameterizedTest(name = "{0}")
    @FieldSource("NAMES")
    void eachLinkOfAGoldenPostIsOneListItemWithItsTitleAndUrl(String name) {
        Digest digest = GoldenDigests.named(name);
        List<Node> items = new ArrayList<>();
        for (List<Node> sectionItems : itemsBySection(parser.parse(new String(GoldenDigests.post(name), UTF_8)))) {
            items.addAll(sectionItems);
        }
        List<dev.veille.model.Link> links = digest.sections().stream().flatMap(s -> s.links().stream()).toList();

        assertEquals(links.size(), items.size());
        for (int i = 0; i < links.size(); i++) {
            Paragraph first = assertInstanceOf(Paragraph.class, items.get(i).getFirstChild());
            Link link = assertInstanceOf(Link.class, first.getFirstChild());
            String title = PostText.line(links.get(i).title());
            assertEquals(title == null ? PostText.url(links.get(i).url()) : title, textOf(link));
            assertEquals(PostText.url(links.get(i).url()), LinkSyntax.decodeUrl(link.getDestination()));
        }
    }

    @Test
    void eachLinkOfARandomDigestIsOneListItem() {
        for (long seed = 0; seed < 300; seed++) {
            Digest random = RandomDigests.digest(seed, Shape.UNAMBIGUOUS);
            // Only the sections: the curator's intro and outro could hold raw HTML that CommonMark reads on.
            Digest sectionsOnly = TestLinks.digest(random.title(), random.date(), random.tags(), null,
                    random.sections(), null, null);
            List<Integer> expected = random.sections().stream().map(DigestSection::links).filter(l -> !l.isEmpty())
                    .map(List::size).toList();
            String post = writer.write(sectionsOnly);

            List<Integer> found = itemsBySection(parser.parse(post)).stream().map(List::size).toList();

            long failingSeed = seed;
            assertEquals(expected, found, () -> "(seed " + failingSeed + ")\n" + post);
        }
    }

    /**
     * Every link of a random digest — main, related and credit — renders as a CommonMark link with the digest's
     * text and URL, in its own list item: titles and URLs full of brackets, backslashes, parentheses, spaces,
     * accents and emoji, commentaries over several lines with blank lines, lists, headings, quotes and code in them.
     *
     * <p>Titles are Markdown by design (a title's {@code *gras*} or {@code `code`} renders, see
     * {@link LinkSyntaxTest}): only {@code \ [ ]} are escaped. So the generated titles and commentaries leave
     * out the characters that start inline Markdown ({@code * _ ` < > &}); what the writer must handle is all
     * the rest.
     */
    @Test
    void everyLinkOfARandomDigestRendersWithItsTextAndUrl() {
        for (long seed = 0; seed < 1_000; seed++) {
            Digest digest = new LinkDigests(seed).digest();
            String post = writer.write(digest);
            try {
                List<List<Node>> rendered = itemsBySection(parser.parse(post));
                long sectionsWithLinks = digest.sections().stream().filter(s -> !s.links().isEmpty()).count();
                assertEquals(sectionsWithLinks, rendered.size(), "sections with links");
                int section = 0;
                for (DigestSection digestSection : digest.sections()) {
                    if (digestSection.links().isEmpty()) {
                        continue;
                    }
                    List<Node> items = rendered.get(section++);
                    assertEquals(digestSection.links().size(), items.size(), "items of " + digestSection.name());
                    for (int i = 0; i < items.size(); i++) {
                        assertEquals(expectedLinks(digestSection.links().get(i)), renderedLinks(items.get(i)),
                                "links of item " + i + " of " + digestSection.name());
                    }
                }
            } catch (AssertionError e) {
                throw new AssertionError("(seed " + seed + ") " + e.getMessage() + "\n--- post ---\n" + post
                        + "--- end ---", e);
            }
        }
    }

    /** A link as it should show on the page: its text and the destination written for its URL. */
    record ShownLink(String text, String destination) {
    }

    private static List<ShownLink> expectedLinks(dev.veille.model.Link link) {
        List<ShownLink> shown = new ArrayList<>();
        shown.add(shown(link.title(), link.url()));
        for (dev.veille.model.RelatedLink related : link.related()) {
            shown.add(shown(related.title(), related.url()));
        }
        if (link.via() != null) {
            shown.add(shown(link.via().title(), link.via().url()));
        }
        return shown;
    }

    // Independent of the writer's code: a title is one line without surrounding spaces and tabs, a missing one
    // shows the URL; the URL is trimmed, its spaces and parentheses percent-encoded.
    private static ShownLink shown(String title, String url) {
        String trimmedUrl = url.strip();
        String line = title == null ? "" : title.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ')
                .replaceAll("^[ \t]+|[ \t]+$", "");
        String destination = trimmedUrl.replace(" ", "%20").replace("(", "%28").replace(")", "%29");
        return new ShownLink(line.isEmpty() ? trimmedUrl : line, destination);
    }

    private static List<ShownLink> renderedLinks(Node item) {
        List<ShownLink> links = new ArrayList<>();
        item.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.add(new ShownLink(textOf(link), link.getDestination()));
            }
        });
        return links;
    }

    /**
     * Random digests for {@link #everyLinkOfARandomDigestRendersWithItsTextAndUrl}: every link has a URL, and
     * the texts hold no character that starts inline Markdown (see there).
     */
    private static final class LinkDigests {
        private static final String TEXT = "abcdefghijklmnopqrstuvwxyzABCXYZ0123456789éèàçôœÉ"
                + "  \t[]\\()\"'#:;,.?/%=+-~|{}@$^!";
        private static final String URL = "abcxyzABC0189-.~/?=#()[]% é";
        private static final String[] COMMENTARY_STARTS = {"", "", "", "- ", "1. ", "# ", "> ", "    ", "+ "};

        private final java.util.Random random;

        LinkDigests(long seed) {
            random = new java.util.Random(seed);
        }

        Digest digest() {
            List<DigestSection> sections = new ArrayList<>();
            int count = 1 + random.nextInt(4);
            for (int s = 0; s < count; s++) {
                List<dev.veille.model.Link> links = new ArrayList<>();
                int linkCount = random.nextInt(5);
                for (int l = 0; l < linkCount; l++) {
                    links.add(link());
                }
                sections.add(new DigestSection("Section " + s, links));
            }
            return TestLinks.digest("Titre", java.time.LocalDate.of(2019, 10, 31), List.of(), null, sections,
                    null, null);
        }

        private dev.veille.model.Link link() {
            List<dev.veille.model.RelatedLink> related = new ArrayList<>();
            int relatedCount = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0;
            for (int i = 0; i < relatedCount; i++) {
                related.add(new dev.veille.model.RelatedLink(url(), title()));
            }
            dev.veille.model.Via via = random.nextInt(3) == 0 ? new dev.veille.model.Via(title(), url()) : null;
            return TestLinks.link(url(), title(), random.nextInt(4) == 0 ? null : commentary(), related, via);
        }

        private String title() {
            return switch (random.nextInt(10)) {
                case 0 -> null;
                case 1 -> " \t ";
                default -> text(1 + random.nextInt(60), TEXT) + (random.nextInt(10) == 0 ? "\n" + text(10, TEXT) : "");
            };
        }

        private String url() {
            return (random.nextBoolean() ? "https://" : "http://") + text(3 + random.nextInt(10), "abcdefxyz")
                    + ".example/" + text(random.nextInt(30), URL) + (random.nextInt(10) == 0 ? " " : "");
        }

        private String commentary() {
            StringBuilder commentary = new StringBuilder();
            int lines = 1 + random.nextInt(4);
            for (int i = 0; i < lines; i++) {
                if (i > 0) {
                    commentary.append(random.nextInt(5) == 0 ? "\n\n" : "\n");
                }
                commentary.append(COMMENTARY_STARTS[random.nextInt(COMMENTARY_STARTS.length)])
                        .append(text(1 + random.nextInt(50), TEXT.replace("[", "").replace("]", "")));
            }
            if (random.nextInt(6) == 0) {
                // Inside a fence anything goes, brackets and backticks included: it is code, not links.
                commentary.append("\n\n```sh\n").append(text(20, TEXT + "`*_<>&")).append("\n```");
            }
            return commentary.toString();
        }

        private String text(int length, String alphabet) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                if (random.nextInt(40) == 0) {
                    text.appendCodePoint(0x1F600 + random.nextInt(50));
                } else {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            return text.toString();
        }
    }

    // The items of the list right after each level-2 heading.
    private static List<List<Node>> itemsBySection(Node document) {
        List<List<Node>> sections = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() == 2 && node.getNext() instanceof BulletList) {
                List<Node> items = new ArrayList<>();
                for (Node item = node.getNext().getFirstChild(); item != null; item = item.getNext()) {
                    items.add(assertInstanceOf(ListItem.class, item));
                }
                sections.add(items);
            }
        }
        return sections;
    }

    private static String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }
        });
        return text.toString();
    }
}
