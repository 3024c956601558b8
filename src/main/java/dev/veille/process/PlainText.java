package dev.veille.process;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.parser.Tag;

/**
 * Turns a title or summary that may hold markup and entities into one line of plain text: tags removed (their
 * attributes and script bodies with them), entities decoded once, control characters dropped, whitespace
 * collapsed.
 *
 * <p>The output is text, not HTML: an escaped {@code &lt;script&gt;} comes out as the literal characters
 * {@code <script>}, because that is what the author wrote and the UI escapes everything it shows. What never
 * survives is markup that a browser would interpret.
 */
public final class PlainText {

    /** Bounds the parsing work per field: a megabyte title is cut to this many characters before jsoup reads it. */
    static final int MAX_MARKUP_CHARS = 200_000;

    // Not "known" to jsoup's HTML tag set, yet markup a browser renders and scripts run in.
    private static final Set<String> FOREIGN_MARKUP = Set.of("svg", "math");

    private PlainText() {
    }

    /** The plain text of {@code markup}; "" for null or for markup with no text. */
    public static String fromMarkup(String markup) {
        if (markup == null || markup.isEmpty()) {
            return "";
        }
        String text = bounded(markup);
        if (text.indexOf('<') >= 0 || text.indexOf('&') >= 0) {
            // Decoding may produce controls of its own, such as "&#1;": oneLine drops those too.
            text = Jsoup.parseBodyFragment(escapeNonTags(withoutControlCharacters(text))).body().text();
        }
        return oneLine(text);
    }

    /**
     * Drops controls (C0, C1) and unpaired surrogates, turns each run of whitespace (tab, line breaks, Unicode
     * spaces) into one space, and strips both ends. One pass, and none when the text is already one clean line,
     * which most titles are: a regex replace here was a tenth of a poll's processing time.
     */
    static String oneLine(String text) {
        if (isOneLine(text)) {
            return text;
        }
        StringBuilder line = new StringBuilder(text.length());
        boolean spaceBefore = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                spaceBefore = line.length() > 0;
            } else if (!Character.isISOControl(c) && !isUnpairedSurrogate(text, i)) {
                if (spaceBefore) {
                    line.append(' ');
                    spaceBefore = false;
                }
                line.append(c);
            }
        }
        return line.toString();
    }

    private static boolean isOneLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < '\u007f') {
                continue; // printable ASCII, most of any text: none of the checks below can apply
            }
            if (c == ' ') {
                if (i == 0 || i == text.length() - 1 || text.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (isSpace(c) || Character.isISOControl(c) || isUnpairedSurrogate(text, i)) {
                return false;
            }
        }
        return true;
    }

    // What the former [\s\p{Z}] matched once controls were gone: tab, line feed, carriage return, and Unicode's
    // space, line and paragraph separators (\u000B and \f are controls, dropped).
    private static boolean isSpace(char c) {
        return c == '\t' || c == '\n' || c == '\r' || Character.isSpaceChar(c);
    }

    private static String bounded(String markup) {
        if (markup.length() <= MAX_MARKUP_CHARS) {
            return markup;
        }
        int end = MAX_MARKUP_CHARS;
        if (Character.isHighSurrogate(markup.charAt(end - 1))) {
            end--;
        }
        return markup.substring(0, end);
    }

    /**
     * Escapes every '<' that does not open a known HTML tag, so a release titled {@code Support Optional<T>} or
     * {@code a < b} keeps its text: a plain HTML parse would swallow {@code <T>} as an element. A known tag such
     * as {@code <b>} in a title is still read as markup, which is the common case in feeds.
     */
    static String escapeNonTags(String text) {
        int open = text.indexOf('<');
        if (open < 0) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, open);
        // Inside <svg> and <math> every element is markup, whatever its name (<circle>, <mi>).
        int foreignDepth = 0;
        while (open >= 0) {
            // What follows the '<': an optional '/', then an optional tag name [A-Za-z][A-Za-z0-9-]*.
            boolean closing = open + 1 < text.length() && text.charAt(open + 1) == '/';
            int nameStart = closing ? open + 2 : open + 1;
            int nameEnd = nameStart;
            if (nameEnd < text.length() && isAsciiLetter(text.charAt(nameEnd))) {
                do {
                    nameEnd++;
                } while (nameEnd < text.length() && isTagNameChar(text.charAt(nameEnd)));
            }
            String name = text.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
            boolean markup = foreignDepth > 0 || opensMarkup(text, nameEnd, closing, name);
            if (FOREIGN_MARKUP.contains(name)) {
                foreignDepth = Math.max(0, foreignDepth + (closing ? -1 : 1));
            }
            escaped.append(markup ? "<" : "&lt;");
            int next = text.indexOf('<', open + 1);
            escaped.append(text, open + 1, next < 0 ? text.length() : next);
            open = next;
        }
        return escaped.toString();
    }

    private static boolean opensMarkup(String text, int afterName, boolean closing, String name) {
        if (name.isEmpty()) {
            // "<!--", "<!DOCTYPE", "<?xml" are markup; "< ", "<3", "</ " are text.
            return !closing && afterName < text.length()
                    && (text.charAt(afterName) == '!' || text.charAt(afterName) == '?');
        }
        return Tag.isKnownTag(name) || FOREIGN_MARKUP.contains(name);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isTagNameChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-';
    }

    /** Drops C0 and C1 control characters and unpaired surrogates; tabs and line breaks become spaces. */
    static String withoutControlCharacters(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean whitespace = c == '\t' || c == '\n' || c == '\r';
            boolean drop = !whitespace && (Character.isISOControl(c) || isUnpairedSurrogate(text, i));
            if (kept == null && (drop || whitespace)) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (kept != null && !drop) {
                kept.append(whitespace ? ' ' : c);
            }
        }
        return kept == null ? text : kept.toString();
    }

    private static boolean isUnpairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
