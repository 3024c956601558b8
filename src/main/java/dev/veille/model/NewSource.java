package dev.veille.model;

/** A source about to be stored: what the curator (or an OPML file) said, already validated. */
public record NewSource(
        SourceKind kind,
        String url,
        String repo,
        String title,
        String section,
        int intervalMinutes,
        boolean includePrereleases,
        Selectors selectors) {
}
