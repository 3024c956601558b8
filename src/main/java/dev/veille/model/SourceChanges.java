package dev.veille.model;

/** The editable fields of a source after an edit: the whole new state, validated, not a diff. */
public record SourceChanges(
        String url,
        String title,
        String section,
        int intervalMinutes,
        boolean includePrereleases,
        Selectors selectors) {
}
