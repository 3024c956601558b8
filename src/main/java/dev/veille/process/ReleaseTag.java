package dev.veille.process;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads the tag name out of a GitHub release URL ({@code https://github.com/o/r/releases/tag/v1.2.3}). */
final class ReleaseTag {

    private static final String TAG_PATH = "/releases/tag/";

    private ReleaseTag() {
    }

    /** The decoded tag, or empty when {@code url} is null or not a release-tag URL. */
    static Optional<String> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String path = UriReference.parse(url.strip()).path();
        int start = path.indexOf(TAG_PATH);
        if (start < 0) {
            return Optional.empty();
        }
        String tag = path.substring(start + TAG_PATH.length());
        return tag.isEmpty() ? Optional.empty() : Optional.of(decode(tag));
    }

    // Tags such as "v10.0.0+security-01" arrive as "v10.0.0%2Bsecurity-01"; a raw '+' is a plus, not a space.
    private static String decode(String tag) {
        try {
            return URLDecoder.decode(tag.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            return tag;
        }
    }
}
