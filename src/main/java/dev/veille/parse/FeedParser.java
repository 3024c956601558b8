package dev.veille.parse;

/**
 * Turns a fetched body into a {@link ParsedFeed}: RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 through ROME, JSON Feed
 * 1.0/1.1 through Jackson. The format is recognised from the content, never from the URL or Content-Type;
 * an HTML page yields a {@link NotAFeedException} listing the feeds it advertises.
 */
public final class FeedParser {

    private final RomeFeedReader xmlReader = new RomeFeedReader();
    private final JsonFeedReader jsonReader = new JsonFeedReader();
    private final FeedDiscovery discovery = new FeedDiscovery();

    /**
     * Parses {@code body}. {@code contentType} (may be null) only serves its charset; {@code documentUrl}
     * (may be null) is the base for relative links.
     *
     * @throws FeedParseException when the body is empty, malformed, not a feed, or refused for safety
     */
    public ParsedFeed parse(byte[] body, String contentType, String documentUrl) throws FeedParseException {
        if (body == null || body.length == 0) {
            throw new FeedParseException("empty body");
        }
        String text = XmlIllegalCharacters.strip(BodyCharset.decode(body, contentType));
        DocumentShape shape = DocumentShape.of(text);
        return switch (shape.kind()) {
            case EMPTY -> throw new FeedParseException("empty body");
            case JSON -> jsonReader.read(text, documentUrl);
            case HTML -> throw new NotAFeedException(discovery.discover(body, contentType, documentUrl));
            case XML -> xmlReader.read(text, shape, documentUrl);
            case UNKNOWN -> throw new FeedParseException("the body is neither XML, JSON nor HTML (it starts with \""
                    + opening(text) + "\")");
        };
    }

    private static String opening(String text) {
        String start = text.strip();
        return (start.length() > 40 ? start.substring(0, 40) + "…" : start).replaceAll("\\s+", " ");
    }
}
