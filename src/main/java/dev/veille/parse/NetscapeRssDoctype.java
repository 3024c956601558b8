package dev.veille.parse;

import java.util.regex.Pattern;

/**
 * Removes the one DOCTYPE that legitimate feeds still carry: Netscape's RSS 0.91 DTD, declared by reference
 * only. Every other DOCTYPE stays and is refused by ROME, which is what blocks XXE and entity bombs.
 *
 * <p>Removing it is safe because it has no internal subset (so it declares nothing by itself) and, once removed,
 * nothing is fetched; the HTML entities such feeds use are mapped by ROME's XML healer instead of the DTD.
 */
final class NetscapeRssDoctype {

    // No '[' allowed: an internal subset could declare entities, and then the DOCTYPE must be refused.
    private static final Pattern EXTERNAL_RSS_DOCTYPE =
            Pattern.compile("<!DOCTYPE\\s+rss\\s+(?:PUBLIC|SYSTEM)\\s[^\\[\\]]*>", Pattern.CASE_INSENSITIVE);

    private NetscapeRssDoctype() {
    }

    /** True when {@code doctype} (the whole declaration) is the harmless Netscape RSS 0.91 one. */
    static boolean isNetscapeRss091(String doctype) {
        return doctype != null && EXTERNAL_RSS_DOCTYPE.matcher(doctype).matches()
                && (doctype.contains("rss-0.91.dtd") || doctype.contains("//DTD RSS 0.91//"));
    }

    /** The text without its Netscape RSS 0.91 DOCTYPE. */
    static String remove(String text, String doctype) {
        int at = text.indexOf(doctype);
        return at < 0 ? text : text.substring(0, at) + text.substring(at + doctype.length());
    }
}
