package dev.veille.curate;

import java.util.List;

import dev.veille.model.RelatedLink;
import dev.veille.model.Via;

/**
 * An edit of a link: null leaves a field as it is; {@code clearVia} removes the via. {@code position} is the
 * 0-based index to move to within the link's (new) section. When {@code version} is given, the edit only
 * applies to that version.
 */
public record LinkPatch(
        String url,
        String title,
        String commentary,
        String section,
        List<String> tags,
        String month,
        Integer position,
        List<RelatedLink> related,
        Via via,
        boolean clearVia,
        Integer version) {
}
