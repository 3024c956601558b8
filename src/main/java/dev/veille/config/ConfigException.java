package dev.veille.config;

/** A setting has a value Veille cannot use; the message names the setting and what is expected. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
