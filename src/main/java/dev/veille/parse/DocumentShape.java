package dev.veille.parse;

import java.util.Locale;

/**
 * What a decoded body looks like from its first characters: empty, JSON, HTML or XML (with its root element
 * and DOCTYPE, if any). Decided from the content only, since servers and file extensions lie about it.
 */
record DocumentShape(Kind kind, String rootElement, int rootStart, String doctype) {

    enum Kind { EMPTY, JSON, XML, HTML, UNKNOWN }

    // Far enough to get past a long comment or a DOCTYPE with a big internal subset; a feed's root comes early.
    private static final int PROLOG_WINDOW = 64 * 1024;

    static DocumentShape of(String text) {
        int i = skipWhitespace(text, 0);
        if (i >= text.length()) {
            return new DocumentShape(Kind.EMPTY, null, -1, null);
        }
        char first = text.charAt(i);
        if (first == '{' || first == '[') {
            return new DocumentShape(Kind.JSON, null, -1, null);
        }
        if (first != '<') {
            return new DocumentShape(Kind.UNKNOWN, null, -1, null);
        }
        return ofMarkup(text, i);
    }

    /** The root element's start tag ("<feed xmlns=...>"), or null when there is no root element. */
    String rootStartTag(String text) {
        if (rootStart < 0) {
            return null;
        }
        int end = text.indexOf('>', rootStart);
        return end < 0 ? text.substring(rootStart) : text.substring(rootStart, end + 1);
    }

    private static DocumentShape ofMarkup(String text, int start) {
        String doctype = null;
        int i = start;
        int limit = Math.min(text.length(), PROLOG_WINDOW);
        while (i < limit) {
            i = skipWhitespace(text, i);
            if (text.startsWith("<?", i)) {
                i = endOf(text, "?>", i);
            } else if (text.startsWith("<!--", i)) {
                i = endOf(text, "-->", i);
            } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                int end = endOfDoctype(text, i);
                doctype = text.substring(i, end);
                i = end;
            } else if (i < text.length() && text.charAt(i) == '<') {
                String root = elementName(text, i + 1);
                Kind kind = isHtml(root, doctype) ? Kind.HTML : Kind.XML;
                return new DocumentShape(kind, root, i, doctype);
            } else {
                break;
            }
        }
        return new DocumentShape(isHtml("", doctype) ? Kind.HTML : Kind.XML, null, -1, doctype);
    }

    private static boolean isHtml(String root, String doctype) {
        String name = root.toLowerCase(Locale.ROOT);
        boolean htmlDoctype = doctype != null && doctype.toLowerCase(Locale.ROOT).matches("<!doctype\\s+html[\\s>].*");
        return name.equals("html") || name.equals("head") || name.equals("body") || (htmlDoctype && !isFeedRoot(name));
    }

    // An XHTML DOCTYPE above an <rss> root is a publishing accident, not an HTML page.
    private static boolean isFeedRoot(String name) {
        return name.equals("rss") || name.equals("feed") || name.equals("rdf:rdf") || name.endsWith(":rss")
                || name.endsWith(":feed");
    }

    private static String elementName(String text, int from) {
        int end = from;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '>'
                && text.charAt(end) != '/') {
            end++;
        }
        return text.substring(from, end);
    }

    // A DOCTYPE's internal subset ([...]) may itself contain '>' characters.
    private static int endOfDoctype(String text, int from) {
        int bracket = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                bracket++;
            } else if (c == ']') {
                bracket--;
            } else if (c == '>' && bracket <= 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static int endOf(String text, String terminator, int from) {
        int end = text.indexOf(terminator, from);
        return end < 0 ? text.length() : end + terminator.length();
    }

    private static int skipWhitespace(String text, int from) {
        int i = from;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i;
    }
}
