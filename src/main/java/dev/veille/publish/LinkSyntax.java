package dev.veille.publish;

import java.util.Optional;

/**
 * The Markdown inline link {@code [text](url)}, both ways: written with the text escaped and the URL encoded
 * so any title and URL survive, and read back from a line, undoing exactly that.
 *
 * <p>Written: in the text, {@code \}, {@code [} and {@code ]} get a backslash; in the URL, spaces and
 * parentheses become {@code %20 %28 %29} (the most portable spelling: CommonMark, goldmark and kramdown all
 * take it). Read: backslash escapes of ASCII punctuation are undone in the text, balanced brackets are allowed
 * in it, the destination may be {@code <wrapped>}, may hold balanced or backslash-escaped parentheses, and
 * {@code %20 %28 %29} are decoded.
 */
final class LinkSyntax {

    /** A link read from a line: its text unescaped, its URL decoded, and the index just after its {@code )}. */
    record Read(String text, String url, int end) {
    }

    private LinkSyntax() {
    }

    static String write(String text, String url) {
        return "[" + escapeText(text) + "](" + encodeUrl(url) + ")";
    }

    static String escapeText(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '[' || c == ']') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    static String encodeUrl(String url) {
        StringBuilder out = new StringBuilder(url.length() + 8);
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            switch (c) {
                case ' ' -> out.append("%20");
                case '(' -> out.append("%28");
                case ')' -> out.append("%29");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Decodes {@code %20 %28 %29} only: other escapes are the URL's own and stay as they are. */
    static String decodeUrl(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '%' && i + 2 < url.length() && url.charAt(i + 1) == '2') {
                char low = url.charAt(i + 2);
                if (low == '0' || low == '8' || low == '9') {
                    out.append(low == '0' ? ' ' : low == '8' ? '(' : ')');
                    i += 2;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The link that starts at {@code from} (a {@code [}), or empty when none does. */
    static Optional<Read> read(String line, int from) {
        if (from >= line.length() || line.charAt(from) != '[') {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        int i = from + 1;
        int depth = 0;
        while (true) {
            if (i >= line.length()) {
                return Optional.empty();
            }
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && isAsciiPunctuation(line.charAt(i + 1))) {
                text.append(line.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == ']' && depth == 0) {
                break;
            }
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
            text.append(c);
            i++;
        }
        i++;
        if (i >= line.length() || line.charAt(i) != '(') {
            return Optional.empty();
        }
        i = skipSpaces(line, i + 1);
        StringBuilder url = new StringBuilder();
        if (i < line.length() && line.charAt(i) == '<') {
            i = readWrappedDestination(line, i + 1, url);
        } else {
            i = readBareDestination(line, i, url);
        }
        if (i < 0) {
            return Optional.empty();
        }
        i = skipSpaces(line, i);
        if (i >= line.length() || line.charAt(i) != ')') {
            return Optional.empty();
        }
        return Optional.of(new Read(text.toString(), decodeUrl(url.toString()), i + 1));
    }

    // "<a b(c>" : ends at the first unescaped '>'; -1 when there is none.
    private static int readWrappedDestination(String line, int from, StringBuilder url) {
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && (line.charAt(i + 1) == '<' || line.charAt(i + 1) == '>')) {
                url.append(line.charAt(i + 1));
                i += 2;
            } else if (c == '>') {
                return i + 1;
            } else if (c == '<') {
                return -1;
            } else {
                url.append(c);
                i++;
            }
        }
        return -1;
    }

    // Ends at whitespace or at the ')' that closes the link; parentheses inside must balance or be escaped.
    // Only \( and \) are undone: a writer never escapes anything else in a URL, and a real URL may hold "\".
    private static int readBareDestination(String line, int from, StringBuilder url) {
        int i = from;
        int depth = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && (line.charAt(i + 1) == '(' || line.charAt(i + 1) == ')')) {
                // Kept encoded so that decoding the URL afterwards cannot turn it into something else.
                url.append(line.charAt(i + 1) == '(' ? "%28" : "%29");
                i += 2;
                continue;
            }
            if (c == ' ' || c == '\t') {
                break;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    break;
                }
                depth--;
            }
            url.append(c);
            i++;
        }
        return depth == 0 ? i : -1;
    }

    private static int skipSpaces(String line, int from) {
        int i = from;
        while (i < line.length() && PostText.isSpace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean isAsciiPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }
}
