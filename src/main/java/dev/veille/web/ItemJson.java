package dev.veille.web;

import java.time.Instant;
import java.util.List;

import dev.veille.model.Item;

/** An item as the API shows it. */
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
        Long duplicateOf) {

    static ItemJson of(Item i) {
        return new ItemJson(i.id(), i.sourceId(), i.guid(), i.url(), i.title(), i.summary(), i.publishedAt(),
                i.fetchedAt(), i.status().wireName(), i.categories(), i.version(), i.prerelease(), i.duplicateOf());
    }
}
