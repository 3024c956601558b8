package dev.veille.sources;

import dev.veille.model.Selectors;

/**
 * A new source as the API, the CLI or an OPML file describes it. Only {@code kind} and {@code url} (or
 * {@code repo} for GitHub) are required; everything else has a default.
 */
public record SourceRequest(
        String kind,
        String url,
        String repo,
        String title,
        String section,
        Integer intervalMinutes,
        Boolean includePrereleases,
        Selectors selectors) {
}
