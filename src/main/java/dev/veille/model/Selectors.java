package dev.veille.model;

/**
 * CSS selectors that turn an HTML release page into items. {@code item} selects each entry; the others are
 * evaluated inside it. Only {@code item} and {@code link} are required.
 */
public record Selectors(String item, String title, String link, String date, String summary) {
}
