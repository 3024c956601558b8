package dev.veille.web;

import java.time.Instant;
import java.util.List;

import dev.veille.model.Link;
import dev.veille.model.RelatedLink;
import dev.veille.model.Via;

/** A link as the API shows it; {@code sectionReason} is why its section was guessed, null when chosen. */
record LinkJson(
        long id,
        String url,
        String title,
        String commentary,
        String section,
        long sectionId,
        List<String> tags,
        String month,
        int position,
        List<RelatedLink> related,
        Via via,
        Long itemId,
        int version,
        Instant createdAt,
        Instant updatedAt,
        boolean sectionGuessed,
        String sectionReason) {

    static LinkJson of(Link l) {
        return new LinkJson(l.id(), l.url(), l.title(), l.commentary(), l.section(), l.sectionId(), l.tags(),
                l.month(), l.position(), l.related(), l.via(), l.itemId(), l.version(), l.createdAt(), l.updatedAt(),
                l.sectionGuessed(), l.sectionReason() == null ? null : l.sectionReason().wireName());
    }
}
