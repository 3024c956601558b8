package dev.veille.process;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    // A '<' that starts a tag, an end tag, a comment or a declaration; the name is checked against known tags.
    private static final Pattern TAG_START = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)?");
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
        Matcher matcher = TAG_START.matcher(text);
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        // Inside <svg> and <math> every element is markup, whatever its name (<circle>, <mi>).
        int foreignDepth = 0;
        while (matcher.find()) {
            String name = matcher.group(2) == null ? "" : matcher.group(2).toLowerCase(Locale.ROOT);
            boolean markup = foreignDepth > 0 || opensMarkup(text, matcher, name);
            if (FOREIGN_MARKUP.contains(name)) {
                foreignDepth = Math.max(0, foreignDepth + (matcher.group(1).isEmpty() ? 1 : -1));
            }
            matcher.appendReplacement(escaped, Matcher.quoteReplacement(
                    markup ? matcher.group() : "&lt;" + matcher.group().substring(1)));
        }
        matcher.appendTail(escaped);
        return escaped.toString();
    }

    private static boolean opensMarkup(String text, Matcher matcher, String name) {
        if (name.isEmpty()) {
            // "<!--", "<!DOCTYPE", "<?xml" are markup; "< ", "<3", "</ " are text.
            int next = matcher.end();
            return matcher.group(1).isEmpty() && next < text.length()
                    && (text.charAt(next) == '!' || text.charAt(next) == '?');
        }
        return Tag.isKnownTag(name) || FOREIGN_MARKUP.contains(name);
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
