package dev.veille.process;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A URI reference split into its five RFC 3986 components; null means "absent", which differs from empty.
 * Splitting with the RFC's own regular expression never fails and never decodes, so the odd links real feeds
 * carry (spaces, stray '%', non-ASCII) pass through untouched where {@code java.net.URI} would throw.
 */
record UriReference(String scheme, String authority, String path, String query, String fragment) {

    // RFC 3986 appendix B, with the scheme held to its real syntax so "see: notes" reads as a relative path.
    private static final Pattern COMPONENTS = Pattern.compile(
            "^(?:([A-Za-z][A-Za-z0-9+.\\-]*):)?(?://([^/?#]*))?([^?#]*)(?:\\?([^#]*))?(?:#(.*))?$",
            Pattern.DOTALL);

    static UriReference parse(String text) {
        Matcher matcher = COMPONENTS.matcher(text);
        if (!matcher.matches()) {
            // Unreachable: every group is optional or matches any run of characters.
            throw new IllegalStateException("RFC 3986 split failed on '" + text + "'");
        }
        return new UriReference(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4),
                matcher.group(5));
    }

    boolean isAbsolute() {
        return scheme != null;
    }

    /** The host part of the authority: without user info and port, brackets kept for IPv6; "" when none. */
    String host() {
        if (authority == null) {
            return "";
        }
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        if (hostAndPort.startsWith("[")) {
            int close = hostAndPort.indexOf(']');
            return close < 0 ? hostAndPort : hostAndPort.substring(0, close + 1);
        }
        int colon = hostAndPort.lastIndexOf(':');
        return colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
    }

    /** RFC 3986 section 5.3: components put back together. */
    String recompose() {
        StringBuilder text = new StringBuilder();
        if (scheme != null) {
            text.append(scheme).append(':');
        }
        if (authority != null) {
            text.append("//").append(authority);
        }
        text.append(path);
        if (query != null) {
            text.append('?').append(query);
        }
        if (fragment != null) {
            text.append('#').append(fragment);
        }
        return text.toString();
    }
}
