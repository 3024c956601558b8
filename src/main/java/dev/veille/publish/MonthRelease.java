package dev.veille.publish;

/**
 * A link of the month that is a release of a followed source, as {@link ReleaseRollup} needs it: the link's id,
 * title and URL (the release notes), the version it announces, and its source.
 */
public record MonthRelease(long linkId, String title, String url, String version, long sourceId,
        String sourceTitle) {
}
