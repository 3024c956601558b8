package dev.veille.model;

import java.time.Instant;
import java.util.List;

/**
 * An item ready to be stored, as processed from one poll: cleaned text, absolute http(s) url, its normalised
 * form (the cross-source dedupe key), and the release version when the source is a GitHub project.
 */
public record NewItem(
        String guid,
        String url,
        String normalizedUrl,
        String title,
        String summary,
        Instant publishedAt,
        List<String> categories,
        String version,
        boolean prerelease) {
}
