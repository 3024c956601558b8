package dev.veille.parse;

import com.rometools.rome.io.ParsingFeedException;
import org.xml.sax.SAXParseException;

/** Turns what ROME throws into a {@link FeedParseException} with a message a curator can act on. */
final class RomeErrors {

    static final String DOCTYPE_REFUSED = "the feed declares a DOCTYPE, refused for safety"
            + " (a DOCTYPE can load external files or expand entities without bound)";

    static final String NESTING_REFUSED = "the feed nests elements more than "
            + NestingLimitedFeedInput.MAX_ELEMENT_DEPTH + " levels deep, refused (no real feed does; reading it"
            + " would take unbounded time)";

    private RomeErrors() {
    }

    static FeedParseException toParseException(Exception e) {
        String detail = innermostMessage(e);
        if (detail != null && detail.contains("DOCTYPE")) {
            return new FeedParseException(DOCTYPE_REFUSED, e);
        }
        if (detail != null && detail.contains("maxElementDepth")) {
            return new FeedParseException(NESTING_REFUSED, e);
        }
        if (e instanceof IllegalArgumentException && "Invalid document".equals(e.getMessage())) {
            return new FeedParseException("the XML is not a feed ROME recognises (RSS 0.9x/1.0/2.0 or Atom)", e);
        }
        if (e instanceof ParsingFeedException parsing && hasCause(e, SAXParseException.class)) {
            return new FeedParseException("malformed XML" + position(parsing) + ": " + clean(detail), e);
        }
        return new FeedParseException("the feed could not be read: " + clean(detail), e);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String position(ParsingFeedException e) {
        if (e.getLineNumber() > 0) {
            return " at line " + e.getLineNumber() + (e.getColumnNumber() > 0 ? ", column " + e.getColumnNumber() : "");
        }
        return "";
    }

    // JDOM wraps the parser's message ("Error on line 3: The element type..."); the parser's own is clearer.
    private static String innermostMessage(Throwable e) {
        String message = e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SAXParseException && t.getMessage() != null) {
                return t.getMessage();
            }
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message;
    }

    private static String clean(String detail) {
        return detail == null ? "unknown error" : detail.strip();
    }
}
