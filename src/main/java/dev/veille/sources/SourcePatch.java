package dev.veille.sources;

import dev.veille.model.Selectors;

/** An edit of a source: null leaves a field as it is; an empty section clears it. */
public record SourcePatch(
        String url,
        String title,
        String section,
        Integer intervalMinutes,
        Boolean includePrereleases,
        Selectors selectors) {
}
