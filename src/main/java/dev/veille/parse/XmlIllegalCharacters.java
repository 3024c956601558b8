package dev.veille.parse;

/**
 * Removes characters XML 1.0 forbids (NUL and most C0 controls, lone surrogates, U+FFFE/U+FFFF). Real feeds
 * carry them (a NUL pasted from a database, a form feed from a word processor), and one is enough for a strict
 * parser to reject the whole document although nothing of value is lost by dropping it.
 */
final class XmlIllegalCharacters {

    private XmlIllegalCharacters() {
    }

    static String strip(String text) {
        int firstIllegal = firstIllegal(text);
        if (firstIllegal < 0) {
            return text; // the common case: no copy
        }
        StringBuilder kept = new StringBuilder(text.length());
        kept.append(text, 0, firstIllegal);
        for (int i = firstIllegal; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else if (isAllowedBmp(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static int firstIllegal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!isAllowedBmp(c)) {
                return i;
            }
        }
        return -1;
    }

    // XML 1.0 Char production, restricted to single UTF-16 units (surrogate pairs are handled by the callers).
    private static boolean isAllowedBmp(char c) {
        return c == '\t' || c == '\n' || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD);
    }
}
