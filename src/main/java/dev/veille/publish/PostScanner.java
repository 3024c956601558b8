package dev.veille.publish;

import dev.veille.publish.PostLine.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the block structure of a post the way CommonMark does, as far as the reader needs it: which lines are
 * top-level headings, which start a top-level list item, which belong to the item above, and which are plain
 * top-level text. A fenced code block at the top level is text throughout, so a {@code ## } inside it is no
 * heading.
 *
 * <p>A list item goes on over lines indented to its content column (blank lines in between included), and over
 * lazy continuation lines: unindented text right after a line of the item, unless that line starts another
 * block (heading, list item, fence, quote, thematic break) or the item is inside a fenced block.
 */
final class PostScanner {

    private static final Pattern LIST_MARKER = Pattern.compile(" {0,3}(?:[-*+]|\\d{1,9}[.)])(?=[ \\t]|\\z)");
    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,})(.*)", Pattern.DOTALL);
    private static final Pattern THEMATIC_BREAK = Pattern.compile(" {0,3}(?:(?:-[ \\t]*){3,}|(?:\\*[ \\t]*){3,}"
            + "|(?:_[ \\t]*){3,})");

    private PostScanner() {
    }

    /** Classifies {@code lines}, the first of which is line number {@code firstNumber} of the post. */
    static List<PostLine> scan(List<String> lines, int firstNumber) {
        List<PostLine> out = new ArrayList<>(lines.size());
        List<Integer> pendingBlanks = new ArrayList<>();
        String topFence = null;
        String itemFence = null;
        int itemIndent = -1;
        boolean afterBlank = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            int number = firstNumber + i;
            if (topFence != null) {
                out.add(new PostLine(number, text, Kind.TEXT, null, 0));
                if (closesFence(text, topFence)) {
                    topFence = null;
                }
                continue;
            }
            if (PostText.isBlank(text)) {
                if (itemIndent >= 0) {
                    pendingBlanks.add(out.size());
                }
                out.add(new PostLine(number, text, Kind.BLANK, null, 0));
                afterBlank = true;
                continue;
            }
            if (itemIndent >= 0) {
                boolean indented = indentOf(text) >= itemIndent;
                boolean lazy = !afterBlank && itemFence == null && !startsBlock(text);
                if (indented || lazy) {
                    for (int blank : pendingBlanks) {
                        PostLine line = out.get(blank);
                        out.set(blank, new PostLine(line.number(), line.text(), Kind.CONTINUATION, null, 0));
                    }
                    pendingBlanks.clear();
                    out.add(new PostLine(number, text, Kind.CONTINUATION, null, 0));
                    itemFence = indented ? nextItemFence(itemFence, dedent(text, itemIndent)) : itemFence;
                    afterBlank = false;
                    continue;
                }
                itemIndent = -1;
                itemFence = null;
                pendingBlanks.clear();
            }
            afterBlank = false;
            Optional<Heading> heading = Heading.parse(text);
            if (heading.isPresent()) {
                out.add(new PostLine(number, text, Kind.HEADING, heading.get(), 0));
            } else if (isThematicBreak(text)) {
                out.add(new PostLine(number, text, Kind.TEXT, null, 0));
            } else if (LIST_MARKER.matcher(text).lookingAt()) {
                itemIndent = contentColumn(text);
                out.add(new PostLine(number, text, Kind.BULLET, null, itemIndent));
                itemFence = nextItemFence(null, itemContent(text));
            } else {
                Matcher fence = FENCE.matcher(text);
                if (fence.matches() && !(fence.group(1).charAt(0) == '`' && fence.group(2).contains("`"))) {
                    topFence = fence.group(1);
                }
                out.add(new PostLine(number, text, Kind.TEXT, null, 0));
            }
        }
        return out;
    }

    /** Whether {@code text} opens a block that interrupts a paragraph, so it cannot be a lazy continuation. */
    private static boolean startsBlock(String text) {
        String content = PostText.stripLeading(text);
        // Most lines are prose: one look at the first character spares the patterns below.
        if (content.isEmpty() || "#-*+>`~_0123456789".indexOf(content.charAt(0)) < 0) {
            return false;
        }
        return Heading.parse(text).isPresent()
                || LIST_MARKER.matcher(text).lookingAt()
                || FENCE.matcher(text).matches()
                || isThematicBreak(text)
                || (indentOf(text) <= 3 && content.startsWith(">"));
    }

    private static String nextItemFence(String open, String dedented) {
        if (open != null) {
            return closesFence(dedented, open) ? null : open;
        }
        Matcher fence = FENCE.matcher(dedented);
        return fence.matches() ? fence.group(1) : null;
    }

    private static boolean closesFence(String text, String fence) {
        String trimmed = PostText.strip(text);
        return indentOf(text) <= 3 && trimmed.length() >= fence.length()
                && trimmed.chars().allMatch(c -> c == fence.charAt(0));
    }

    /** The column of the item's content: after the marker and 1 to 4 spaces (one when there are more). */
    private static int contentColumn(String line) {
        Matcher marker = LIST_MARKER.matcher(line);
        marker.lookingAt();
        int afterMarker = marker.end();
        int spaces = 0;
        while (afterMarker + spaces < line.length() && line.charAt(afterMarker + spaces) == ' ') {
            spaces++;
        }
        if (afterMarker + spaces == line.length() || spaces == 0 || spaces > 4) {
            return afterMarker + 1;
        }
        return afterMarker + spaces;
    }

    static boolean isThematicBreak(String line) {
        String content = PostText.stripLeading(line);
        return !content.isEmpty() && "-*_".indexOf(content.charAt(0)) >= 0 && THEMATIC_BREAK.matcher(line).matches();
    }

    /** The text of a list item's first line, after its marker and the spaces that follow it. */
    static String itemContent(String bulletLine) {
        Matcher marker = LIST_MARKER.matcher(bulletLine);
        return marker.lookingAt() ? PostText.stripLeading(bulletLine.substring(marker.end())) : bulletLine;
    }

    /**
     * {@code text} without up to {@code columns} columns of indentation: a continuation line of an item as the
     * item's own text. A tab that reaches past {@code columns} leaves the rest of its width as spaces.
     */
    static String dedent(String text, int columns) {
        int column = 0;
        int i = 0;
        while (i < text.length() && column < columns) {
            char c = text.charAt(i);
            if (c == ' ') {
                column++;
            } else if (c == '\t') {
                int next = column + 4 - column % 4;
                if (next > columns) {
                    return " ".repeat(next - columns) + text.substring(i + 1);
                }
                column = next;
            } else {
                break;
            }
            i++;
        }
        return text.substring(i);
    }

    /** Leading columns of {@code text}, a tab reaching the next multiple of four. */
    static int indentOf(String text) {
        int column = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                column++;
            } else if (c == '\t') {
                column += 4 - column % 4;
            } else {
                break;
            }
        }
        return column;
    }
}
