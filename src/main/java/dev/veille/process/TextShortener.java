package dev.veille.process;

/** Shortens plain text to a length limit at a word boundary, marking the cut with "…". */
public final class TextShortener {

    static final String ELLIPSIS = "…";

    private TextShortener() {
    }

    /**
     * {@code text} when it fits in {@code maxChars}; otherwise its longest prefix ending at a word boundary,
     * followed by "…", the whole within {@code maxChars}. When the last boundary would throw away more than half
     * the allowance (one huge word, or a script written without spaces) the cut falls mid-word instead, never
     * between the two halves of a surrogate pair.
     */
    public static String shorten(String text, int maxChars) {
        if (maxChars < 2) {
            throw new IllegalArgumentException("maxChars must leave room for a character and the ellipsis, got "
                    + maxChars);
        }
        if (text.length() <= maxChars) {
            return text;
        }
        int room = maxChars - ELLIPSIS.length();
        int cut = lastWhitespaceAtOrBefore(text, room);
        if (cut < room / 2) {
            cut = Character.isLowSurrogate(text.charAt(room)) ? room - 1 : room;
        }
        return text.substring(0, cut).stripTrailing() + ELLIPSIS;
    }

    private static int lastWhitespaceAtOrBefore(String text, int index) {
        for (int i = index; i >= 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
