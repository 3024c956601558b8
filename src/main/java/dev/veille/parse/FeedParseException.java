package dev.veille.parse;

/** The body could not be read as the expected document; the message is meant for the curator. */
public class FeedParseException extends Exception {
    public FeedParseException(String message) {
        super(message);
    }

    public FeedParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
