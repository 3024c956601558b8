package dev.veille.model;

/** The request is valid but clashes with what is stored (a source URL already watched...). */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
