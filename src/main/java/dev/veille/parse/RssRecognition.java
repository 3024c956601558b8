package dev.veille.parse;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes RSS that ROME would not recognise look like the RSS it reads: an {@code <rss>} root with a version ROME
 * does not know ("1.0", "2.1", "3.0": all written as RSS 2.0 in practice) is read as 2.0, and the historical
 * Userland default namespaces, which RSS 2.0 does not have, are dropped.
 */
final class RssRecognition {

    private static final Set<String> VERSIONS_ROME_KNOWS = Set.of("0.9", "0.90", "0.91", "0.92", "0.93", "0.94", "2.0");
    private static final Pattern VERSION = Pattern.compile("(\\sversion\\s*=\\s*)([\"'])([^\"']*)\\2");
    private static final Pattern USERLAND_NAMESPACE =
            Pattern.compile("\\sxmlns\\s*=\\s*([\"'])http://backend\\.userland\\.com/[^\"']*\\1");

    private RssRecognition() {
    }

    static String rewrite(String text, DocumentShape shape) {
        String startTag = shape.rootStartTag(text);
        if (!"rss".equals(shape.rootElement()) || startTag == null) {
            return text;
        }
        String rewritten = USERLAND_NAMESPACE.matcher(startTag).replaceAll("");
        Matcher version = VERSION.matcher(rewritten);
        if (version.find() && !VERSIONS_ROME_KNOWS.contains(version.group(3).strip())) {
            rewritten = version.replaceFirst("$1$22.0$2");
        }
        if (rewritten.equals(startTag)) {
            return text;
        }
        return text.substring(0, shape.rootStart()) + rewritten + text.substring(shape.rootStart() + startTag.length());
    }
}
