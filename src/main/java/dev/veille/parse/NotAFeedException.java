package dev.veille.parse;

import java.util.List;

/**
 * The body is an HTML page, not a feed. Carries the feed URLs the page advertises (possibly none), so the
 * caller can offer them to the curator or follow the first one.
 */
public class NotAFeedException extends FeedParseException {

    private final List<String> feedUrls;

    public NotAFeedException(List<String> feedUrls) {
        super(message(feedUrls));
        this.feedUrls = List.copyOf(feedUrls);
    }

    /** Absolute feed URLs found in the page's {@code <link rel="alternate">} elements, in document order. */
    public List<String> feedUrls() {
        return feedUrls;
    }

    private static String message(List<String> feedUrls) {
        if (feedUrls.isEmpty()) {
            return "the page is HTML, not a feed, and it advertises no feed";
        }
        return "the page is HTML, not a feed; it advertises " + String.join(", ", feedUrls);
    }
}
