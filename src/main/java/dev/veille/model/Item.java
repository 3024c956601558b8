package dev.veille.model;

import java.time.Instant;
import java.util.List;

/** One entry read from a source: an article, a release, a line of a release page. */
public record Item(
        long id,
        long sourceId,
        String guid,
        String url,
        String title,
        String summary,
        Instant publishedAt,
        Instant fetchedAt,
        ItemStatus status,
        List<String> categories,
        String version,
        boolean prerelease,
        Long duplicateOf) {
}
