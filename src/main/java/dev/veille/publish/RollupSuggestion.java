package dev.veille.publish;

import dev.veille.model.RelatedLink;
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
}
