package dev.veille.model;

import java.util.List;

/**
 * Everything a link holds but its identity, position and bookkeeping: what a create or an edit writes.
 * {@code sectionReason} is null when the curator chose the section, else why it was guessed.
 */
public record LinkFields(
        String url,
        String normalizedUrl,
        String title,
        String commentary,
        long sectionId,
        List<String> tags,
        String month,
        List<RelatedLink> related,
        Via via,
        Long itemId,
        GuessReason sectionReason) {
}
