package dev.veille.cli;

/** The command line is wrong; the message is the one line printed before exiting with status 2. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
