package dev.veille.web;

import java.time.Instant;
import java.util.List;

import dev.veille.curate.SectionGuess;
import dev.veille.model.Item;

/**
 * An item as the API shows it, with the section guessed for it (name, reason, and what showed it) and the id
 * of the link made from it, if any.
 */
record ItemJson(
        long id,
        long sourceId,
        String guid,
        String url,
        String title,
        String summary,
        Instant publishedAt,
        Instant fetchedAt,
        String status,
        List<String> categories,
        String version,
        boolean prerelease,
        Long duplicateOf,
        String suggestedSection,
        String suggestedSectionReason,
        String suggestedSectionEvidence,
        Long linkId) {

    static ItemJson of(Item i, SectionGuess guess, Long linkId) {
        return new ItemJson(i.id(), i.sourceId(), i.guid(), i.url(), i.title(), i.summary(), i.publishedAt(),
                i.fetchedAt(), i.status().wireName(), i.categories(), i.version(), i.prerelease(), i.duplicateOf(),
                guess.section() == null ? null : guess.section().name(), guess.reason().wireName(), guess.evidence(),
                linkId);
    }
}
