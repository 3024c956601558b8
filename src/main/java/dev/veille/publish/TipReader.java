package dev.veille.publish;

import dev.veille.model.Tip;
import dev.veille.publish.PostLine.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tip of the month under its heading and, when the tip ends the post, splits its text from the outro.
 *
 * <p>The written post puts the tip body and the outro one blank line apart, so the split is a rule, not a fact:
 * when the tip is the post's last region, its last block is the outro if it is a plain paragraph (top-level
 * text lines with no blank line between, not a list, heading, quote, table, HTML or code), at least one block
 * comes before it, and exactly one blank line separates them (as the writer puts it). So a one-paragraph outro
 * after a tip always comes back as the outro; a tip whose body ends with a paragraph after another block, and
 * that has no outro, gives its last paragraph as the outro; a tip with a title and no body followed by an outro
 * gives the outro as its body. Either way the post written again is the same.
 */
final class TipReader {

    /** The tip read, and the outro found after it (null when none). */
    record Read(Tip tip, String outro) {
    }

    private TipReader() {
    }

    static Read read(PostRegion region, boolean last) {
        String title = TipHeading.title(region.heading());
        List<PostLine> lines = region.lines();
        int lastBlank = -1;
        if (last) {
            int end = lines.size();
            while (end > 0 && lines.get(end - 1).kind() == Kind.BLANK) {
                end--;
            }
            for (int i = 0; i < end; i++) {
                if (lines.get(i).kind() == Kind.BLANK) {
                    lastBlank = i;
                }
            }
        }
        // The writer puts exactly one blank line before the outro: more make it part of the tip's own text.
        boolean oneBlankLine = lastBlank > 0 && lines.get(lastBlank - 1).kind() != Kind.BLANK;
        if (oneBlankLine && hasText(lines.subList(0, lastBlank))
                && isParagraph(lines.subList(lastBlank + 1, lines.size()))) {
            return new Read(new Tip(title, PostText.block(PostLine.texts(lines.subList(0, lastBlank)))),
                    PostText.block(PostLine.texts(lines.subList(lastBlank + 1, lines.size()))));
        }
        return new Read(new Tip(title, PostText.block(PostLine.texts(lines))), null);
    }

    private static boolean hasText(List<PostLine> lines) {
        return lines.stream().anyMatch(line -> !PostText.isBlank(line.text()));
    }

    private static boolean isParagraph(List<PostLine> block) {
        if (block.stream().anyMatch(line -> line.kind() != Kind.TEXT && line.kind() != Kind.BLANK)) {
            return false;
        }
        String first = block.get(0).text();
        String content = PostText.stripLeading(first);
        return PostScanner.indentOf(first) <= 3
                && !content.startsWith("```") && !content.startsWith("~~~")
                && !content.startsWith(">") && !content.startsWith("|") && !content.startsWith("<")
                && !PostScanner.isThematicBreak(first);
    }
}
