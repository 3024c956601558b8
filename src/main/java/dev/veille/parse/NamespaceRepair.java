package dev.veille.parse;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs the namespace mistakes real feeds make — a prefix used but never declared ({@code <itunes:summary>}
 * without {@code xmlns:itunes}), a namespace URI padded with spaces — which a namespace-aware parser rejects
 * although the document is well-formed XML. Used only as a second attempt, after a first parse failed.
 */
final class NamespaceRepair {

    private static final Pattern ELEMENT_PREFIX = Pattern.compile("</?([A-Za-z_][\\w.-]*):[A-Za-z_]");
    private static final Pattern ATTRIBUTE_PREFIX = Pattern.compile("\\s([A-Za-z_][\\w.-]*):[A-Za-z_][\\w.-]*\\s*=");
    private static final Pattern DECLARED_PREFIX = Pattern.compile("xmlns:([A-Za-z_][\\w.-]*)\\s*=");
    private static final Pattern PADDED_NAMESPACE =
            Pattern.compile("(xmlns(?::[\\w.-]+)?\\s*=\\s*)([\"'])\\s*([^\"']*?)\\s*\\2");
    // The URIs ROME's modules recognise, so that e.g. content:encoded still becomes the entry's content.
    private static final Map<String, String> WELL_KNOWN = Map.of(
            "content", "http://purl.org/rss/1.0/modules/content/",
            "dc", "http://purl.org/dc/elements/1.1/",
            "atom", "http://www.w3.org/2005/Atom",
            "itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd",
            "media", "http://search.yahoo.com/mrss/",
            "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "slash", "http://purl.org/rss/1.0/modules/slash/",
            "sy", "http://purl.org/rss/1.0/modules/syndication/",
            "wfw", "http://wellformedweb.org/CommentAPI/");

    private NamespaceRepair() {
    }

    /** The text with padded namespace URIs trimmed and undeclared prefixes declared on the root element. */
    static String repair(String text) {
        String trimmed = PADDED_NAMESPACE.matcher(text).replaceAll("$1$2$3$2");
        return declareMissingPrefixes(trimmed, DocumentShape.of(trimmed));
    }

    private static String declareMissingPrefixes(String text, DocumentShape shape) {
        if (shape.rootStart() < 0) {
            return text;
        }
        Set<String> missing = prefixes(ELEMENT_PREFIX, text);
        missing.addAll(prefixes(ATTRIBUTE_PREFIX, text));
        missing.removeAll(prefixes(DECLARED_PREFIX, text));
        missing.remove("xml");
        missing.remove("xmlns");
        if (missing.isEmpty()) {
            return text;
        }
        StringBuilder declarations = new StringBuilder();
        for (String prefix : missing) {
            String uri = WELL_KNOWN.getOrDefault(prefix, "urn:x-undeclared-prefix:" + prefix);
            declarations.append(" xmlns:").append(prefix).append("=\"").append(uri).append('"');
        }
        int afterName = shape.rootStart() + 1 + shape.rootElement().length();
        return text.substring(0, afterName) + declarations + text.substring(afterName);
    }

    private static Set<String> prefixes(Pattern pattern, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
