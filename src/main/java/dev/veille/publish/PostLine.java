package dev.veille.publish;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a post's body and its part in the block structure, as {@link PostScanner} found it.
 *
 * @param number      the line number in the whole post, from 1, for warnings
 * @param text        the line, without its line end
 * @param kind        what the line is at the top level of the post
 * @param heading     the heading on a {@link Kind#HEADING} line, else null
 * @param itemIndent  on a {@link Kind#BULLET} line, the column where the item's content starts (continuation
 *                    lines are indented to it); else 0
 */
record PostLine(int number, String text, Kind kind, Heading heading, int itemIndent) {

    /** The lines' texts joined with {@code \n}, as they stand in the post. */
    static String texts(List<PostLine> lines) {
        List<String> texts = new ArrayList<>(lines.size());
        for (PostLine line : lines) {
            texts.add(line.text());
        }
        return String.join("\n", texts);
    }

    enum Kind {
        /** A blank line between blocks (a blank line inside a list item or a fenced block is not one). */
        BLANK,
        /** An ATX heading at the top level. */
        HEADING,
        /** The first line of a top-level list item ("- ", "* ", "+ ", "1. "). */
        BULLET,
        /** A line inside the list item above: indented to its content, lazy, or a blank line within it. */
        CONTINUATION,
        /** Anything else at the top level: paragraph, code, quote, thematic break, fenced block lines. */
        TEXT
    }
}
