package dev.veille.model;

import java.util.List;

/**
 * A part of the monthly post ("Cloud", "Time Series"...), in the order the post shows them, with the keywords
 * that point new items to it.
 */
public record Section(long id, String name, int position, List<String> keywords) {
}
