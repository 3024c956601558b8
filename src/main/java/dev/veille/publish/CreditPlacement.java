package dev.veille.publish;

import org.commonmark.node.Block;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;

/**
 * Where a link's credit {@code (via [V](v))} goes in its bullet so that it renders as a link: at the end of the
 * bullet's last line when that line is paragraph text (the usual case); on a line of its own, indented to the
 * item, when the bullet ends in a block where it would not be a link — a commentary ending with a fenced or
 * indented code block, where appended text is code and even breaks the closing fence. The reader takes the
 * credit from both places, deciding the same way.
 */
final class CreditPlacement {

    // Immutable once built, and thread-safe: CommonMark's parser keeps no state between parses.
    private static final Parser PARSER = Parser.builder().build();

    private CreditPlacement() {
    }

    /** {@code bullet} (its lines, continuation lines indented by {@code indent}) followed by {@code credit}. */
    static String append(String bullet, String credit, String indent) {
        String sameLine = bullet + " " + credit;
        if (endsInParagraph(bullet)) {
            return sameLine;
        }
        String ownLine = bullet + "\n" + indent + credit;
        // An unclosed fence (or an HTML block) would take the next line too: then no place works, keep the usual.
        return endsInParagraph(ownLine) ? ownLine : sameLine;
    }

    /** True when the last block of {@code markdown}, as CommonMark reads it, is a paragraph. */
    static boolean endsInParagraph(String markdown) {
        Node node = PARSER.parse(markdown);
        while (node.getLastChild() instanceof Block last) {
            node = last;
        }
        return node instanceof Paragraph;
    }
}
