package dev.veille.publish;

import dev.veille.model.RelatedLink;
import dev.veille.model.Via;
import java.util.List;

/**
 * A link read from a post's bullet: its URL and title, the commentary (Markdown, null when none), the other
 * links of the same bullet and where it was found (null when not credited).
 */
public record ImportedLink(String url, String title, String commentary, List<RelatedLink> related, Via via) {

    public ImportedLink {
        related = related == null ? List.of() : List.copyOf(related);
    }
}
