package dev.veille.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Decides whether a URL may be fetched at all: absolute, http or https, with a host. This runs before any
 * connection, so a {@code javascript:} or {@code file:} URL stored as a source never reaches the network.
 */
final class FetchableUrl {

    static final String ONLY_HTTP = "only http and https URLs can be fetched";

    /** The verdict on one URL: a URI ready to request, or why it cannot be fetched. */
    sealed interface Verdict {
        record Accepted(URI uri) implements Verdict {
        }

        record Refused(String reason) implements Verdict {
        }
    }

    private FetchableUrl() {
    }

    static Verdict check(String url) {
        if (url == null || url.isBlank()) {
            return new Verdict.Refused("no URL given");
        }
        try {
            return check(new URI(url.strip()));
        } catch (URISyntaxException e) {
            return new Verdict.Refused("not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")");
        }
    }

    static Verdict check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return new Verdict.Refused(ONLY_HTTP);
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return new Verdict.Refused("the URL has no host");
        }
        return new Verdict.Accepted(withRootPath(uri));
    }

    // "https://example.org" becomes "https://example.org/": the request line needs a path, and URI.resolve
    // would otherwise glue a relative redirect straight onto the host name.
    private static URI withRootPath(URI uri) {
        if (uri.getRawPath() != null && !uri.getRawPath().isEmpty()) {
            return uri;
        }
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String fragment = uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment();
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/" + query + fragment);
    }
}
