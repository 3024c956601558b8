package dev.veille.publish;

import java.util.ArrayList;
import java.util.List;

/**
 * The canonical forms of the texts of a post: what {@link MarkdownWriter} prints for a text, and so what
 * {@link DigestMarkdownReader} gives back for it. Absent is null; blank counts as absent.
 *
 * <p>Whitespace here means space and tab only, as in CommonMark: other Unicode spaces are text.
 */
final class PostText {

    private PostText() {
    }

    /**
     * A multi-line Markdown text (intro, tip body, outro): {@code \r\n} and lone {@code \r} become {@code \n},
     * each line loses its trailing whitespace, blank lines at the start and the end are dropped.
     */
    static String block(String text) {
        if (text == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (String line : lines(text)) {
            lines.add(stripTrailing(line));
        }
        int first = 0;
        while (first < lines.size() && lines.get(first).isEmpty()) {
            first++;
        }
        int last = lines.size() - 1;
        while (last >= first && lines.get(last).isEmpty()) {
            last--;
        }
        return first > last ? null : String.join("\n", lines.subList(first, last + 1));
    }

    /**
     * A link's commentary: a {@link #block} whose first line also loses its leading whitespace, since it is
     * printed after " : " on the bullet's line, where indentation cannot be kept.
     */
    static String commentary(String text) {
        String block = block(text);
        return block == null ? null : stripLeading(block);
    }

    /** A one-line text (link title, section name, tip title): line breaks become spaces, whitespace around goes. */
    static String line(String text) {
        if (text == null) {
            return null;
        }
        String joined = strip(text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' '));
        return joined.isEmpty() ? null : joined;
    }

    /**
     * A URL as it comes back from a post: {@code %20 %28 %29} decoded, since the writer encodes spaces and
     * parentheses and the reader decodes them (a URL that already held {@code %20} comes back with a space: the
     * same resource); then trimmed as {@link String#trim} does, and ASCII control characters percent-encoded, as
     * a link destination may not hold them.
     */
    static String url(String url) {
        if (url == null) {
            return null;
        }
        String trimmed = LinkSyntax.decodeUrl(url).trim();
        if (trimmed.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(trimmed.length());
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                out.append('%').append(String.format("%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The lines of a text, on {@code \n}, {@code \r\n} or a lone {@code \r}; a final line break ends a line. */
    static List<String> lines(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = new ArrayList<>(List.of(normalised.split("\n", -1)));
        if (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    static boolean isBlank(String line) {
        return stripTrailing(line).isEmpty();
    }

    static boolean isPresent(String text) {
        return text != null && !strip(text).isEmpty();
    }

    static String strip(String text) {
        return stripLeading(stripTrailing(text));
    }

    static String stripTrailing(String text) {
        int end = text.length();
        while (end > 0 && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    static String stripLeading(String text) {
        int start = 0;
        while (start < text.length() && isSpace(text.charAt(start))) {
            start++;
        }
        return text.substring(start);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }
}
