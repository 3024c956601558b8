package dev.veille.curate;

import java.util.List;

import dev.veille.model.RelatedLink;
import dev.veille.model.Via;

/**
 * A new link: from a feed item ({@code itemId}, everything else overriding what the item suggests) or by URL
 * (the title is read from the page when left empty). Section by name; month {@code YYYY-MM}.
 */
public record LinkRequest(
        Long itemId,
        String url,
        String title,
        String commentary,
        String section,
        List<String> tags,
        String month,
        List<RelatedLink> related,
        Via via) {
}
