package dev.veille.model;

/**
 * A page request over items, newest first. Every filter may be null; {@code section} selects the items of
 * the sources in that section. {@code before} is the opaque cursor
 * returned as {@code next} by the previous page.
 */
public record ItemQuery(ItemStatus status, Long sourceId, String section, String text, int limit, String before) {
}
