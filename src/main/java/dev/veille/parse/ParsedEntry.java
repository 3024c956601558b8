package dev.veille.parse;

import java.time.Instant;
import java.util.List;

/**
 * One entry as the document gives it, before any cleaning: title and summary may hold markup or entities;
 * url is resolved against the document's base where the document allows it; published is null when absent.
 */
public record ParsedEntry(
        String guid,
        String url,
        String title,
        String summary,
        Instant published,
        List<String> categories) {
}
