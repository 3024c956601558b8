package dev.veille.model;

/** What the curator or a script sent cannot be used; the message names the field and what is expected. */
public class InvalidInputException extends RuntimeException {
    public InvalidInputException(String message) {
        super(message);
    }
}
