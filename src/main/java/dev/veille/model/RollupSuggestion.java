package dev.veille.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Several releases of one source in one month, suggested as one bullet: "Grafana 6.4.0 → 6.4.3" linking to the
 * newest release notes ({@code keptLinkId}, {@code url}), the older ones as related links, oldest first.
 * {@code foldedLinkIds} are the links the bullet replaces, the kept one excluded.
 */
public record RollupSuggestion(long sourceId, String title, long keptLinkId, String url, List<RelatedLink> related,
        List<Long> foldedLinkIds) {

    public RollupSuggestion {
        related = List.copyOf(related);
        foldedLinkIds = List.copyOf(foldedLinkIds);
    }

    /**
     * The related links of the kept link once the roll-up is applied: the older releases first, in version order,
     * then the ones the kept link already had, unless the same URL is among the releases.
     */
    public List<RelatedLink> relatedWith(List<RelatedLink> keptLinkRelated) {
        List<RelatedLink> merged = new ArrayList<>(related);
        for (RelatedLink own : keptLinkRelated) {
            if (merged.stream().noneMatch(link -> link.url().equals(own.url()))) {
                merged.add(own);
            }
        }
        return List.copyOf(merged);
    }
}
