package dev.veille.parse;

import java.net.URI;
import java.net.URISyntaxException;

/** Resolves a possibly relative link against a base URL, keeping the link as given when either is unusable. */
final class LinkResolver {

    private LinkResolver() {
    }

    /** The absolute form of {@code href}, {@code href} itself (trimmed) when it cannot be resolved, null when blank. */
    static String resolve(String base, String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        String link = href.strip();
        if (base == null || base.isBlank()) {
            return link;
        }
        try {
            URI baseUri = new URI(base.strip());
            if (!baseUri.isAbsolute() || baseUri.isOpaque()) {
                return link;
            }
            // java.net.URI resolves "x" against "http://host" to "http://hostx": give the base its root path.
            if (baseUri.getRawPath() == null || baseUri.getRawPath().isEmpty()) {
                baseUri = new URI(baseUri.getScheme() + "://" + baseUri.getRawAuthority() + "/");
            }
            return baseUri.resolve(new URI(link)).toString();
        } catch (URISyntaxException | IllegalArgumentException unparseable) {
            // Spaces or stray characters in a link are frequent; a best-effort link beats none.
            return link;
        }
    }
}
