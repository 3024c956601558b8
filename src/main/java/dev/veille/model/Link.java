package dev.veille.model;

import java.time.Instant;
import java.util.List;

/**
 * A curated entry of a month's digest: a link with its French commentary (Markdown), its section, tags and
 * position within the section. {@code itemId} is the feed item it came from (null when added by URL);
 * {@code version} grows with every edit, so concurrent edits can be detected. {@code sectionReason} says why
 * the section was guessed, or is null when the curator chose or confirmed it.
 */
public record Link(
        long id,
        String url,
        String title,
        String commentary,
        long sectionId,
        String section,
        List<String> tags,
        String month,
        int position,
        List<RelatedLink> related,
        Via via,
        Long itemId,
        int version,
        Instant createdAt,
        Instant updatedAt,
        GuessReason sectionReason) {

    public boolean sectionGuessed() {
        return sectionReason != null;
    }
}
