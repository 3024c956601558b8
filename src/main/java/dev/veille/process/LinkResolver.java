package dev.veille.process;

import java.util.Optional;

/**
 * Turns a link as a document gives it into an absolute URI reference, resolved against a base by RFC 3986
 * section 5.2. Written out rather than delegated to {@code java.net.URI.resolve}, which throws on the spaces
 * and stray characters real feeds contain and mis-resolves against a base with an empty path.
 */
final class LinkResolver {

    private LinkResolver() {
    }

    /**
     * The absolute form of {@code link}, or empty when it is relative and {@code base} is not absolute (or is
     * null). The scheme is not checked here: {@code javascript:x} comes back as it is, for the caller to judge.
     */
    static Optional<UriReference> resolve(String base, String link) {
        UriReference reference = UriReference.parse(tidy(link));
        if (reference.isAbsolute()) {
            return Optional.of(withPath(reference, removeDotSegments(reference.path())));
        }
        if (base == null) {
            return Optional.empty();
        }
        UriReference baseReference = UriReference.parse(tidy(base));
        if (!baseReference.isAbsolute()) {
            return Optional.empty();
        }
        return Optional.of(resolveRelative(baseReference, reference));
    }

    /**
     * What a browser does to a link before reading it (WHATWG URL): drop leading and trailing control
     * characters and spaces, remove tabs and newlines anywhere (so "java\nscript:" cannot hide a scheme), and
     * encode the spaces left inside so the stored URL is one token.
     */
    static String tidy(String link) {
        int start = 0;
        int end = link.length();
        while (start < end && link.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && link.charAt(end - 1) <= ' ') {
            end--;
        }
        StringBuilder tidied = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = link.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (c == ' ') {
                tidied.append("%20");
            } else {
                tidied.append(c);
            }
        }
        return tidied.toString();
    }

    // RFC 3986 section 5.2.2, for a reference without a scheme.
    private static UriReference resolveRelative(UriReference base, UriReference reference) {
        String authority;
        String path;
        String query;
        if (reference.authority() != null) {
            authority = reference.authority();
            path = removeDotSegments(reference.path());
            query = reference.query();
        } else {
            authority = base.authority();
            if (reference.path().isEmpty()) {
                path = base.path();
                query = reference.query() != null ? reference.query() : base.query();
            } else {
                path = removeDotSegments(reference.path().startsWith("/")
                        ? reference.path()
                        : merge(base, reference.path()));
                query = reference.query();
            }
        }
        return new UriReference(base.scheme(), authority, path, query, reference.fragment());
    }

    // RFC 3986 section 5.2.3.
    private static String merge(UriReference base, String relativePath) {
        if (base.authority() != null && base.path().isEmpty()) {
            return "/" + relativePath;
        }
        return base.path().substring(0, base.path().lastIndexOf('/') + 1) + relativePath;
    }

    /** RFC 3986 section 5.2.4, walking the input once so a long hostile path costs linear time. */
    static String removeDotSegments(String path) {
        StringBuilder output = new StringBuilder(path.length());
        int i = 0;
        int length = path.length();
        while (i < length) {
            if (path.startsWith("../", i)) {
                i += 3;
            } else if (path.startsWith("./", i)) {
                i += 2;
            } else if (path.startsWith("/./", i)) {
                i += 2;
            } else if (isWholeRemainder(path, i, "/.")) {
                output.append('/');
                i = length;
            } else if (path.startsWith("/../", i)) {
                i += 3;
                dropLastSegment(output);
            } else if (isWholeRemainder(path, i, "/..")) {
                dropLastSegment(output);
                output.append('/');
                i = length;
            } else if (isWholeRemainder(path, i, ".") || isWholeRemainder(path, i, "..")) {
                i = length;
            } else {
                int next = path.indexOf('/', i + 1);
                int segmentEnd = next < 0 ? length : next;
                output.append(path, i, segmentEnd);
                i = segmentEnd;
            }
        }
        return output.toString();
    }

    private static boolean isWholeRemainder(String path, int from, String expected) {
        return path.length() - from == expected.length() && path.startsWith(expected, from);
    }

    private static void dropLastSegment(StringBuilder output) {
        int lastSlash = output.lastIndexOf("/");
        output.setLength(Math.max(lastSlash, 0));
    }

    private static UriReference withPath(UriReference reference, String path) {
        return new UriReference(reference.scheme(), reference.authority(), path, reference.query(),
                reference.fragment());
    }
}
