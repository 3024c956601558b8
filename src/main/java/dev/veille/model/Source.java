package dev.veille.model;

import java.time.Instant;

/**
 * A watched source and its polling state. {@code url} is what is fetched (for a GitHub source, its
 * releases.atom); {@code repo} is {@code owner/name} for GitHub sources, null otherwise.
 */
public record Source(
        long id,
        SourceKind kind,
        String url,
        String repo,
        String title,
        String section,
        int intervalMinutes,
        boolean includePrereleases,
        Selectors selectors,
        String etag,
        String lastModified,
        Instant lastPolledAt,
        Instant lastSuccessAt,
        Integer lastStatus,
        String lastError,
        int errorCount,
        Instant nextPollAt,
        boolean gone,
        Instant createdAt) {
}
