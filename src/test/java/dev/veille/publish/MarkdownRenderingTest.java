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
