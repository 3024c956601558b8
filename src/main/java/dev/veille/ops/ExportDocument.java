package dev.veille.ops;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.veille.model.RelatedLink;
import dev.veille.model.Selectors;
import dev.veille.model.Tip;
import dev.veille.model.Via;

/**
 * Everything the curator made, as one JSON document: sections, sources, links and digests. Items are left out:
 * they come back from the sources. Links refer to sections by name.
 */
public record ExportDocument(
        String format,
        int version,
        Instant exportedAt,
        List<String> sections,
        List<SourceEntry> sources,
        List<LinkEntry> links,
        List<DigestEntry> digests) {

    public static final String FORMAT = "veille-export";
    public static final int VERSION = 1;

    /** A source's settings. */
    public record SourceEntry(String kind, String url, String repo, String title, String section,
                              int intervalMinutes, boolean includePrereleases, Selectors selectors) {
    }

    /** A link, in its month and section, by position. */
    public record LinkEntry(String month, String section, int position, String url, String title, String commentary,
                            List<String> tags, List<RelatedLink> related, Via via, Instant createdAt,
                            Instant updatedAt) {
    }

    /** A digest's own fields (null title, date, tags: the defaults). */
    public record DigestEntry(String month, String title, LocalDate date, String intro, Tip tip, String outro,
                              List<String> tags, String status, Instant publishedAt) {
    }
}
